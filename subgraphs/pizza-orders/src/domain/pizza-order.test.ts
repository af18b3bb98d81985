import type { PizzaOrderEvent } from "@supergraph/contracts/pizza-orders";
import { deciderSpec } from "@supergraph/testkit/decider";
import { describe, expect, it } from "vitest";
import { PizzaOrdersErrorCode } from "../generated/graphql.ts";
import { pizzaOrderDecider, type Pizza, type PizzaOrder } from "./pizza-order.ts";

const orderId = "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d";
const customerId = "0b7e8a52-7c1d-4f0a-8a3e-5d6c7b8a9f01";
const otherId = "9c8b7a65-4d3c-4b2a-9f1e-0d9c8b7a6f54";
const paymentId = "3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b";
const placedAt = new Date("2026-01-02T03:04:05.000Z");
const later = new Date("2026-01-02T03:05:00.000Z");

const margherita: Pizza = { id: "a0000000-0000-4000-8000-000000000001", name: "Margherita", description: "", price: 1090 };
const diavola: Pizza = { id: "a0000000-0000-4000-8000-000000000007", name: "Diavola", description: "", price: 1350 };
const menu = new Map([margherita, diavola].map((p) => [p.id, p]));

const place = (lines: { pizzaId: string; quantity: number }[]) => ({ type: "PlacePizzaOrder" as const, orderId, customerId, lines, menu, placedAt });
const lines = [
  { pizzaId: margherita.id, name: "Margherita", quantity: 2, unitPrice: 1090 },
  { pizzaId: diavola.id, name: "Diavola", quantity: 1, unitPrice: 1350 },
];
const placed: PizzaOrderEvent = { type: "PizzaOrderPlaced", subject: orderId, data: { orderId, customerId, lines, amount: 3530, placedAt: placedAt.toISOString() } };
const paid: PizzaOrderEvent = { type: "PizzaOrderPaid", subject: orderId, data: { orderId, customerId, paymentId, amount: 3530, paidAt: later.toISOString() } };
const canceled = (wasPaid: boolean): PizzaOrderEvent => ({ type: "PizzaOrderCanceled", subject: orderId, data: { orderId, customerId, wasPaid, canceledAt: later.toISOString() } });
const order: PizzaOrder = { id: orderId, customerId, lines, amount: 3530, status: "PLACED", paymentId: null, placedAt, paidAt: null, canceledAt: null, deliveredAt: null };

const spec = deciderSpec(pizzaOrderDecider, { at: placedAt });

describe("placing an order", () => {
  it("given nothing, when placed, then it is PLACED with its lines priced from the menu and their sum as amount", () => {
    spec.given([]).when(place([{ pizzaId: margherita.id, quantity: 2 }, { pizzaId: diavola.id, quantity: 1 }])).then([placed], order);
  });

  it("given lines of one pizza type twice, when placed, then they are merged", () => {
    const { events } = spec.given([]).when(place([{ pizzaId: margherita.id, quantity: 2 }, { pizzaId: diavola.id, quantity: 1 }, { pizzaId: margherita.id, quantity: 3 }])).outcome();
    expect(events[0]!.data).toMatchObject({ lines: [{ pizzaId: margherita.id, quantity: 5 }, { pizzaId: diavola.id, quantity: 1 }], amount: 5 * 1090 + 1350 });
  });

  it("given no line, when placed, then it is EMPTY_ORDER", () => {
    spec.given([]).when(place([])).thenRefuses(PizzaOrdersErrorCode.EMPTY_ORDER);
  });

  it.each([0, -1, 21, 1.5])("given a quantity of %s, when placed, then it is INVALID_QUANTITY", (quantity) => {
    spec.given([]).when(place([{ pizzaId: margherita.id, quantity }])).thenRefuses(PizzaOrdersErrorCode.INVALID_QUANTITY);
  });

  it("given lines of one type adding up to more than 20, when placed, then it is INVALID_QUANTITY", () => {
    spec.given([]).when(place([{ pizzaId: margherita.id, quantity: 15 }, { pizzaId: margherita.id, quantity: 6 }])).thenRefuses(PizzaOrdersErrorCode.INVALID_QUANTITY);
  });

  it("given a pizza type not on the menu, when placed, then it is PIZZA_NOT_FOUND", () => {
    spec.given([]).when(place([{ pizzaId: margherita.id, quantity: 1 }, { pizzaId: otherId, quantity: 1 }])).thenRefuses(PizzaOrdersErrorCode.PIZZA_NOT_FOUND);
  });
});

describe("paying an order", () => {
  it("given a placed order, when its customer checks it is payable, then nothing is refused or recorded", () => {
    spec.given([placed]).when({ type: "CheckPayable", byUserId: customerId }).thenNothing();
  });

  it.each([
    ["paid", [placed, paid]],
    ["canceled", [placed, canceled(false)]],
  ])("given a %s order, when checked payable, then it is ORDER_NOT_PLACED", (_, history) => {
    spec.given(history as PizzaOrderEvent[]).when({ type: "CheckPayable", byUserId: customerId }).thenRefuses(PizzaOrdersErrorCode.ORDER_NOT_PLACED);
  });

  it("given another customer's order or none, when checked payable, then it is PIZZA_ORDER_NOT_FOUND", () => {
    spec.given([placed]).when({ type: "CheckPayable", byUserId: otherId }).thenRefuses(PizzaOrdersErrorCode.PIZZA_ORDER_NOT_FOUND);
    spec.given([]).when({ type: "CheckPayable", byUserId: customerId }).thenRefuses(PizzaOrdersErrorCode.PIZZA_ORDER_NOT_FOUND);
  });

  it("given a placed order, when its charge is recorded, then it is PAID with the payment", () => {
    spec.given([placed]).when({ type: "RecordPayment", paymentId, paidAt: later, late: false }).then([paid], { ...order, status: "PAID", paymentId, paidAt: later });
  });

  it("given a paid order, when the same charge is recorded again (the answer and payments' event), then nothing happens", () => {
    spec.given([placed, paid]).when({ type: "RecordPayment", paymentId, paidAt: later, late: true }).thenNothing();
    spec.given([placed, paid]).when({ type: "RecordPayment", paymentId, paidAt: later, late: false }).thenNothing();
  });

  it("given an order canceled while it was being paid, when the pay command records the charge, then it is ORDER_ALREADY_CANCELED (the cancellation refunds it)", () => {
    spec.given([placed, canceled(false)]).when({ type: "RecordPayment", paymentId, paidAt: later, late: false }).thenRefuses(PizzaOrdersErrorCode.ORDER_ALREADY_CANCELED);
  });

  it("given a canceled order or none, when a late charge is learned from payments, then nothing happens", () => {
    spec.given([placed, canceled(false)]).when({ type: "RecordPayment", paymentId, paidAt: later, late: true }).thenNothing();
    spec.given([]).when({ type: "RecordPayment", paymentId, paidAt: later, late: true }).thenNothing();
  });
});

describe("canceling an order", () => {
  const cancel = (byUserId = customerId, byAdmin = false) => ({ type: "CancelPizzaOrder" as const, byUserId, byAdmin, canceledAt: later });

  it("given a placed order, when its customer cancels, then it is CANCELED, not paid", () => {
    spec.given([placed]).when(cancel()).then([canceled(false)], { ...order, status: "CANCELED", canceledAt: later });
  });

  it("given a paid order, when canceled, then it is CANCELED and was paid", () => {
    spec.given([placed, paid]).when(cancel()).then([canceled(true)]);
  });

  it("given another customer's order, when canceled, then it is PIZZA_ORDER_NOT_FOUND, unless by an ADMIN", () => {
    spec.given([placed]).when(cancel(otherId)).thenRefuses(PizzaOrdersErrorCode.PIZZA_ORDER_NOT_FOUND);
    spec.given([placed]).when(cancel(otherId, true)).then([canceled(false)]);
  });

  it("given a canceled order, when canceled again, then it is ORDER_ALREADY_CANCELED", () => {
    spec.given([placed, canceled(false)]).when(cancel()).thenRefuses(PizzaOrdersErrorCode.ORDER_ALREADY_CANCELED);
  });

  it("given a delivered order, when canceled, then it is ORDER_ALREADY_DELIVERED", () => {
    spec.givenState({ ...order, status: "PAID", paymentId, paidAt: later, deliveredAt: later }).when(cancel()).thenRefuses(PizzaOrdersErrorCode.ORDER_ALREADY_DELIVERED);
  });
});
