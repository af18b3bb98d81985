import { z } from "zod";
import { defineEvents, type EventsOf } from "./define.ts";

/** A signed-in user requested a coupon. */
export const CouponRequested = z.object({
  couponId: z.uuid(),
  ownerId: z.uuid(),
  title: z.string(),
});

/** The coupons context confirmed a requested coupon. */
export const CouponConfirmed = z.object({
  couponId: z.uuid(),
  ownerId: z.uuid(),
});

/** The events the coupons context publishes. */
export const couponEvents = defineEvents("coupons", { CouponRequested, CouponConfirmed });

export type CouponEvent = EventsOf<typeof couponEvents>;
