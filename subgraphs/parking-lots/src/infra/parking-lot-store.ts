import type { Sql } from "@supergraph/platform";
import type { ParkingLot } from "../domain/parking-lot.ts";

/*
 * The parking-lots context's statements, in SQL on pg (see Sql in the platform for why not through
 * Prisma). The table is Prisma's (prisma/parking-lots/schema.prisma, and its migrations).
 */

const COLUMNS = `id, owner_id AS "ownerId", title, status::text AS status, requested_at AS "requestedAt", confirmed_at AS "confirmedAt"`;

/** The parking lot, locked until the transaction ends. */
export async function lockParkingLot(tx: Sql, id: string): Promise<ParkingLot | null> {
  const rows = await tx.$queryRawUnsafe<ParkingLot[]>(`SELECT ${COLUMNS} FROM parking_lot WHERE id = $1::uuid FOR UPDATE`, id);
  return rows[0] ?? null;
}

export async function findParkingLots(sql: Sql, ids: readonly string[]): Promise<ParkingLot[]> {
  return sql.$queryRawUnsafe<ParkingLot[]>(`SELECT ${COLUMNS} FROM parking_lot WHERE id = ANY($1::uuid[])`, ids);
}

export async function saveParkingLot(tx: Sql, t: ParkingLot): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO parking_lot (id, owner_id, title, status, requested_at, confirmed_at)
    VALUES (${t.id}::uuid, ${t.ownerId}::uuid, ${t.title}, ${t.status}::"ParkingLotStatus", ${t.requestedAt}, ${t.confirmedAt})
    ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, status = EXCLUDED.status, confirmed_at = EXCLUDED.confirmed_at`;
}
