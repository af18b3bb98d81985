import { couponEvents } from "@supergraph/contracts/coupons";
import { inResponseTo, on, policy, runCommand } from "@supergraph/platform";
import { onCoupon } from "../commands/coupon.ts";

/**
 * A requested coupon is confirmed once its request is published: a step that runs after
 * the request's transaction, in the consumer's own (with its inbox record, so a redelivered
 * request confirms nothing twice). A policy on another context's event names it the same way,
 * through its publisher's contract: `on(lectureEvents.LectureOpened)`.
 */
export const confirmCoupon = policy("confirm-coupon", on(couponEvents.CouponRequested), {
  async handle(event, tx, record) {
    await runCommand(tx, record, onCoupon(event.data.couponId), { type: "ConfirmCoupon" }, inResponseTo(event));
  },
});
