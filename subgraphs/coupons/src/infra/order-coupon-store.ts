import type { Sql } from "@supergraph/platform";
import type { Coupon, OrderCoupon } from "../domain/coupon.ts";

/*
 * The coupons context's statements, in SQL on pg (see Sql in the platform for why not through
 * Prisma). The table is Prisma's (prisma/coupons/): one row per order coupons has heard of.
 */

const COLUMNS = `order_id AS "orderId", customer_id AS "customerId", delivered, refunds::text[] AS refunds,
  canceled_refunds::text[] AS "canceledRefunds", coupon_id AS "couponId", code, status::text AS status, issued_at AS "issuedAt", revoked_at AS "revokedAt"`;

/**
 * The order's row, locked until the transaction ends; made empty first when coupons has not
 * heard of the order, so the first events of one order handled at once (by the three policies,
 * or replicas) queue on one row instead of racing to insert it.
 */
export async function lockOrderCoupon(tx: Sql, orderId: string, customerId: string): Promise<OrderCoupon> {
  await tx.$executeRaw`INSERT INTO order_coupon (order_id, customer_id) VALUES (${orderId}::uuid, ${customerId}::uuid) ON CONFLICT (order_id) DO NOTHING`;
  const rows = await tx.$queryRawUnsafe<OrderCoupon[]>(`SELECT ${COLUMNS} FROM order_coupon WHERE order_id = $1::uuid FOR UPDATE`, orderId);
  return rows[0]!;
}

export async function saveOrderCoupon(tx: Sql, c: OrderCoupon): Promise<void> {
  await tx.$executeRaw`
    UPDATE order_coupon SET delivered = ${c.delivered}, refunds = ${c.refunds}::uuid[], canceled_refunds = ${c.canceledRefunds}::uuid[],
      coupon_id = ${c.couponId}::uuid, code = ${c.code}, status = ${c.status}::"CouponStatus", issued_at = ${c.issuedAt}, revoked_at = ${c.revokedAt}
    WHERE order_id = ${c.orderId}::uuid`;
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
