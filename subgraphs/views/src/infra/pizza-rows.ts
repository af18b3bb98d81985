import type { Sql } from "@supergraph/platform";
import type { CouponStatus, DeliveryStatus, PaymentStatus, PizzaOrderStatus, PizzaRefundStatus } from "../generated/graphql.ts";

/*
 * The pizza order status read model, in SQL on pg (the tables are Prisma's,
 * prisma/views/schema.prisma). Every pizza event names its order and customer, so whichever
 * event of a case comes first makes the row, and each statement sets only what its event knows:
 * the order's and the payment's statuses only move forward (GREATEST over the enums' order),
 * ids and times are kept once known, and what goes back and forth (a delivery turned into a
 * return run and back, a coupon revoked and restored) is counted, so any arrival order ends in
 * the same row; the inbox keeps a redelivered event from counting twice.
 */

export interface PizzaCase {
  orderId: string;
  customerId: string;
}

/** What one event says about its order; absent fields are left as they are. */
export interface PizzaOrderChange extends PizzaCase {
  lines?: unknown;
  amount?: number;
  status?: PizzaOrderStatus;
  placedAt?: Date;
  paymentId?: string;
  paymentStatus?: PaymentStatus;
  deliveryId?: string;
  deliveredAt?: Date;
  deliveryCanceled?: boolean;
  deliveryReturned?: boolean;
  /** 1 for a DeliveryRefunded. */
  deliveryRefunds?: number;
  /** 1 for a RefundDeliveryCanceled. */
  deliveryRefundsCanceled?: number;
  couponId?: string;
  couponCode?: string;
  couponRevocations?: number;
  couponRestorations?: number;
}

/** Applies what one event says about its order, in one upsert. */
export async function applyPizzaOrderChange(tx: Sql, c: PizzaOrderChange): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO pizza_order_view (order_id, customer_id, lines, amount, status, placed_at, payment_id, payment_status, delivery_id, delivered_at,
      delivery_canceled, delivery_returned, delivery_refunds, delivery_refunds_canceled, coupon_id, coupon_code, coupon_revocations, coupon_restorations)
    VALUES (${c.orderId}::uuid, ${c.customerId}::uuid, ${c.lines === undefined ? null : JSON.stringify(c.lines)}::jsonb, ${c.amount ?? null}::int,
      ${c.status ?? null}::"PizzaOrderStatus", ${c.placedAt ?? null}::timestamptz, ${c.paymentId ?? null}::uuid, ${c.paymentStatus ?? null}::"PaymentStatus",
      ${c.deliveryId ?? null}::uuid, ${c.deliveredAt ?? null}::timestamptz, ${c.deliveryCanceled ?? false}, ${c.deliveryReturned ?? false},
      ${c.deliveryRefunds ?? 0}::int, ${c.deliveryRefundsCanceled ?? 0}::int, ${c.couponId ?? null}::uuid, ${c.couponCode ?? null},
      ${c.couponRevocations ?? 0}::int, ${c.couponRestorations ?? 0}::int)
    ON CONFLICT (order_id) DO UPDATE SET
      lines = COALESCE(pizza_order_view.lines, EXCLUDED.lines),
      amount = COALESCE(pizza_order_view.amount, EXCLUDED.amount),
      status = GREATEST(pizza_order_view.status, EXCLUDED.status),
      placed_at = COALESCE(pizza_order_view.placed_at, EXCLUDED.placed_at),
      payment_id = COALESCE(EXCLUDED.payment_id, pizza_order_view.payment_id),
      payment_status = GREATEST(pizza_order_view.payment_status, EXCLUDED.payment_status),
      delivery_id = COALESCE(EXCLUDED.delivery_id, pizza_order_view.delivery_id),
      delivered_at = COALESCE(pizza_order_view.delivered_at, EXCLUDED.delivered_at),
      delivery_canceled = pizza_order_view.delivery_canceled OR EXCLUDED.delivery_canceled,
      delivery_returned = pizza_order_view.delivery_returned OR EXCLUDED.delivery_returned,
      delivery_refunds = pizza_order_view.delivery_refunds + EXCLUDED.delivery_refunds,
      delivery_refunds_canceled = pizza_order_view.delivery_refunds_canceled + EXCLUDED.delivery_refunds_canceled,
      coupon_id = COALESCE(EXCLUDED.coupon_id, pizza_order_view.coupon_id),
      coupon_code = COALESCE(EXCLUDED.coupon_code, pizza_order_view.coupon_code),
      coupon_revocations = pizza_order_view.coupon_revocations + EXCLUDED.coupon_revocations,
      coupon_restorations = pizza_order_view.coupon_restorations + EXCLUDED.coupon_restorations,
      updated_at = now()`;
}

/** What one of refunds' events says about a refund. */
export interface PizzaRefundChange extends PizzaCase {
  refundId: string;
  status: PizzaRefundStatus;
  reason?: string;
  refundedAt?: Date;
}

/** Applies one of refunds' events to its refund's row (PENDING, then CANCELED or COMPLETED). */
export async function applyPizzaRefundChange(tx: Sql, c: PizzaRefundChange): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO pizza_refund_view (refund_id, order_id, customer_id, reason, status, refunded_at)
    VALUES (${c.refundId}::uuid, ${c.orderId}::uuid, ${c.customerId}::uuid, ${c.reason ?? null}, ${c.status}::"PizzaRefundStatus", ${c.refundedAt ?? null}::timestamptz)
    ON CONFLICT (refund_id) DO UPDATE SET
      reason = COALESCE(pizza_refund_view.reason, EXCLUDED.reason),
      status = GREATEST(pizza_refund_view.status, EXCLUDED.status),
      refunded_at = COALESCE(pizza_refund_view.refunded_at, EXCLUDED.refunded_at),
      updated_at = now()`;
}

export interface PizzaOrderSummaryRow {
  id: string;
  lines: { pizzaId: string; name: string; quantity: number; unitPrice: number }[];
  amount: number;
  status: PizzaOrderStatus;
  placedAt: Date;
  paymentId: string | null;
  paymentStatus: PaymentStatus | null;
  deliveryId: string | null;
  deliveryStatus: DeliveryStatus | null;
  deliveredAt: Date | null;
  couponId: string | null;
  couponCode: string | null;
  couponStatus: CouponStatus | null;
  refund: { id: string; status: PizzaRefundStatus; reason: string | null; refundedAt: string | null } | null;
  updatedAt: Date;
}

/*
 * The delivery's status from what its events said: canceled and returned are final; a return run
 * is under way while more DeliveryRefunded than RefundDeliveryCanceled arrived; any delivery event
 * means it started. The coupon is revoked while more revocations than restorations arrived.
 */
const DELIVERY_STATUS = `CASE
  WHEN o.delivery_canceled THEN 'CANCELED'
  WHEN o.delivery_returned THEN 'RETURNED'
  WHEN o.delivery_refunds > o.delivery_refunds_canceled THEN 'REFUNDED'
  WHEN o.delivered_at IS NOT NULL OR o.delivery_refunds > 0 THEN 'DELIVERED'
  WHEN o.delivery_id IS NOT NULL THEN 'DELIVERING' END`;
const COUPON_STATUS = `CASE WHEN o.coupon_id IS NULL THEN NULL WHEN o.coupon_revocations > o.coupon_restorations THEN 'REVOKED' ELSE 'ISSUED' END`;

/** A customer's orders whose PizzaOrderPlaced arrived, newest first, each with its latest refund: one indexed read. */
export function pizzaOrderBoard(sql: Sql, customerId: string): Promise<PizzaOrderSummaryRow[]> {
  return sql.$queryRawUnsafe<PizzaOrderSummaryRow[]>(
    `SELECT o.order_id AS id, o.lines, o.amount, o.status::text AS status, o.placed_at AS "placedAt",
      o.payment_id AS "paymentId", o.payment_status::text AS "paymentStatus",
      o.delivery_id AS "deliveryId", ${DELIVERY_STATUS} AS "deliveryStatus", o.delivered_at AS "deliveredAt",
      o.coupon_id AS "couponId", o.coupon_code AS "couponCode", ${COUPON_STATUS} AS "couponStatus",
      r.refund AS refund, o.updated_at AS "updatedAt"
    FROM pizza_order_view o
    LEFT JOIN LATERAL (
      SELECT json_build_object('id', refund_id, 'status', status::text, 'reason', reason,
        'refundedAt', to_char(refunded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) AS refund
      FROM pizza_refund_view WHERE order_id = o.order_id
      ORDER BY refunded_at DESC NULLS FIRST, updated_at DESC LIMIT 1
    ) r ON true
    WHERE o.customer_id = $1::uuid AND o.placed_at IS NOT NULL
    ORDER BY o.placed_at DESC, o.order_id ASC LIMIT 500`,
    customerId,
  );
}
