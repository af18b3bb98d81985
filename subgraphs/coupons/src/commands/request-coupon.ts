import { randomUUID } from "node:crypto";
import { commandCausation, executeCommand, type UnitOfWork } from "@supergraph/platform";
import { couponDecider, type Coupon } from "../domain/coupon.ts";
import { saveCoupon } from "../infra/coupon-store.ts";

export interface RequestCouponInput {
  readonly title: string;
}

/** Requests a new coupon for `ownerId`; the confirm-coupon policy confirms it once CouponRequested is published. */
export async function requestCoupon(transact: UnitOfWork, ownerId: string, input: RequestCouponInput, now: Date): Promise<Coupon> {
  const couponId = randomUUID();
  const { state } = await executeCommand(
    transact,
    { decider: couponDecider, load: async () => null, save: (tx, coupon) => saveCoupon(tx, coupon) },
    { type: "RequestCoupon", couponId, ownerId, ...input },
    { now, causation: commandCausation(couponId) },
  );
  return state!;
}
