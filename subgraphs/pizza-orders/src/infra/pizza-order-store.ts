import type { Sql } from "@supergraph/platform";
import type { PizzaOrder } from "../domain/pizza-order.ts";

/*
 * The pizza-orders context's statements, in SQL on pg (see Sql in the platform for why not through
 * Prisma). The table is Prisma's (prisma/pizza-orders/schema.prisma, and its migrations).
 */

const COLUMNS = `id, owner_id AS "ownerId", title, status::text AS status, requested_at AS "requestedAt", confirmed_at AS "confirmedAt"`;

/** The pizza order, locked until the transaction ends. */
export async function lockPizzaOrder(tx: Sql, id: string): Promise<PizzaOrder | null> {
  const rows = await tx.$queryRawUnsafe<PizzaOrder[]>(`SELECT ${COLUMNS} FROM pizza_order WHERE id = $1::uuid FOR UPDATE`, id);
  return rows[0] ?? null;
}

export async function findPizzaOrders(sql: Sql, ids: readonly string[]): Promise<PizzaOrder[]> {
  return sql.$queryRawUnsafe<PizzaOrder[]>(`SELECT ${COLUMNS} FROM pizza_order WHERE id = ANY($1::uuid[])`, ids);
}

export async function savePizzaOrder(tx: Sql, t: PizzaOrder): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO pizza_order (id, owner_id, title, status, requested_at, confirmed_at)
    VALUES (${t.id}::uuid, ${t.ownerId}::uuid, ${t.title}, ${t.status}::"PizzaOrderStatus", ${t.requestedAt}, ${t.confirmedAt})
    ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, status = EXCLUDED.status, confirmed_at = EXCLUDED.confirmed_at`;
}
