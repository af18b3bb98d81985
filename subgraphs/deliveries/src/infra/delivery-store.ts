import type { Sql } from "@supergraph/platform";
import type { Delivery } from "../domain/delivery.ts";

/*
 * The deliveries context's statements, in SQL on pg (see Sql in the platform for why not through
 * Prisma). The table is Prisma's (prisma/deliveries/schema.prisma, and its migrations).
 */

const COLUMNS = `id, order_id AS "orderId", customer_id AS "customerId", status::text AS status, courier_id AS "courierId",
  refund_id AS "refundId", COALESCE(canceled_refunds, '{}')::text[] AS "canceledRefunds", started_at AS "startedAt",
  delivered_at AS "deliveredAt", refunded_at AS "refundedAt", returned_at AS "returnedAt", canceled_at AS "canceledAt"`;

/** The delivery, locked until the transaction ends. */
export async function lockDelivery(tx: Sql, id: string): Promise<Delivery | null> {
  const rows = await tx.$queryRawUnsafe<Delivery[]>(`SELECT ${COLUMNS} FROM delivery WHERE id = $1::uuid FOR UPDATE`, id);
  return rows[0] ?? null;
}

/**
 * The order's delivery, locked until the transaction ends. A transaction advisory lock on the
 * order id comes first, since there may be no row to lock yet: the policies of the order's
 * payment and of its cancel, handled at once by two consumers, then make one delivery between them.
 */
export async function lockDeliveryOfOrder(tx: Sql, orderId: string): Promise<Delivery | null> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${orderId}::text, 0))`;
  const rows = await tx.$queryRawUnsafe<Delivery[]>(`SELECT ${COLUMNS} FROM delivery WHERE order_id = $1::uuid FOR UPDATE`, orderId);
  return rows[0] ?? null;
}

export async function findDeliveries(sql: Sql, ids: readonly string[]): Promise<Delivery[]> {
  return sql.$queryRawUnsafe<Delivery[]>(`SELECT ${COLUMNS} FROM delivery WHERE id = ANY($1::uuid[])`, ids);
}

export async function deliveriesOfOrders(sql: Sql, orderIds: readonly string[]): Promise<Delivery[]> {
  return sql.$queryRawUnsafe<Delivery[]>(`SELECT ${COLUMNS} FROM delivery WHERE order_id = ANY($1::uuid[])`, orderIds);
}

export async function deliveriesOf(sql: Sql, customerId: string): Promise<Delivery[]> {
  return sql.$queryRawUnsafe<Delivery[]>(`SELECT ${COLUMNS} FROM delivery WHERE customer_id = $1::uuid ORDER BY started_at DESC, id`, customerId);
}

/** The couriers' work: deliveries on their way and return runs, oldest first (at most 200). */
export async function deliveryQueue(sql: Sql): Promise<Delivery[]> {
  return sql.$queryRawUnsafe<Delivery[]>(`SELECT ${COLUMNS} FROM delivery WHERE status IN ('DELIVERING', 'REFUNDED') ORDER BY started_at, id LIMIT 200`);
}

/** Writes a delivery as a command left it: inserted when new, else its changing columns updated. */
export async function saveDelivery(tx: Sql, d: Delivery): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO delivery (id, order_id, customer_id, status, courier_id, refund_id, canceled_refunds, started_at, delivered_at, refunded_at, returned_at, canceled_at)
    VALUES (${d.id}::uuid, ${d.orderId}::uuid, ${d.customerId}::uuid, ${d.status}::"DeliveryStatus", ${d.courierId}::uuid, ${d.refundId}::uuid,
      ${[...d.canceledRefunds]}::uuid[], ${d.startedAt}, ${d.deliveredAt}, ${d.refundedAt}, ${d.returnedAt}, ${d.canceledAt})
    ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, courier_id = EXCLUDED.courier_id, refund_id = EXCLUDED.refund_id,
      canceled_refunds = EXCLUDED.canceled_refunds, delivered_at = EXCLUDED.delivered_at, refunded_at = EXCLUDED.refunded_at,
      returned_at = EXCLUDED.returned_at, canceled_at = EXCLUDED.canceled_at`;
}
