import type { PizzaOrderEvent } from "@supergraph/contracts/pizza-orders";
import { deciderSpec } from "@supergraph/testkit/decider";
import { describe, it } from "vitest";
import { PizzaOrdersErrorCode } from "../generated/graphql.ts";
import { pizzaOrderDecider, type PizzaOrder } from "./pizza-order.ts";

const pizzaOrderId = "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d";
const ownerId = "0b7e8a52-7c1d-4f0a-8a3e-5d6c7b8a9f01";
const requestedAt = new Date("2026-01-02T03:04:05.000Z");
const later = new Date("2026-01-02T03:04:06.000Z");

const requested: PizzaOrderEvent = { type: "PizzaOrderRequested", subject: pizzaOrderId, data: { pizzaOrderId, ownerId, title: "First" } };
const confirmed: PizzaOrderEvent = { type: "PizzaOrderConfirmed", subject: pizzaOrderId, data: { pizzaOrderId, ownerId } };
const pizzaOrder: PizzaOrder = { id: pizzaOrderId, ownerId, title: "First", status: "REQUESTED", requestedAt, confirmedAt: null };

const spec = deciderSpec(pizzaOrderDecider, { at: requestedAt });

describe("requesting a pizza order", () => {
  it("given nothing, when requested, then it is requested with its title trimmed", () => {
    spec.given([]).when({ type: "RequestPizzaOrder", pizzaOrderId, ownerId, title: "  First  " }).then([requested], pizzaOrder);
  });

  it.each([
    ["an empty title", "   "],
    ["a title of 201 characters", "x".repeat(201)],
  ])("given %s, when requested, then it is INVALID_PIZZA_ORDER", (_, title) => {
    spec.given([]).when({ type: "RequestPizzaOrder", pizzaOrderId, ownerId, title }).thenRefuses(PizzaOrdersErrorCode.INVALID_PIZZA_ORDER);
  });
});

describe("confirming a pizza order", () => {
  it("given a requested pizza order, when confirmed, then it is confirmed as of then", () => {
    spec.given([requested]).when({ type: "ConfirmPizzaOrder" }, { at: later }).then([confirmed], { ...pizzaOrder, status: "CONFIRMED", confirmedAt: later });
  });

  it("given a confirmed pizza order, when confirmed again, then nothing happens", () => {
    spec.given([requested, confirmed]).when({ type: "ConfirmPizzaOrder" }).thenNothing();
  });

  it("given no pizza order, when confirmed, then it is PIZZA_ORDER_NOT_FOUND", () => {
    spec.given([]).when({ type: "ConfirmPizzaOrder" }).thenRefuses(PizzaOrdersErrorCode.PIZZA_ORDER_NOT_FOUND);
  });
});
