import type { Sql } from "@supergraph/platform";
import type { DayAvailability } from "../domain/day-availability.ts";

/*
 * The parking-availability context's statements, in SQL on pg (see Sql in the platform for why not through
 * Prisma). The table is Prisma's (prisma/parking-availability/schema.prisma, and its migrations).
 */

const COLUMNS = `id, owner_id AS "ownerId", title, status::text AS status, requested_at AS "requestedAt", confirmed_at AS "confirmedAt"`;

/** The day availability, locked until the transaction ends. */
export async function lockDayAvailability(tx: Sql, id: string): Promise<DayAvailability | null> {
  const rows = await tx.$queryRawUnsafe<DayAvailability[]>(`SELECT ${COLUMNS} FROM day_availability WHERE id = $1::uuid FOR UPDATE`, id);
  return rows[0] ?? null;
}

export async function findDayAvailabilitys(sql: Sql, ids: readonly string[]): Promise<DayAvailability[]> {
  return sql.$queryRawUnsafe<DayAvailability[]>(`SELECT ${COLUMNS} FROM day_availability WHERE id = ANY($1::uuid[])`, ids);
}

export async function saveDayAvailability(tx: Sql, t: DayAvailability): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO day_availability (id, owner_id, title, status, requested_at, confirmed_at)
    VALUES (${t.id}::uuid, ${t.ownerId}::uuid, ${t.title}, ${t.status}::"DayAvailabilityStatus", ${t.requestedAt}, ${t.confirmedAt})
    ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, status = EXCLUDED.status, confirmed_at = EXCLUDED.confirmed_at`;
}
