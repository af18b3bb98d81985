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

/**
 * The days' capacities as the events carried them, unless a later event of a day told one
 * already; the latest of the batch per day (an upsert may not touch a row twice).
 */
export async function noteCapacities(tx: Sql, facts: readonly LotFact[]): Promise<void> {
  const latest = new Map<string, LotFact>();
  for (const f of facts) if ((latest.get(f.date)?.at ?? 0) <= f.at) latest.set(f.date, f);
  const days = [...latest.values()];
  await tx.$executeRaw`
    INSERT INTO parking_day (date, capacity, capacity_at)
    SELECT * FROM unnest(${days.map((d) => d.date)}::date[], ${days.map((d) => d.capacity)}::int[], ${days.map((d) => d.at)}::timestamptz[])
    ON CONFLICT (date) DO UPDATE SET capacity = EXCLUDED.capacity, capacity_at = EXCLUDED.capacity_at, updated_at = now()
    WHERE parking_day.capacity_at <= EXCLUDED.capacity_at`;
}

/** The reservations' spaces are taken (Occupied); one already released stays released. */
export async function takeSpaces(tx: Sql, facts: readonly LotFact[]): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO allocation (reservation_id, date, released)
    SELECT id, date, false FROM unnest(${facts.map((f) => f.reservationId)}::uuid[], ${facts.map((f) => f.date)}::date[]) AS t (id, date)
    ON CONFLICT (reservation_id) DO NOTHING`;
}

/** The reservations' spaces are released (Vacated), whether or not their Occupied was handled yet. */
export async function releaseSpaces(tx: Sql, facts: readonly LotFact[]): Promise<void> {
  const one = [...new Map(facts.map((f) => [f.reservationId, f])).values()];
  await tx.$executeRaw`
    INSERT INTO allocation (reservation_id, date, released)
    SELECT id, date, true FROM unnest(${one.map((f) => f.reservationId)}::uuid[], ${one.map((f) => f.date)}::date[]) AS t (id, date)
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
