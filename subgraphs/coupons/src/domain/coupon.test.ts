import type { CouponEvent } from "@supergraph/contracts/coupons";
import { deciderSpec } from "@supergraph/testkit/decider";
import { describe, it } from "vitest";
import { CouponsErrorCode } from "../generated/graphql.ts";
import { couponDecider, type Coupon } from "./coupon.ts";

const couponId = "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d";
const ownerId = "0b7e8a52-7c1d-4f0a-8a3e-5d6c7b8a9f01";
const requestedAt = new Date("2026-01-02T03:04:05.000Z");
const later = new Date("2026-01-02T03:04:06.000Z");

const requested: CouponEvent = { type: "CouponRequested", subject: couponId, data: { couponId, ownerId, title: "First" } };
const confirmed: CouponEvent = { type: "CouponConfirmed", subject: couponId, data: { couponId, ownerId } };
const coupon: Coupon = { id: couponId, ownerId, title: "First", status: "REQUESTED", requestedAt, confirmedAt: null };

const spec = deciderSpec(couponDecider, { at: requestedAt });

describe("requesting a coupon", () => {
  it("given nothing, when requested, then it is requested with its title trimmed", () => {
    spec.given([]).when({ type: "RequestCoupon", couponId, ownerId, title: "  First  " }).then([requested], coupon);
  });

  it.each([
    ["an empty title", "   "],
    ["a title of 201 characters", "x".repeat(201)],
  ])("given %s, when requested, then it is INVALID_COUPON", (_, title) => {
    spec.given([]).when({ type: "RequestCoupon", couponId, ownerId, title }).thenRefuses(CouponsErrorCode.INVALID_COUPON);
  });
});

describe("confirming a coupon", () => {
  it("given a requested coupon, when confirmed, then it is confirmed as of then", () => {
    spec.given([requested]).when({ type: "ConfirmCoupon" }, { at: later }).then([confirmed], { ...coupon, status: "CONFIRMED", confirmedAt: later });
  });

  it("given a confirmed coupon, when confirmed again, then nothing happens", () => {
    spec.given([requested, confirmed]).when({ type: "ConfirmCoupon" }).thenNothing();
  });

  it("given no coupon, when confirmed, then it is COUPON_NOT_FOUND", () => {
    spec.given([]).when({ type: "ConfirmCoupon" }).thenRefuses(CouponsErrorCode.COUPON_NOT_FOUND);
  });
});
