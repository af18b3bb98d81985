import type { Sql } from "@supergraph/platform";
import type { Coupon, OrderCoupon } from "../domain/coupon.ts";

/*
 * The coupons context's statements, in SQL on pg (see Sql in the platform for why not through
 * Prisma). The table is Prisma's (prisma/coupons/): one row per order coupons has heard of.
 */

const COLUMNS = `order_id AS "orderId", customer_id AS "customerId", delivered, active_refunds::text[] AS "activeRefunds",
  canceled_refunds::text[] AS "canceledRefunds", coupon_id AS "couponId", code, status::text AS status, issued_at AS "issuedAt", revoked_at AS "revokedAt"`;

/** The order's row, locked until the transaction ends. */
export async function lockOrderCoupon(tx: Sql, orderId: string): Promise<OrderCoupon | null> {
  const rows = await tx.$queryRawUnsafe<OrderCoupon[]>(`SELECT ${COLUMNS} FROM order_coupon WHERE order_id = $1::uuid FOR UPDATE`, orderId);
  return rows[0] ?? null;
}

/**
 * Inserts the order's first row, or updates it. Two first events of one order at once: the
 * second insert fails on the key, its transaction rolls back and the event is retried, then
 * finding the row.
 */
export async function saveOrderCoupon(tx: Sql, c: OrderCoupon, previous: OrderCoupon | null): Promise<void> {
  if (previous) {
    await tx.$executeRaw`
      UPDATE order_coupon SET delivered = ${c.delivered}, active_refunds = ${c.activeRefunds}::uuid[], canceled_refunds = ${c.canceledRefunds}::uuid[],
        coupon_id = ${c.couponId}::uuid, code = ${c.code}, status = ${c.status}::"CouponStatus", issued_at = ${c.issuedAt}, revoked_at = ${c.revokedAt}
      WHERE order_id = ${c.orderId}::uuid`;
    return;
  }
  await tx.$executeRaw`
    INSERT INTO order_coupon (order_id, customer_id, delivered, active_refunds, canceled_refunds, coupon_id, code, status, issued_at, revoked_at)
    VALUES (${c.orderId}::uuid, ${c.customerId}::uuid, ${c.delivered}, ${c.activeRefunds}::uuid[], ${c.canceledRefunds}::uuid[], ${c.couponId}::uuid, ${c.code},
            ${c.status}::"CouponStatus", ${c.issuedAt}, ${c.revokedAt})`;
}

export async function findCoupons(sql: Sql, couponIds: readonly string[]): Promise<Coupon[]> {
  return sql.$queryRawUnsafe<Coupon[]>(`SELECT ${COLUMNS} FROM order_coupon WHERE coupon_id = ANY($1::uuid[])`, couponIds);
}

export async function couponsOfOrders(sql: Sql, orderIds: readonly string[]): Promise<Coupon[]> {
  return sql.$queryRawUnsafe<Coupon[]>(`SELECT ${COLUMNS} FROM order_coupon WHERE order_id = ANY($1::uuid[]) AND coupon_id IS NOT NULL`, orderIds);
}

export async function couponsOfCustomer(sql: Sql, customerId: string): Promise<Coupon[]> {
  return sql.$queryRawUnsafe<Coupon[]>(
    `SELECT ${COLUMNS} FROM order_coupon WHERE customer_id = $1::uuid AND coupon_id IS NOT NULL ORDER BY issued_at DESC, order_id`,
    customerId,
  );
}
