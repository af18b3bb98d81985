import type { Sql } from "@supergraph/platform";
import type { DoseStatus } from "../generated/graphql.ts";

/*
 * The dose statements. Each quantity change is one conditional UPDATE of the vaccine's row, so
 * it is decided under that row's lock by PostgreSQL itself, whichever replica runs it: two
 * reservations of the last dose cannot both pass `stock - booked >= 1`.
 */

export interface Dose {
  readonly bookingId: string;
  readonly vaccineId: string;
  readonly status: DoseStatus;
  readonly changedAt: Date;
}

export interface Quantities {
  readonly name: string;
  readonly stock: number;
  readonly booked: number;
}

export async function findDose(sql: Sql, bookingId: string): Promise<Dose | null> {
  const rows = await sql.$queryRawUnsafe<Dose[]>(
    `SELECT booking_id AS "bookingId", vaccine_id AS "vaccineId", status::text AS status, changed_at AS "changedAt" FROM dose WHERE booking_id = $1::uuid`,
    bookingId,
  );
  return rows[0] ?? null;
}

/** Inserts the booking's dose as RESERVED; false when the booking has one already (a retry, or released before). */
export async function insertReservedDose(tx: Sql, bookingId: string, vaccineId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<unknown[]>`
    INSERT INTO dose (booking_id, vaccine_id, status) VALUES (${bookingId}::uuid, ${vaccineId}::uuid, 'RESERVED')
    ON CONFLICT (booking_id) DO NOTHING RETURNING booking_id`;
  return rows.length === 1;
}

/** booked + 1, only while stock - booked >= 1: the one statement that keeps bookings within the stock. Null when refused. */
export async function bookOne(tx: Sql, vaccineId: string): Promise<Quantities | null> {
  const rows = await tx.$queryRaw<Quantities[]>`
    UPDATE vaccine SET booked = booked + 1 WHERE id = ${vaccineId}::uuid AND stock - booked >= 1 RETURNING name, stock, booked`;
  return rows[0] ?? null;
}

/**
 * Marks the booking's dose RELEASED: a RESERVED one (returns "reserved"), or none yet (a tombstone,
 * so a late reservation is refused: returns "none"). Released or consumed already: "done".
 */
export async function markReleased(tx: Sql, bookingId: string, vaccineId: string): Promise<"reserved" | "none" | "done"> {
  const rows = await tx.$queryRaw<{ inserted: boolean }[]>`
    INSERT INTO dose (booking_id, vaccine_id, status) VALUES (${bookingId}::uuid, ${vaccineId}::uuid, 'RELEASED')
    ON CONFLICT (booking_id) DO UPDATE SET status = 'RELEASED', changed_at = now() WHERE dose.status = 'RESERVED'
    RETURNING (xmax = 0) AS inserted`;
  if (rows.length === 0) return "done";
  return rows[0]!.inserted ? "none" : "reserved";
}

/** Marks a RESERVED dose CONSUMED; its vaccine id, or null when it was not reserved (released, consumed, unknown). */
export async function markConsumed(tx: Sql, bookingId: string): Promise<string | null> {
  const rows = await tx.$queryRaw<{ vaccineId: string }[]>`
    UPDATE dose SET status = 'CONSUMED', changed_at = now() WHERE booking_id = ${bookingId}::uuid AND status = 'RESERVED' RETURNING vaccine_id AS "vaccineId"`;
  return rows[0]?.vaccineId ?? null;
}

/** Changes the vaccine's quantities by the given deltas and returns them after. */
export async function adjust(tx: Sql, vaccineId: string, stockDelta: number, bookedDelta: number): Promise<Quantities> {
  const rows = await tx.$queryRaw<Quantities[]>`
    UPDATE vaccine SET stock = stock + ${stockDelta}::int, booked = booked + ${bookedDelta}::int WHERE id = ${vaccineId}::uuid RETURNING name, stock, booked`;
  if (!rows[0]) throw new Error(`vaccine ${vaccineId} of a dose does not exist`);
  return rows[0];
}

export async function vaccineName(tx: Sql, vaccineId: string): Promise<string | null> {
  const rows = await tx.$queryRaw<{ name: string }[]>`SELECT name FROM vaccine WHERE id = ${vaccineId}::uuid`;
  return rows[0]?.name ?? null;
}
