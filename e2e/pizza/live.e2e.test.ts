import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSubscriptions, type SignedIn, Stack, Subscriber, waitFor } from "@supergraph/testkit";
import { cancel, cancelReturn, completeReturn, deliver, menu, orderAndPay, pay, PIZZA_CONTEXTS, place, refund } from "./status-flow.ts";

/*
 * Live status of pizza orders, deliveries, refunds and coupons through the router over graphql-ws: the
 * customer's subscriptions push every status change of their own cases, with fields of other
 * subgraphs selected in the payload (a delivery's order amount and coupon, a refund's delivery),
 * resumable from a cursor.
 */

const ORDER_CHANGES = `subscription($after: String) { myPizzaOrderChanges(after: $after) {
  cursor status occurredAt order { id status amount lines { name quantity } delivery { id } } } }`;
const DELIVERY_CHANGES = `subscription($after: String) { myDeliveryChanges(after: $after) {
  cursor status delivery { id status order { id amount status coupon { code status } refund { reason } } } } }`;
const REFUND_CHANGES = `subscription($after: String) { myPizzaRefundChanges(after: $after) {
  cursor status refund { id status reason final order { id amount } delivery { id status } } } }`;

const COUPON_CHANGES = `subscription($after: String) { myCouponChanges(after: $after) {
  cursor status occurredAt coupon { id code status order { id amount status } } } }`;
const ONE_COUPON = `subscription($id: ID!) { couponChanges(id: $id) { cursor status coupon { id status } } }`;

const statuses = (s: Subscriber, field: string) => s.received.map((r) => r[field].status as string);

describe("live pizza status", () => {
  let stack: Stack;
  let courier: SignedIn;
  const subscribers: Subscriber[] = [];
  const subscriber = (token: string | undefined) => {
    const s = new Subscriber(stack.router.url, token);
    subscribers.push(s);
    return s;
  };

  beforeAll(async () => {
    stack = await Stack.start({}, { only: PIZZA_CONTEXTS });
    courier = await stack.signUp("COURIER");
  });
  afterAll(async () => {
    await Promise.all(subscribers.map((s) => s.close()));
    await stack?.stop();
  });

  it("a customer's subscriptions push PLACED -> PAID, DELIVERING -> DELIVERED -> REFUNDED -> RETURNED and the refund PENDING -> COMPLETED, with other subgraphs' fields; another customer sees nothing", async () => {
    const [cora, dora] = await Promise.all([stack.signUp("CUSTOMER", "Cora Customer"), stack.signUp("CUSTOMER")]);
    const [orders, deliveries, refunds, others] = await openSubscriptions(stack.router.url, 4, () => [
      subscriber(cora.token).subscribe(ORDER_CHANGES),
      subscriber(cora.token).subscribe(DELIVERY_CHANGES),
      subscriber(cora.token).subscribe(REFUND_CHANGES),
      subscriber(dora.token).subscribe(ORDER_CHANGES),
    ]);

    const orderId = await orderAndPay(stack, cora);
    await orders.waitForCount(2);
    expect(statuses(orders, "myPizzaOrderChanges")).toEqual(["PLACED", "PAID"]);
    const paid = orders.received[1].myPizzaOrderChanges;
    expect(paid.order).toMatchObject({ id: orderId, status: "PAID", amount: expect.any(Number) });
    expect(paid.order.lines).toHaveLength(2);

    await deliveries.waitForCount(1);
    const deliveryId = await deliver(stack, courier, orderId);
    await deliveries.waitForCount(2);
    expect(statuses(deliveries, "myDeliveryChanges")).toEqual(["DELIVERING", "DELIVERED"]);
    expect(deliveries.received[1].myDeliveryChanges.delivery).toMatchObject({ id: deliveryId, order: { id: orderId, amount: paid.order.amount } });
    // The coupon is issued from PizzaDelivered: read through the graph, it shows once coupons applied it.
    await waitFor("the coupon on the order", async () => (await stack.gql(`query($id: ID!) { pizzaOrder(id: $id) { coupon { code } } }`, { id: orderId }, cora.token)).data?.pizzaOrder?.coupon);

    const taken = await refund(stack, cora, orderId, "Arrived cold");
    await deliveries.waitForCount(3);
    await refunds.waitForCount(1);
    expect(deliveries.received[2].myDeliveryChanges).toMatchObject({ status: "REFUNDED", delivery: { id: deliveryId, order: { refund: { reason: "Arrived cold" } } } });
    expect(refunds.received[0].myPizzaRefundChanges).toMatchObject({
      status: "PENDING",
      refund: { id: taken.id, reason: "Arrived cold", order: { id: orderId, amount: paid.order.amount }, delivery: { id: deliveryId } },
    });

    await completeReturn(stack, courier, deliveryId);
    await deliveries.waitForCount(4);
    await refunds.waitForCount(2);
    expect(statuses(deliveries, "myDeliveryChanges")).toEqual(["DELIVERING", "DELIVERED", "REFUNDED", "RETURNED"]);
    expect(refunds.received[1].myPizzaRefundChanges).toMatchObject({ status: "COMPLETED", refund: { id: taken.id, final: true } });

    const cursors = deliveries.received.map((c) => Number(c.myDeliveryChanges.cursor.split(":")[0]));
    expect(cursors).toEqual([...cursors].sort((a, b) => a - b));
    expect(others.received).toEqual([]);
    expect([...orders.errors, ...deliveries.errors, ...refunds.errors, ...others.errors]).toEqual([]);
  });

  it("a canceled order is pushed PLACED -> PAID -> CANCELED and its delivery DELIVERING -> CANCELED", async () => {
    const eve = await stack.signUp("CUSTOMER");
    const [orders, deliveries] = await openSubscriptions(stack.router.url, 2, () => [subscriber(eve.token).subscribe(ORDER_CHANGES), subscriber(eve.token).subscribe(DELIVERY_CHANGES)]);
    const orderId = await orderAndPay(stack, eve);
    await deliveries.waitForCount(1);
    await cancel(stack, eve, orderId);
    await orders.waitForCount(3);
    await deliveries.waitForCount(2);
    expect(statuses(orders, "myPizzaOrderChanges")).toEqual(["PLACED", "PAID", "CANCELED"]);
    expect(statuses(deliveries, "myDeliveryChanges")).toEqual(["DELIVERING", "CANCELED"]);
    expect(orders.received[2].myPizzaOrderChanges.order).toMatchObject({ id: orderId, status: "CANCELED" });
  });

  it("a subscriber that comes back with its last cursor gets the missed changes in order, none twice, then live ones", async () => {
    const gil = await stack.signUp("CUSTOMER");
    const first = await openSubscriptions(stack.router.url, 1, () => subscriber(gil.token).subscribe(ORDER_CHANGES));
    const [a] = await menu(stack);
    const one = await place(stack, gil, [{ pizzaId: a!.id, quantity: 1 }]);
    await first.waitForCount(1);
    const lastSeen = first.received[0].myPizzaOrderChanges.cursor as string;
    await first.close();

    // Offline: the first order paid, a second placed.
    await pay(stack, gil, one.id);
    const two = await place(stack, gil, [{ pizzaId: a!.id, quantity: 2 }]);
    await waitFor("the missed changes to be published", async () =>
      (await stack.sql<{ n: number }>("pizza-orders", "SELECT count(*)::int AS n FROM platform_outbox WHERE published_at IS NOT NULL AND payload->'data'->>'customerId' = $1 AND payload->>'type' LIKE 'PizzaOrder%'", [gil.userId]))[0]!.n >= 3,
    );

    const resumed = subscriber(gil.token).subscribe(ORDER_CHANGES, { after: lastSeen });
    const missed = await resumed.waitForCount(2);
    expect(missed.map((m) => `${m.myPizzaOrderChanges.order.id}:${m.myPizzaOrderChanges.status}`).sort()).toEqual([`${one.id}:PAID`, `${two.id}:PLACED`].sort());

    await cancel(stack, gil, two.id);
    const after = await resumed.waitForCount(3);
    expect(after[2].myPizzaOrderChanges).toMatchObject({ status: "CANCELED", order: { id: two.id } });
    expect(after).toHaveLength(3);
  });

  it("the customer's coupon is pushed ISSUED on delivery, REVOKED on refund, ISSUED again when the return run is canceled, with its order from pizza-orders; another customer's couponChanges is refused COUPON_NOT_FOUND", async () => {
    const [hal, ivy] = await Promise.all([stack.signUp("CUSTOMER"), stack.signUp("CUSTOMER")]);
    const [coupons, others] = await openSubscriptions(stack.router.url, 2, () => [subscriber(hal.token).subscribe(COUPON_CHANGES), subscriber(ivy.token).subscribe(COUPON_CHANGES)]);
    const orderId = await orderAndPay(stack, hal);
    const deliveryId = await deliver(stack, courier, orderId);

    await coupons.waitForCount(1);
    const issued = coupons.received[0].myCouponChanges;
    expect(issued).toMatchObject({ status: "ISSUED", coupon: { id: expect.any(String), code: expect.stringMatching(/^PIZZA-/), order: { id: orderId, amount: expect.any(Number) } } });
    const couponId = issued.coupon.id as string;

    // One coupon by id: its customer's; another customer's is refused like an unknown one.
    const [one, theirs, unknown] = await openSubscriptions(stack.router.url, 1, () => [
      subscriber(hal.token).subscribe(ONE_COUPON, { id: couponId }),
      subscriber(ivy.token).subscribe(ONE_COUPON, { id: couponId }),
      subscriber(ivy.token).subscribe(ONE_COUPON, { id: randomUUID() }),
    ]);
    for (const refused of [theirs, unknown]) {
      await waitFor("the subscription to be refused", () => refused.errors.length > 0 || refused.closedWith !== undefined);
      expect(refused.errors[0]).toMatchObject({ message: "No coupon with that id.", extensions: { code: "COUPON_NOT_FOUND" } });
      expect(refused.received).toEqual([]);
    }

    await refund(stack, hal, orderId, "Arrived cold");
    await coupons.waitForCount(2);
    await one.waitForCount(1);
    expect(coupons.received[1].myCouponChanges).toMatchObject({ status: "REVOKED", coupon: { id: couponId, order: { id: orderId } } });
    expect(one.received[0].couponChanges).toMatchObject({ status: "REVOKED", coupon: { id: couponId } });

    await cancelReturn(stack, courier, deliveryId);
    await coupons.waitForCount(3);
    await one.waitForCount(2);
    expect(statuses(coupons, "myCouponChanges")).toEqual(["ISSUED", "REVOKED", "ISSUED"]);
    expect(coupons.received[2].myCouponChanges.coupon).toMatchObject({ id: couponId, status: "ISSUED" });
    expect(statuses(one, "couponChanges")).toEqual(["REVOKED", "ISSUED"]);
    expect(others.received).toEqual([]);
    expect([...coupons.errors, ...one.errors, ...others.errors]).toEqual([]);
  });

  it("a subscription without a token is refused", async () => {
    const anonymous = subscriber(undefined).subscribe(ORDER_CHANGES);
    await waitFor("the anonymous subscription to be refused", () => anonymous.errors.length > 0 || anonymous.closedWith !== undefined);
    expect(anonymous.received).toEqual([]);
  });
});
