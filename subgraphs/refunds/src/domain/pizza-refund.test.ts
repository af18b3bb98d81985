import type { PizzaRefundEvent } from "@supergraph/contracts/refunds";
import { RetryLater } from "@supergraph/platform";
import { deciderSpec } from "@supergraph/testkit/decider";
import { describe, expect, it } from "vitest";
import { RefundsErrorCode } from "../generated/graphql.ts";
import { checkReason, LOST_REASON, pizzaRefundDecider, refundIdOf, withPaymentRequests, type PizzaRefund } from "./pizza-refund.ts";

const refundId = "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d";
const orderId = "7f1e2d3c-4b5a-4a69-8877-665544332211";
const customerId = "0b7e8a52-7c1d-4f0a-8a3e-5d6c7b8a9f01";
const deliveryId = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f";
const requestedAt = new Date("2026-01-02T03:04:05.000Z");
const later = new Date("2026-01-02T03:04:06.000Z");
const at = later.toISOString();

const refunded: PizzaRefundEvent = {
  type: "PizzaRefunded",
  subject: refundId,
  data: { refundId, orderId, customerId, deliveryId, reason: "Cold pizza", refundedAt: requestedAt.toISOString() },
};
const pending: PizzaRefund = { id: refundId, orderId, customerId, deliveryId, reason: "Cold pizza", status: "PENDING", requestedAt, canceledAt: null, completedAt: null };
const record = { type: "RecordPizzaRefund", refundId, orderId, customerId, deliveryId, reason: "  Cold pizza ", at: requestedAt.toISOString() } as const;

const spec = deciderSpec(pizzaRefundDecider, { at: requestedAt });
const later_ = deciderSpec(pizzaRefundDecider, { at: later });

describe("taking a refund deliveries agreed to", () => {
  it("given nothing, when recorded, then it is PENDING with its reason trimmed", () => {
    spec.given([]).when(record).then([refunded], pending);
  });

  it("given the refund, when recorded again (a retry deliveries answered again), then nothing more happens", () => {
    spec.given([refunded]).when(record).then([], pending);
  });

  it.each([
    ["an empty reason", "   "],
    ["a reason of 501 characters", "x".repeat(501)],
  ])("given %s, then it is INVALID_REFUND_REASON", (_, reason) => {
    spec.given([]).when({ ...record, reason }).thenRefuses(RefundsErrorCode.INVALID_REFUND_REASON);
    expect(() => checkReason(reason)).toThrow();
  });

  it("keeps a reason of exactly 500 characters", () => {
    expect(checkReason("x".repeat(500))).toHaveLength(500);
  });
});

describe("the end of the return run", () => {
  const canceled: PizzaRefundEvent = { type: "PizzaRefundCanceled", subject: refundId, data: { refundId, orderId, customerId, at } };
  const completed: PizzaRefundEvent = { type: "PizzaRefundCompleted", subject: refundId, data: { refundId, orderId, customerId, at } };

  it("given a pending refund, when the courier cancels the return run, then it is CANCELED", () => {
    later_.given([refunded]).when({ type: "CancelPizzaRefund", at, orphan: null }).then([canceled], { ...pending, requestedAt: later, status: "CANCELED", canceledAt: later });
  });

  it("given a pending refund, when the courier completes the return run, then it is COMPLETED (final)", () => {
    later_.given([refunded]).when({ type: "CompletePizzaRefund", at, orphan: null }).then([completed], { ...pending, requestedAt: later, status: "COMPLETED", completedAt: later });
  });

  it.each([
    ["canceled", "CancelPizzaRefund"],
    ["completed", "CompletePizzaRefund"],
  ] as const)("given a %s refund, when either end arrives again, then nothing more happens", (_, end) => {
    const ended = end === "CancelPizzaRefund" ? canceled : completed;
    for (const again of ["CancelPizzaRefund", "CompletePizzaRefund"] as const) later_.given([refunded, ended]).when({ type: again, at, orphan: null }).then([]);
  });

  it("given no refund yet, when the return run ends, then it waits for the refund (RetryLater)", () => {
    expect(() => pizzaRefundDecider.decide({ type: "CancelPizzaRefund", at, orphan: null }, null)).toThrow(RetryLater);
    expect(() => pizzaRefundDecider.decide({ type: "CompletePizzaRefund", at, orphan: null }, null)).toThrow(RetryLater);
  });

  describe("of a refund delivery whose refund was never stored (its request timed out and was not retried)", () => {
    const orphan = { refundId, orderId, customerId, deliveryId };

    it("canceled: nothing happens (the policy notes it, so the order's next refund takes the next id)", () => {
      later_.given([]).when({ type: "CancelPizzaRefund", at, orphan }).then([], null);
    });

    it("completed: the refund is stored final, so the money goes back, its reason said lost", () => {
      const outcome = later_.given([]).when({ type: "CompletePizzaRefund", at, orphan }).outcome();
      expect(outcome.events).toEqual([
        { type: "PizzaRefunded", subject: refundId, data: { refundId, orderId, customerId, deliveryId, reason: LOST_REASON, refundedAt: at } },
        completed,
      ]);
      expect(outcome.state).toMatchObject({ id: refundId, status: "COMPLETED", reason: LOST_REASON, completedAt: later });
      expect(withPaymentRequests(outcome.events).map((e) => e.type)).toEqual(["PizzaRefunded", "PizzaRefundCompleted", "PaymentCancellationRequested"]);
    });
  });

  it("asks payments for the money back only with the final refund, reason REFUNDED", () => {
    expect(withPaymentRequests([refunded]).map((e) => e.type)).toEqual(["PizzaRefunded"]);
    expect(withPaymentRequests([canceled]).map((e) => e.type)).toEqual(["PizzaRefundCanceled"]);
    expect(withPaymentRequests([completed])).toEqual([
      completed,
      { type: "PaymentCancellationRequested", subject: orderId, data: { reference: orderId, purpose: "PIZZA_ORDER", payerId: customerId, reason: "REFUNDED" } },
    ]);
  });
});

describe("the refund's id", () => {
  it("is the same for the same order and count of earlier refunds, and another for the next refund or another order", () => {
    const first = refundIdOf(orderId, 0);
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(refundIdOf(orderId, 0)).toBe(first);
    expect(refundIdOf(orderId, 1)).not.toBe(first);
    expect(refundIdOf(customerId, 0)).not.toBe(first);
  });
});
