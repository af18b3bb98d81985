import type { Sql } from "@supergraph/platform";
import type { ParkingDay, ParkingLot } from "../domain/parking-lot.ts";

/*
 * The parking-lots context's statements, in SQL on pg (see Sql in the platform for why not
 * through Prisma). The tables are Prisma's (prisma/parking-lots/), plus a CHECK written by hand.
 */

const LOT_COLUMNS = `id, reservation_id AS "reservationId", employee_id AS "employeeId", date::text AS date, status::text AS status,
  decided_at AS "decidedAt", vacated_at AS "vacatedAt"`;

/**
 * The day, made with `capacity` at its first reservation, and locked until the transaction
 * ends: one statement, so two replicas' first reservations of a day meet on the same row.
 */
export async function lockDay(tx: Sql, date: string, capacity: number): Promise<ParkingDay> {
  const rows = await tx.$queryRaw<ParkingDay[]>`
    INSERT INTO parking_day (date, capacity, occupied) VALUES (${date}::date, ${capacity}, 0)
    ON CONFLICT (date) DO UPDATE SET date = parking_day.date
    RETURNING date::text AS date, capacity, occupied`;
  return rows[0]!;
}

/** The day as it is, or as it would start (`capacity` spaces, none taken) when no one reserved it yet. */
export async function findDay(sql: Sql, date: string, capacity: number): Promise<ParkingDay> {
  const rows = await sql.$queryRaw<ParkingDay[]>`SELECT date::text AS date, capacity, occupied FROM parking_day WHERE date = ${date}::date`;
  return rows[0] ?? { date, capacity, occupied: 0 };
}

/** The reservation's allocation; locked when `forUpdate` (its day's lock already serializes writers). */
export async function findLotOfReservation(sql: Sql, reservationId: string, forUpdate = false): Promise<ParkingLot | null> {
  const rows = await sql.$queryRawUnsafe<ParkingLot[]>(
    `SELECT ${LOT_COLUMNS} FROM parking_lot WHERE reservation_id = $1::uuid${forUpdate ? " FOR UPDATE" : ""}`,
    reservationId,
  );
  return rows[0] ?? null;
}

export async function findLot(sql: Sql, id: string): Promise<ParkingLot | null> {
  const rows = await sql.$queryRawUnsafe<ParkingLot[]>(`SELECT ${LOT_COLUMNS} FROM parking_lot WHERE id = $1::uuid`, id);
  return rows[0] ?? null;
}

export async function saveDay(tx: Sql, day: ParkingDay): Promise<void> {
  await tx.$executeRaw`UPDATE parking_day SET capacity = ${day.capacity}, occupied = ${day.occupied} WHERE date = ${day.date}::date`;
}

export async function saveLot(tx: Sql, lot: ParkingLot): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO parking_lot (id, reservation_id, employee_id, date, status, decided_at, vacated_at)
    VALUES (${lot.id}::uuid, ${lot.reservationId}::uuid, ${lot.employeeId}::uuid, ${lot.date}::date, ${lot.status}::"ParkingLotStatus", ${lot.decidedAt}, ${lot.vacatedAt})
    ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, vacated_at = EXCLUDED.vacated_at`;
}
