import type { CouponEvent } from "@supergraph/contracts/coupons";
import { domainErrors, type Decider } from "@supergraph/platform";
import { CouponsErrorCode, type CouponStatus } from "../generated/graphql.ts";

/** Statuses of a coupon: the SDL's enum (the Prisma schema's copy is checked by scripts/enums.test.ts). */
export type { CouponStatus };

export interface Coupon {
  readonly id: string;
  readonly ownerId: string;
  readonly title: string;
  readonly status: CouponStatus;
  readonly requestedAt: Date;
  readonly confirmedAt: Date | null;
}

export type CouponCommand =
  | { type: "RequestCoupon"; couponId: string; ownerId: string; title: string }
  /** The request was published: the coupon is confirmed (the confirm-coupon policy). */
  | { type: "ConfirmCoupon" };

/** Refusals of the coupons context, their codes from its SDL's CouponsErrorCode. */
export const CouponError = domainErrors(CouponsErrorCode);

/** Decides which events a command on a coupon yields, or refuses it. */
export function decide(command: CouponCommand, state: Coupon | null): CouponEvent[] {
  switch (command.type) {
    case "RequestCoupon": {
      const title = command.title.trim();
      if (title.length < 1 || title.length > 200) throw CouponError.refuse("INVALID_COUPON", "The title must have 1 to 200 characters.");
      const { couponId, ownerId } = command;
      return [{ type: "CouponRequested", subject: couponId, data: { couponId, ownerId, title } }];
    }
    case "ConfirmCoupon": {
      if (!state) throw CouponError.refuse("COUPON_NOT_FOUND", "No coupon with that id.");
      // Confirmed already (its request delivered again): nothing more happens.
      if (state.status === "CONFIRMED") return [];
      return [{ type: "CouponConfirmed", subject: state.id, data: { couponId: state.id, ownerId: state.ownerId } }];
    }
    default: {
      const unknown: never = command;
      throw new Error(`unknown command ${JSON.stringify(unknown)}`);
    }
  }
}

/** Applies an event to the coupon it is about, as of `at`. */
export function evolve(state: Coupon | null, event: CouponEvent, at: Date): Coupon {
  switch (event.type) {
    case "CouponRequested":
      return { id: event.data.couponId, ownerId: event.data.ownerId, title: event.data.title, status: "REQUESTED", requestedAt: at, confirmedAt: null };
    case "CouponConfirmed":
      if (!state) throw new Error("CouponConfirmed for a coupon that does not exist");
      return { ...state, status: "CONFIRMED", confirmedAt: at };
    default: {
      const unknown: never = event;
      throw new Error(`unknown event ${JSON.stringify(unknown)}`);
    }
  }
}

/** The coupons context's decisions on a coupon, for the platform's command layer. */
export const couponDecider: Decider<Coupon, CouponCommand, CouponEvent> = { decide, evolve };
