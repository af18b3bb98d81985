import type { Sql } from "@supergraph/platform";
import type { DayFacts } from "../domain/availability.ts";

/*
 * The lot's days and allocations as its events told them, in SQL on pg (the tables are
 * Prisma's, prisma/parking-availability/schema.prisma). Each event type has its own durable
 * consumer, so a reservation's Vacated may be handled before its Occupied: a space is counted
 * from the set of allocations (taken, released), never from a running count, and `released`
 * is only ever set, so any order of events and any redelivery end in the same rows.
 */

export interface LotFact {
  reservationId: string;
  date: string;
  capacity: number;
  /** When the lot's event happened. */
  at: Date;
}

/** The day's capacity as the event carried it, unless a later event of that day told one already. */
export async function noteCapacity(tx: Sql, f: LotFact): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO parking_day (date, capacity, capacity_at) VALUES (${f.date}::date, ${f.capacity}, ${f.at})
    ON CONFLICT (date) DO UPDATE SET capacity = EXCLUDED.capacity, capacity_at = EXCLUDED.capacity_at, updated_at = now()
    WHERE parking_day.capacity_at <= EXCLUDED.capacity_at`;
}

/** The reservation's space is taken (Occupied); one already released stays released. */
export async function takeSpace(tx: Sql, f: LotFact): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO allocation (reservation_id, date, released) VALUES (${f.reservationId}::uuid, ${f.date}::date, false)
    ON CONFLICT (reservation_id) DO NOTHING`;
}

/** The reservation's space is released (Vacated), whether or not its Occupied was handled yet. */
export async function releaseSpace(tx: Sql, f: LotFact): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO allocation (reservation_id, date, released) VALUES (${f.reservationId}::uuid, ${f.date}::date, true)
    ON CONFLICT (reservation_id) DO UPDATE SET released = true, updated_at = now()`;
}

/**
 * Every day from `from` to `to` in one read: its capacity (the day's own, else the latest the
 * lot announced for any day) and the spaces taken on it.
 */
export function daysBetween(sql: Sql, from: string, to: string): Promise<DayFacts[]> {
  return sql.$queryRaw<DayFacts[]>`
    WITH latest AS (SELECT capacity FROM parking_day ORDER BY capacity_at DESC LIMIT 1),
    taken AS (
      SELECT date, count(*)::int AS n FROM allocation WHERE date BETWEEN ${from}::date AND ${to}::date AND NOT released GROUP BY date
    )
    SELECT to_char(d, 'YYYY-MM-DD') AS date, COALESCE(p.capacity, (SELECT capacity FROM latest)) AS capacity, COALESCE(t.n, 0) AS occupied
    FROM generate_series(${from}::date, ${to}::date, interval '1 day') AS d
    LEFT JOIN parking_day p ON p.date = d::date
    LEFT JOIN taken t ON t.date = d::date
    ORDER BY d`;
}
