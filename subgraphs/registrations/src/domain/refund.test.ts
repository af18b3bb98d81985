import { describe, expect, it } from "vitest";
import { refundOf } from "./refund.ts";

describe("a registration's refund", () => {
  it("is none while the registration is paid, whatever its payment says", () => {
    expect(refundOf("PAID", "COMPLETED")).toBeNull();
    expect(refundOf("PAID", "CANCELED")).toBeNull();
  });

  it("is pending once canceled while payments has not given the money back yet", () => {
    expect(refundOf("CANCELED", "COMPLETED")).toBe("PENDING");
  });

  it("is refunded once payments canceled the payment", () => {
    expect(refundOf("CANCELED", "CANCELED")).toBe("REFUNDED");
  });

  it("is unknown when the payment's status is (payments unreachable)", () => {
    expect(refundOf("CANCELED", undefined)).toBeNull();
    expect(refundOf("CANCELED", null)).toBeNull();
  });
});
