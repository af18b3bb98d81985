import type { CouponEvent } from "@supergraph/contracts/coupons";
import type { CommandSpec } from "@supergraph/platform";
import { couponDecider, type Coupon, type CouponCommand } from "../domain/coupon.ts";
import { lockCoupon, saveCoupon } from "../infra/coupon-store.ts";

/** A command on the coupon `couponId`: locked while it is decided, saved whole. */
export function onCoupon(couponId: string): CommandSpec<Coupon, CouponCommand, CouponEvent> {
  return {
    decider: couponDecider,
    load: (tx) => lockCoupon(tx, couponId),
    save: (tx, coupon) => saveCoupon(tx, coupon),
  };
}
