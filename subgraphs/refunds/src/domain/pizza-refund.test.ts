import type { PizzaRefundEvent } from "@supergraph/contracts/refunds";
import { deciderSpec } from "@supergraph/testkit/decider";
import { describe, it } from "vitest";
import { RefundsErrorCode } from "../generated/graphql.ts";
import { pizzaRefundDecider, type PizzaRefund } from "./pizza-refund.ts";

const pizzaRefundId = "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d";
const ownerId = "0b7e8a52-7c1d-4f0a-8a3e-5d6c7b8a9f01";
const requestedAt = new Date("2026-01-02T03:04:05.000Z");
const later = new Date("2026-01-02T03:04:06.000Z");

const requested: PizzaRefundEvent = { type: "PizzaRefundRequested", subject: pizzaRefundId, data: { pizzaRefundId, ownerId, title: "First" } };
const confirmed: PizzaRefundEvent = { type: "PizzaRefundConfirmed", subject: pizzaRefundId, data: { pizzaRefundId, ownerId } };
const pizzaRefund: PizzaRefund = { id: pizzaRefundId, ownerId, title: "First", status: "REQUESTED", requestedAt, confirmedAt: null };

const spec = deciderSpec(pizzaRefundDecider, { at: requestedAt });

describe("requesting a pizza refund", () => {
  it("given nothing, when requested, then it is requested with its title trimmed", () => {
    spec.given([]).when({ type: "RequestPizzaRefund", pizzaRefundId, ownerId, title: "  First  " }).then([requested], pizzaRefund);
  });

  it.each([
    ["an empty title", "   "],
    ["a title of 201 characters", "x".repeat(201)],
  ])("given %s, when requested, then it is INVALID_PIZZA_REFUND", (_, title) => {
    spec.given([]).when({ type: "RequestPizzaRefund", pizzaRefundId, ownerId, title }).thenRefuses(RefundsErrorCode.INVALID_PIZZA_REFUND);
  });
});

describe("confirming a pizza refund", () => {
  it("given a requested pizza refund, when confirmed, then it is confirmed as of then", () => {
    spec.given([requested]).when({ type: "ConfirmPizzaRefund" }, { at: later }).then([confirmed], { ...pizzaRefund, status: "CONFIRMED", confirmedAt: later });
  });

  it("given a confirmed pizza refund, when confirmed again, then nothing happens", () => {
    spec.given([requested, confirmed]).when({ type: "ConfirmPizzaRefund" }).thenNothing();
  });

  it("given no pizza refund, when confirmed, then it is PIZZA_REFUND_NOT_FOUND", () => {
    spec.given([]).when({ type: "ConfirmPizzaRefund" }).thenRefuses(RefundsErrorCode.PIZZA_REFUND_NOT_FOUND);
  });
});
