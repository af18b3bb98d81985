import type { Sql } from "@supergraph/platform";
import type { Injection } from "../domain/injection.ts";

/*
 * The injections context's statements, in SQL on pg (see Sql in the platform for why not
 * through Prisma). The table is Prisma's (prisma/injections/): one record per booking.
 */

const COLUMNS = `id, booking_id AS "bookingId", customer_id AS "customerId", vaccine_id AS "vaccineId", date::text AS date, status::text AS status,
  scheduled_at AS "scheduledAt", completed_at AS "completedAt", completed_by AS "completedBy", canceled_at AS "canceledAt"`;

/** The injection, locked until the transaction ends, by its id or its booking's. */
export async function lockInjection(tx: Sql, by: { id: string } | { bookingId: string }): Promise<Injection | null> {
  const [column, value] = "id" in by ? ["id", by.id] : ["booking_id", by.bookingId];
  const rows = await tx.$queryRawUnsafe<Injection[]>(`SELECT ${COLUMNS} FROM injection WHERE ${column} = $1::uuid FOR UPDATE`, value);
  return rows[0] ?? null;
}

export async function findInjections(sql: Sql, ids: readonly string[]): Promise<Injection[]> {
  return sql.$queryRawUnsafe<Injection[]>(`SELECT ${COLUMNS} FROM injection WHERE id = ANY($1::uuid[])`, ids);
}

export async function findInjectionsOfBookings(sql: Sql, bookingIds: readonly string[]): Promise<Injection[]> {
  return sql.$queryRawUnsafe<Injection[]>(`SELECT ${COLUMNS} FROM injection WHERE booking_id = ANY($1::uuid[])`, bookingIds);
}

/** SCHEDULED injections by day, the first 500; of one day when `date` is given. */
export async function injectionsToGive(sql: Sql, date: string | null): Promise<Injection[]> {
  return sql.$queryRawUnsafe<Injection[]>(
    `SELECT ${COLUMNS} FROM injection WHERE status = 'SCHEDULED' AND ($1::date IS NULL OR date = $1::date) ORDER BY date, scheduled_at LIMIT 500`,
    date,
  );
}

export async function saveInjection(tx: Sql, i: Injection): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO injection (id, booking_id, customer_id, vaccine_id, date, status, scheduled_at, completed_at, completed_by, canceled_at)
    VALUES (${i.id}::uuid, ${i.bookingId}::uuid, ${i.customerId}::uuid, ${i.vaccineId}::uuid, ${i.date}::date, ${i.status}::"InjectionStatus",
            ${i.scheduledAt}, ${i.completedAt}, ${i.completedBy}::uuid, ${i.canceledAt})
    ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, completed_at = EXCLUDED.completed_at, completed_by = EXCLUDED.completed_by, canceled_at = EXCLUDED.canceled_at`;
}
