import type { Sql } from "@supergraph/platform";
import type { Delivery } from "../domain/delivery.ts";

/*
 * The deliveries context's statements, in SQL on pg (see Sql in the platform for why not through
 * Prisma). The table is Prisma's (prisma/deliveries/schema.prisma, and its migrations).
 */

const COLUMNS = `id, owner_id AS "ownerId", title, status::text AS status, requested_at AS "requestedAt", confirmed_at AS "confirmedAt"`;

/** The delivery, locked until the transaction ends. */
export async function lockDelivery(tx: Sql, id: string): Promise<Delivery | null> {
  const rows = await tx.$queryRawUnsafe<Delivery[]>(`SELECT ${COLUMNS} FROM delivery WHERE id = $1::uuid FOR UPDATE`, id);
  return rows[0] ?? null;
}

export async function findDeliverys(sql: Sql, ids: readonly string[]): Promise<Delivery[]> {
  return sql.$queryRawUnsafe<Delivery[]>(`SELECT ${COLUMNS} FROM delivery WHERE id = ANY($1::uuid[])`, ids);
}

export async function saveDelivery(tx: Sql, t: Delivery): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO delivery (id, owner_id, title, status, requested_at, confirmed_at)
    VALUES (${t.id}::uuid, ${t.ownerId}::uuid, ${t.title}, ${t.status}::"DeliveryStatus", ${t.requestedAt}, ${t.confirmedAt})
    ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, status = EXCLUDED.status, confirmed_at = EXCLUDED.confirmed_at`;
}
