import { couponEvents } from "./coupons.ts";
import { changedBy, defineLiveStatus } from "./define.live.ts";

/**
 * A pizza coupon's status, pushed to its customer: ISSUED when its order was delivered,
 * REVOKED when the order was refunded, ISSUED again when that refund was canceled (restored).
 * A delivery applied after the order's refund pushes ISSUED then REVOKED (one transaction's
 * two events). Every change comes from coupons' own events.
 */
export const couponLiveStatus = defineLiveStatus({
  owner: "coupons",
  entity: {
    type: "Coupon",
    query: "coupon",
    idArgument: "id",
    field: "coupon",
    description: "The coupon as it is now, resolved through the graph (its order: `coupon { order { id } }`).",
  },
  change: {
    type: "CouponStatusChange",
    description: "A coupon moved to a new status.",
    fields: { status: { type: "CouponStatus!", description: "The status the coupon moved to with this change (the current one may be later)." } },
  },
  sources: [
    changedBy(couponEvents.CouponIssued, (e) => ({ id: e.couponId, ownerId: e.customerId, fields: { status: "ISSUED" } })),
    changedBy(couponEvents.CouponRevoked, (e) => ({ id: e.couponId, ownerId: e.customerId, fields: { status: "REVOKED" } })),
    changedBy(couponEvents.CouponRestored, (e) => ({ id: e.couponId, ownerId: e.customerId, fields: { status: "ISSUED" } })),
  ],
  subscriptions: {
    myCouponChanges: { kind: "mine", description: "Status changes of the signed-in customer's coupons. Needs a token." },
    couponChanges: { kind: "byId", argument: "id", description: "Status changes of one coupon: yours, or any as ADMIN." },
  },
});
