import type { Sql } from "@supergraph/platform";
import type { Pizza, PizzaOrder } from "../domain/pizza-order.ts";

/*
 * The pizza-orders context's statements, in SQL on pg (see Sql in the platform for why not through
 * Prisma). The tables are Prisma's (prisma/pizza-orders/schema.prisma, and its migrations, which
 * also seed the menu).
 */

const ORDER_COLUMNS = `id, customer_id AS "customerId", lines, amount, status::text AS status, payment_id AS "paymentId",
  placed_at AS "placedAt", paid_at AS "paidAt", canceled_at AS "canceledAt", delivered_at AS "deliveredAt"`;

/** The whole menu, by name. */
export async function menu(sql: Sql): Promise<Pizza[]> {
  return sql.$queryRawUnsafe<Pizza[]>(`SELECT id, name, description, price FROM pizza ORDER BY name`);
}

/** The pizza types of the menu among `ids` (ids that are not uuids are not looked up). */
export async function pizzasById(sql: Sql, ids: readonly string[]): Promise<Map<string, Pizza>> {
  const rows = await sql.$queryRawUnsafe<Pizza[]>(`SELECT id, name, description, price FROM pizza WHERE id = ANY($1::uuid[])`, ids);
  return new Map(rows.map((p) => [p.id, p]));
}

/** The order, locked until the transaction ends. */
export async function lockPizzaOrder(tx: Sql, id: string): Promise<PizzaOrder | null> {
  const rows = await tx.$queryRawUnsafe<PizzaOrder[]>(`SELECT ${ORDER_COLUMNS} FROM pizza_order WHERE id = $1::uuid FOR UPDATE`, id);
  return rows[0] ?? null;
}

export async function findPizzaOrders(sql: Sql, ids: readonly string[]): Promise<PizzaOrder[]> {
  return sql.$queryRawUnsafe<PizzaOrder[]>(`SELECT ${ORDER_COLUMNS} FROM pizza_order WHERE id = ANY($1::uuid[])`, ids);
}

export async function pizzaOrdersOf(sql: Sql, customerId: string): Promise<PizzaOrder[]> {
  return sql.$queryRawUnsafe<PizzaOrder[]>(`SELECT ${ORDER_COLUMNS} FROM pizza_order WHERE customer_id = $1::uuid ORDER BY placed_at DESC, id`, customerId);
}

/** Writes an order as a command left it: inserted when new, else its changing columns updated. */
export async function savePizzaOrder(tx: Sql, o: PizzaOrder): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO pizza_order (id, customer_id, lines, amount, status, payment_id, placed_at, paid_at, canceled_at, delivered_at)
    VALUES (${o.id}::uuid, ${o.customerId}::uuid, ${JSON.stringify(o.lines)}::jsonb, ${o.amount}, ${o.status}::"PizzaOrderStatus", ${o.paymentId}::uuid,
      ${o.placedAt}, ${o.paidAt}, ${o.canceledAt}, ${o.deliveredAt})
    ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, payment_id = EXCLUDED.payment_id, paid_at = EXCLUDED.paid_at,
      canceled_at = EXCLUDED.canceled_at, delivered_at = EXCLUDED.delivered_at`;
}

/** Notes deliveries' report that the order was delivered (the first report's time stays). */
export async function markDelivered(tx: Sql, orderId: string, at: Date): Promise<void> {
  await tx.$executeRaw`UPDATE pizza_order SET delivered_at = COALESCE(delivered_at, ${at}) WHERE id = ${orderId}::uuid`;
}
