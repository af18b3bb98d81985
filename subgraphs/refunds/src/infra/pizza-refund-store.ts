import type { Sql } from "@supergraph/platform";
import type { OrphanRefundDelivery, PizzaRefund } from "../domain/pizza-refund.ts";

/*
 * The refunds context's statements, in SQL on pg (see Sql in the platform for why not through
 * Prisma). The table is Prisma's (prisma/refunds/), plus the partial unique index written by
 * hand: one live (not CANCELED) refund per order.
 */

const COLUMNS = `id, order_id AS "orderId", customer_id AS "customerId", delivery_id AS "deliveryId", reason, status::text AS status,
  requested_at AS "requestedAt", canceled_at AS "canceledAt", completed_at AS "completedAt"`;

/** The refund, locked until the transaction ends. */
export async function lockPizzaRefund(tx: Sql, id: string): Promise<PizzaRefund | null> {
  const rows = await tx.$queryRawUnsafe<PizzaRefund[]>(`SELECT ${COLUMNS} FROM pizza_refund WHERE id = $1::uuid FOR UPDATE`, id);
  return rows[0] ?? null;
}

export async function findPizzaRefunds(sql: Sql, ids: readonly string[]): Promise<PizzaRefund[]> {
  return sql.$queryRawUnsafe<PizzaRefund[]>(`SELECT ${COLUMNS} FROM pizza_refund WHERE id = ANY($1::uuid[])`, ids);
}

/** Every refund of the order, newest first. */
export async function refundsOfOrder(sql: Sql, orderId: string): Promise<PizzaRefund[]> {
  return sql.$queryRawUnsafe<PizzaRefund[]>(`SELECT ${COLUMNS} FROM pizza_refund WHERE order_id = $1::uuid ORDER BY requested_at DESC, id`, orderId);
}

/** The latest refund of each order, for `PizzaOrder.refund`. */
export async function latestRefundsOfOrders(sql: Sql, orderIds: readonly string[]): Promise<PizzaRefund[]> {
  return sql.$queryRawUnsafe<PizzaRefund[]>(
    `SELECT DISTINCT ON (order_id) ${COLUMNS} FROM pizza_refund WHERE order_id = ANY($1::uuid[]) ORDER BY order_id, requested_at DESC, id`,
    orderIds,
  );
}

export async function refundsOfCustomer(sql: Sql, customerId: string): Promise<PizzaRefund[]> {
  return sql.$queryRawUnsafe<PizzaRefund[]>(`SELECT ${COLUMNS} FROM pizza_refund WHERE customer_id = $1::uuid ORDER BY requested_at DESC, id`, customerId);
}

/** Inserts a new refund (a second insert of one id fails: two requests at once store one), or updates its status. */
export async function savePizzaRefund(tx: Sql, r: PizzaRefund, previous: PizzaRefund | null): Promise<void> {
  if (previous) {
    await tx.$executeRaw`UPDATE pizza_refund SET status = ${r.status}::"PizzaRefundStatus", canceled_at = ${r.canceledAt}, completed_at = ${r.completedAt} WHERE id = ${r.id}::uuid`;
    return;
  }
  await tx.$executeRaw`
    INSERT INTO pizza_refund (id, order_id, customer_id, delivery_id, reason, status, requested_at, canceled_at, completed_at)
    VALUES (${r.id}::uuid, ${r.orderId}::uuid, ${r.customerId}::uuid, ${r.deliveryId}::uuid, ${r.reason}, ${r.status}::"PizzaRefundStatus",
            ${r.requestedAt}, ${r.canceledAt}, ${r.completedAt})`;
}

/** Notes a refund delivery deliveries reported (once however often reported). */
export async function noteRefundDelivery(tx: Sql, d: OrphanRefundDelivery): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO refund_delivery (refund_id, order_id, customer_id, delivery_id)
    VALUES (${d.refundId}::uuid, ${d.orderId}::uuid, ${d.customerId}::uuid, ${d.deliveryId}::uuid) ON CONFLICT (refund_id) DO NOTHING`;
}

/** The refund delivery of `refundId` as deliveries reported it, when no refund of that id is stored. */
export async function orphanRefundDelivery(tx: Sql, refundId: string): Promise<OrphanRefundDelivery | null> {
  const rows = await tx.$queryRawUnsafe<OrphanRefundDelivery[]>(
    `SELECT refund_id AS "refundId", order_id AS "orderId", customer_id AS "customerId", delivery_id AS "deliveryId" FROM refund_delivery d
      WHERE refund_id = $1::uuid AND NOT EXISTS (SELECT 1 FROM pizza_refund r WHERE r.id = d.refund_id)`,
    refundId,
  );
  return rows[0] ?? null;
}

export async function markRefundDeliveryCanceled(tx: Sql, refundId: string, at: Date): Promise<void> {
  await tx.$executeRaw`UPDATE refund_delivery SET canceled_at = ${at} WHERE refund_id = ${refundId}::uuid AND canceled_at IS NULL`;
}

/** The order's refund deliveries the courier canceled while no refund of theirs was stored: each took an id of the order's refunds. */
export async function canceledOrphansOfOrder(sql: Sql, orderId: string): Promise<number> {
  const rows = await sql.$queryRawUnsafe<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM refund_delivery d
      WHERE order_id = $1::uuid AND canceled_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pizza_refund r WHERE r.id = d.refund_id)`,
    orderId,
  );
  return rows[0]?.n ?? 0;
}
