import { z } from "zod";
import { defineEvents, type EventsOf } from "./define.ts";

/*
 * The coupons context's contract: one coupon per delivered pizza order, issued on deliveries'
 * PizzaDelivered, revoked on refunds' PizzaRefunded, restored on PizzaRefundCanceled. Never
 * valid for an order already refunded: a delivery applied after the order's refund publishes
 * CouponIssued then CouponRevoked from the same transaction (REVOKED from the start), and that
 * refund's cancellation restores it. Whatever order those events arrive in (coupons keeps each
 * order's facts), the same events, each once. Coupon statuses: ISSUED, REVOKED.
 */

const Coupon = z.object({
  couponId: z.uuid(),
  orderId: z.uuid(),
  customerId: z.uuid(),
});

/** The order was delivered: its coupon was issued (ISSUED). */
export const CouponIssued = Coupon.extend({
  /** The code the customer reads and types, e.g. `PIZZA-7K3Q-M9XD`. */
  code: z.string(),
  issuedAt: z.string(),
});

/** The order was refunded: its coupon was revoked (REVOKED); right after its CouponIssued when the refund was applied first. */
export const CouponRevoked = Coupon.extend({ at: z.string() });

/** The order's refund was canceled: its revoked coupon is valid again (ISSUED). */
export const CouponRestored = Coupon.extend({ at: z.string() });

/** The events the coupons context publishes. */
export const couponEvents = defineEvents("coupons", { CouponIssued, CouponRevoked, CouponRestored });

export type CouponEvent = EventsOf<typeof couponEvents>;
