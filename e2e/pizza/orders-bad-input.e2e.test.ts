import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SignedIn, Stack } from "@supergraph/testkit";
import { CANCEL_ORDER, CANCEL_REFUND_DELIVERY, COMPLETE_REFUND_DELIVERY, DELIVERY, DELIVERY_QUEUE, MARK_DELIVERED, MY_ORDERS, ORDER, PAY, PLACE } from "./operations.ts";
import { deliver, MARGHERITA, ORDER_CONTEXTS, orderBecomes, paidOrder, place, placed, queuedDelivery } from "./helpers.ts";

/**
 * Bad input to the order and delivery commands through the router: each refusal is a typed code
 * of the owning subgraph's enum, and nothing is half-written (no order, no charge, no event).
 */
const NIL = "00000000-0000-4000-8000-000000000000";
const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;

describe("pizza orders and deliveries: bad input", () => {
  let stack: Stack;
  let customer: SignedIn;
  let other: SignedIn;
  let courier: SignedIn;

  beforeAll(async () => {
    stack = await Stack.start({ "pizza-orders": { PAYMENT_TIMEOUT_MS: "5000" } }, { only: ORDER_CONTEXTS });
    [customer, other, courier] = await Promise.all([stack.signUp("CUSTOMER"), stack.signUp("CUSTOMER"), stack.signUp("COURIER")]);
  });
  afterAll(() => stack?.stop());

  it.each([
    ["no line", "EMPTY_ORDER", []],
    ["a quantity of 0", "INVALID_QUANTITY", [{ pizzaId: MARGHERITA, quantity: 0 }]],
    ["a quantity of 21", "INVALID_QUANTITY", [{ pizzaId: MARGHERITA, quantity: 21 }]],
    ["a negative quantity", "INVALID_QUANTITY", [{ pizzaId: MARGHERITA, quantity: -3 }]],
    ["two lines of one type adding up to 21", "INVALID_QUANTITY", [{ pizzaId: MARGHERITA, quantity: 11 }, { pizzaId: MARGHERITA, quantity: 10 }]],
    ["an unknown pizza type", "PIZZA_NOT_FOUND", [{ pizzaId: NIL, quantity: 1 }]],
    ["a malformed pizza id", "PIZZA_NOT_FOUND", [{ pizzaId: "margherita", quantity: 1 }]],
    ["a good line beside an unknown type", "PIZZA_NOT_FOUND", [{ pizzaId: MARGHERITA, quantity: 1 }, { pizzaId: NIL, quantity: 1 }]],
  ])("placing with %s: %s, no order stored", async (_, expected, lines) => {
    expect(code(await place(stack, customer, lines))).toBe(expected);
    expect((await stack.gql(MY_ORDERS, {}, customer.token)).data?.myPizzaOrders).toEqual([]);
  });

  it("a quantity that is not an integer is refused by the schema (GraphQL validation), nothing stored", async () => {
    const res = await place(stack, customer, [{ pizzaId: MARGHERITA, quantity: 1.5 }]);
    expect(res.errors?.length).toBeGreaterThan(0);
    expect(res.data?.placePizzaOrder ?? null).toBeNull();
    expect((await stack.gql(MY_ORDERS, {}, customer.token)).data?.myPizzaOrders).toEqual([]);
  });

  it("the wrong role or no token: FORBIDDEN / UNAUTHENTICATED, nothing stored", async () => {
    expect(code(await stack.gql(PLACE, { input: { lines: [{ pizzaId: MARGHERITA, quantity: 1 }] } }, courier.token))).toBe("FORBIDDEN");
    expect(code(await stack.gql(PLACE, { input: { lines: [{ pizzaId: MARGHERITA, quantity: 1 }] } }))).toBe("UNAUTHENTICATED");
    const bad = await stack.gql(PLACE, { input: { lines: [{ pizzaId: MARGHERITA, quantity: 1 }] } }, "not-a-token");
    expect(bad.data?.placePizzaOrder ?? null).toBeNull();
    expect(await stack.sql("pizza-orders", "SELECT 1 FROM pizza_order")).toEqual([]);
  });

  it("another customer's order: not readable, PIZZA_ORDER_NOT_FOUND to pay or cancel, nothing charged or changed", async () => {
    const order = await placed(stack, customer);
    expect((await stack.gql(ORDER, { id: order.id }, other.token)).data?.pizzaOrder).toBeNull();
    expect(code(await stack.gql(PAY, { id: order.id }, other.token))).toBe("PIZZA_ORDER_NOT_FOUND");
    expect(code(await stack.gql(CANCEL_ORDER, { id: order.id }, other.token))).toBe("PIZZA_ORDER_NOT_FOUND");
    expect(await stack.sql("payments", "SELECT 1 FROM payment WHERE reference = $1", [order.id])).toEqual([]);
    expect((await stack.gql(ORDER, { id: order.id }, customer.token)).data?.pizzaOrder.status).toBe("PLACED");
    // A courier reads orders (it carries them) but cannot pay them.
    expect((await stack.gql(ORDER, { id: order.id }, courier.token)).data?.pizzaOrder.id).toBe(order.id);
    expect(code(await stack.gql(PAY, { id: order.id }, courier.token))).toBe("FORBIDDEN");
  });

  it("unknown and malformed order ids: null to read, PIZZA_ORDER_NOT_FOUND to pay or cancel", async () => {
    for (const id of [NIL, "not-a-uuid"]) {
      expect((await stack.gql(ORDER, { id }, customer.token)).data?.pizzaOrder).toBeNull();
      expect(code(await stack.gql(PAY, { id }, customer.token))).toBe("PIZZA_ORDER_NOT_FOUND");
      expect(code(await stack.gql(CANCEL_ORDER, { id }, customer.token))).toBe("PIZZA_ORDER_NOT_FOUND");
    }
  });

  it("a second cancel: ORDER_ALREADY_CANCELED, one cancellation request only", async () => {
    const order = await placed(stack, customer);
    expect((await stack.gql(CANCEL_ORDER, { id: order.id }, customer.token)).data?.cancelPizzaOrder.status).toBe("CANCELED");
    expect(code(await stack.gql(CANCEL_ORDER, { id: order.id }, customer.token))).toBe("ORDER_ALREADY_CANCELED");
    const requests = await stack.sql("pizza-orders", "SELECT 1 FROM platform_outbox WHERE payload->>'type' = 'PaymentCancellationRequested' AND payload->>'subject' = $1", [order.id]);
    expect(requests).toHaveLength(1);
  });

  it("the courier's moves: only a COURIER, typed refusals for a second delivery, a run that does not exist, unknown ids", async () => {
    const order = await paidOrder(stack, customer);
    const queued = await queuedDelivery(stack, courier, order.id);
    expect(code(await stack.gql(MARK_DELIVERED, { id: queued.id }, customer.token))).toBe("FORBIDDEN");
    expect(code(await stack.gql(DELIVERY_QUEUE, {}, customer.token))).toBe("FORBIDDEN");
    expect(code(await stack.gql(CANCEL_REFUND_DELIVERY, { id: queued.id }, courier.token))).toBe("DELIVERY_NOT_REFUNDED");
    await deliver(stack, courier, order.id);
    expect(code(await stack.gql(MARK_DELIVERED, { id: queued.id }, courier.token))).toBe("DELIVERY_ALREADY_DELIVERED");
    expect(code(await stack.gql(COMPLETE_REFUND_DELIVERY, { id: queued.id }, courier.token))).toBe("DELIVERY_NOT_REFUNDED");
    for (const id of [NIL, "nope"]) expect(code(await stack.gql(MARK_DELIVERED, { id }, courier.token))).toBe("DELIVERY_NOT_FOUND");
    // Another customer does not see the delivery; its customer and couriers do.
    expect((await stack.gql(DELIVERY, { id: queued.id }, other.token)).data?.delivery).toBeNull();
    expect((await stack.gql(DELIVERY, { id: queued.id }, customer.token)).data?.delivery.status).toBe("DELIVERED");
    const events = await stack.sql("deliveries", "SELECT payload->>'type' AS type FROM platform_outbox WHERE payload->'data'->>'orderId' = $1 ORDER BY seq", [order.id]);
    expect(events.map((e) => e.type)).toEqual(["DeliveryStarted", "PizzaDelivered"]);
  });

  it("a canceled order's delivery cannot be delivered: DELIVERY_CANCELED", async () => {
    const order = await paidOrder(stack, customer);
    const queued = await queuedDelivery(stack, courier, order.id);
    await stack.gql(CANCEL_ORDER, { id: order.id }, customer.token);
    await orderBecomes(stack, customer, order.id, "CANCELED", "CANCELED");
    expect(code(await stack.gql(MARK_DELIVERED, { id: queued.id }, courier.token))).toBe("DELIVERY_CANCELED");
  });
});
