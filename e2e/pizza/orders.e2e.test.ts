import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { metric, openSubscriptions, type SignedIn, Stack, Subscriber, waitFor } from "@supergraph/testkit";
import { CANCEL_ORDER, DELIVERY, MY_DELIVERIES, MY_ORDERS, ORDER_PAYMENT } from "./operations.ts";
import { deliver, MARGHERITA, MARINARA, menu, ORDER_CONTEXTS, orderBecomes, orderKnownDelivered, orderOf, paidOrder, pay, paymentsOf, PEPPERONI, placed } from "./helpers.ts";

/**
 * System 3's order side through the router, as clients call it: the customer orders pizza types
 * and quantities from the menu (1), pays it through payments synchronously (2), after which
 * its delivery starts (3) and a courier delivers it; the customer cancels before the delivery
 * (4), and the cancellation's compensations run by events: the charge refunded (or the reference
 * voided when it was not paid) and the delivery canceled (5). Every status change of the order
 * and of its delivery is pushed over graphql-ws with fields of other subgraphs.
 */
const MY_ORDER_CHANGES = `subscription($after: String) { myPizzaOrderChanges(after: $after) {
  cursor status order { id status amount customer { id name } payment { id status } delivery { id } } } }`;
const MY_DELIVERY_CHANGES = `subscription { myDeliveryChanges { cursor status delivery { id status order { id status amount } } } }`;

describe("pizza orders", () => {
  let stack: Stack;
  let courier: SignedIn;
  const subscribers: Subscriber[] = [];
  const subscribe = (token: string, query: string) =>
    openSubscriptions(stack.router.url, 1, () => {
      const s = new Subscriber(stack.router.url, token).subscribe(query);
      subscribers.push(s);
      return s;
    });

  beforeAll(async () => {
    // A generous charge timeout: this is the functional path on a loaded machine, not the breaker's test.
    stack = await Stack.start({ "pizza-orders": { PAYMENT_TIMEOUT_MS: "5000" } }, { only: ORDER_CONTEXTS });
    courier = await stack.signUp("COURIER");
  });
  afterAll(async () => {
    await Promise.all(subscribers.map((s) => s.close()));
    await stack?.stop();
  });

  it("the menu: seven pizza types with prices in cents, readable without a token", async () => {
    const pizzas = await menu(stack);
    expect(pizzas).toHaveLength(7);
    expect(pizzas.find((p) => p.id === MARGHERITA)).toMatchObject({ name: "Margherita", price: 1090 });
  });

  it("1, 2, 3: a customer orders types and quantities (PLACED, priced), pays (PAID, charged once by the order id), its delivery starts and a courier delivers it; pushed live", async () => {
    const customer = await stack.signUp("CUSTOMER", "Cora Customer");
    const orders = await subscribe(customer.token, MY_ORDER_CHANGES);
    const deliveries = await subscribe(customer.token, MY_DELIVERY_CHANGES);

    const order = await placed(stack, customer, [{ pizzaId: MARGHERITA, quantity: 2 }, { pizzaId: PEPPERONI, quantity: 1 }, { pizzaId: MARGHERITA, quantity: 1 }]);
    expect(order).toMatchObject({ status: "PLACED", amount: 3 * 1090 + 1290, payment: null, customer: { id: customer.userId } });
    expect(order.lines).toEqual([
      { name: "Margherita", quantity: 3, unitPrice: 1090, pizza: { id: MARGHERITA, name: "Margherita", price: 1090 } },
      { name: "Pepperoni", quantity: 1, unitPrice: 1290, pizza: { id: PEPPERONI, name: "Pepperoni", price: 1290 } },
    ]);

    const paid = (await pay(stack, customer, order.id)).data?.payPizzaOrder;
    expect(paid).toMatchObject({ id: order.id, status: "PAID", paidAt: expect.any(String), payment: { id: expect.any(String) } });
    expect((await stack.gql(ORDER_PAYMENT, { id: order.id }, customer.token)).data?.pizzaOrder.payment).toEqual({ id: paid!.payment!.id, status: "COMPLETED", amount: order.amount, reference: order.id });
    expect(await paymentsOf(stack, order.id)).toHaveLength(1);

    const started = await orderBecomes(stack, customer, order.id, "PAID", "DELIVERING");
    const delivered = await deliver(stack, courier, order.id);
    expect(delivered).toMatchObject({ id: started.delivery!.id, status: "DELIVERED", courier: { id: courier.userId }, order: { id: order.id }, deliveredAt: expect.any(String) });
    await orderKnownDelivered(stack, customer, order.id);
    expect((await orderOf(stack, customer, order.id))?.delivery).toEqual({ id: delivered.id, status: "DELIVERED" });
    expect((await stack.gql(MY_ORDERS, {}, customer.token)).data?.myPizzaOrders).toEqual([{ id: order.id, status: "PAID", amount: order.amount }]);
    expect((await stack.gql(MY_DELIVERIES, {}, customer.token)).data?.myDeliveries).toEqual([{ id: delivered.id, status: "DELIVERED", order: { id: order.id } }]);

    const orderChanges = await orders.waitForCount(2);
    expect(orderChanges.map((c) => c.myPizzaOrderChanges.status)).toEqual(["PLACED", "PAID"]);
    expect(orderChanges[1].myPizzaOrderChanges.order).toMatchObject({ id: order.id, status: "PAID", customer: { id: customer.userId, name: "Cora Customer" }, payment: { status: "COMPLETED" } });
    const deliveryChanges = await deliveries.waitForCount(2);
    expect(deliveryChanges.map((c) => c.myDeliveryChanges.status)).toEqual(["DELIVERING", "DELIVERED"]);
    expect(deliveryChanges[1].myDeliveryChanges.delivery).toMatchObject({ id: delivered.id, status: "DELIVERED", order: { id: order.id, status: "PAID", amount: order.amount } });

    // 4: delivered, it can no longer be canceled.
    expect((await stack.gql(CANCEL_ORDER, { id: order.id }, customer.token)).errors?.[0]?.extensions?.code).toBe("ORDER_ALREADY_DELIVERED");
  });

  it("4, 5: a paid order canceled before its delivery: CANCELED at once; by events its payment is refunded and its delivery canceled", async () => {
    const customer = await stack.signUp("CUSTOMER");
    const order = await paidOrder(stack, customer, [{ pizzaId: MARINARA, quantity: 4 }]);
    const { delivery } = await orderBecomes(stack, customer, order.id, "PAID", "DELIVERING");
    const canceled = (await stack.gql(CANCEL_ORDER, { id: order.id }, customer.token)).data?.cancelPizzaOrder;
    expect(canceled).toMatchObject({ id: order.id, status: "CANCELED", canceledAt: expect.any(String) });

    await orderBecomes(stack, customer, order.id, "CANCELED", "CANCELED");
    const refunded = await waitFor("the payment refunded", async () => {
      const p = (await stack.gql(ORDER_PAYMENT, { id: order.id }, customer.token)).data?.pizzaOrder.payment;
      return p?.status === "CANCELED" ? p : null;
    });
    expect(refunded).toMatchObject({ amount: 4 * 890, reference: order.id });
    expect((await stack.gql(DELIVERY, { id: delivery!.id }, customer.token)).data?.delivery).toMatchObject({ status: "CANCELED", canceledAt: expect.any(String) });
    expect((await stack.gql(CANCEL_ORDER, { id: order.id }, customer.token)).errors?.[0]?.extensions?.code).toBe("ORDER_ALREADY_CANCELED");
  });

  it("4, 5: an order canceled before it was paid: no delivery, its reference voided so it can never be charged; paying it is ORDER_NOT_PLACED", async () => {
    const customer = await stack.signUp("CUSTOMER");
    const order = await placed(stack, customer);
    expect((await stack.gql(CANCEL_ORDER, { id: order.id }, customer.token)).data?.cancelPizzaOrder.status).toBe("CANCELED");
    await waitFor("payments to void the order's reference", async () => (await paymentsOf(stack, order.id)).find((p) => p.status === "VOIDED"));
    expect((await pay(stack, customer, order.id)).errors?.[0]?.extensions?.code).toBe("ORDER_NOT_PLACED");
    expect((await orderOf(stack, customer, order.id))?.delivery).toBeNull();
  });

  it("2: paying twice, also at once: one PAID order, one charge, the others ORDER_NOT_PLACED", async () => {
    const customer = await stack.signUp("CUSTOMER");
    const order = await placed(stack, customer);
    const results = await Promise.all([1, 2, 3].map(() => pay(stack, customer, order.id)));
    const codes = results.map((r) => r.data?.payPizzaOrder?.status ?? r.errors?.[0]?.extensions?.code);
    expect(codes).toContain("PAID");
    expect(codes.every((c) => c === "PAID" || c === "ORDER_NOT_PLACED")).toBe(true);
    expect((await pay(stack, customer, order.id)).errors?.[0]?.extensions?.code).toBe("ORDER_NOT_PLACED");
    expect(await paymentsOf(stack, order.id)).toEqual([expect.objectContaining({ status: "COMPLETED", amount: order.amount })]);
    await orderBecomes(stack, customer, order.id, "PAID", "DELIVERING");
    expect(await stack.sql("deliveries", "SELECT 1 FROM delivery WHERE order_id = $1", [order.id])).toHaveLength(1);
  });

  it("two replicas of pizza-orders: every order delivered is noted once (PizzaDelivered applied once between them), so none can be canceled", async () => {
    const replica = await stack.addReplica("pizza-orders", { PAYMENT_TIMEOUT_MS: "5000" });
    try {
      const customers = await Promise.all(Array.from({ length: 10 }, () => stack.mintUser("CUSTOMER")));
      const orders = await Promise.all(customers.map((c) => paidOrder(stack, c)));
      for (const order of orders) await deliver(stack, courier, order.id);
      await Promise.all(orders.map((o, i) => orderKnownDelivered(stack, customers[i]!, o.id)));
      const applied = (url: string) => metric(url, "events_handled_total", { consumer: "pizza-orders-note-delivery", outcome: "applied" });
      const noted = await waitFor("both replicas' counts to add up", async () => {
        const [a, b] = await Promise.all([applied(stack.service("pizza-orders").url), applied(replica.url)]);
        return a + b >= 11 ? ([a, b] as const) : null; // the first test's delivery, and these ten
      });
      expect(noted[0] + noted[1]).toBe(11);
      const codes = await Promise.all(orders.map(async (o, i) => (await stack.gql(CANCEL_ORDER, { id: o.id }, customers[i]!.token)).errors?.[0]?.extensions?.code));
      expect(codes).toEqual(Array(10).fill("ORDER_ALREADY_DELIVERED"));
    } finally {
      await replica.stop();
    }
  });
});
