import { randomUUID } from "node:crypto";
import type { TurnIntoRefundDeliveryRequest, TurnIntoRefundDeliveryResult } from "@supergraph/contracts/deliveries";
import { createLogger, createMetrics, syncCall, type EventBus, type SyncCall } from "@supergraph/platform";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { metric, openSubscriptions, type ServiceProcess, type SignedIn, Stack, Subscriber, waitFor } from "@supergraph/testkit";
import { CANCEL_REFUND_DELIVERY, COMPLETE_REFUND_DELIVERY, DELIVERY, DELIVERY_QUEUE } from "./operations.ts";
import { deliver, type Delivery, ORDER_CONTEXTS, orderBecomes, orderOf, paidOrder, pay, placed } from "./helpers.ts";

/**
 * The deliveries context through the router and its sync call over NATS: two replicas of
 * deliveries start exactly one delivery per paid order (3); the call
 * `deliveries.turnIntoRefundDelivery`, made here as the refunds context makes it, turns a
 * delivered order's delivery into a refund delivery (9), idempotent by refund id, refused with
 * its typed codes; the courier cancels the return run (back to DELIVERED: 11, deliveries' side)
 * or completes it (RETURNED: the refund final); each change is pushed live. DELIVERY_LATENCY_MS
 * slows the call's answer past a caller's timeout, and a call answered late still takes effect
 * (what the refunds' breaker test builds on).
 */
const MY_DELIVERY_CHANGES = `subscription { myDeliveryChanges { status delivery { id status refundId order { id status } } } }`;

describe("deliveries", () => {
  let stack: Stack;
  let bus: EventBus;
  let courier: SignedIn;
  let replica: ServiceProcess;
  let turn: SyncCall<TurnIntoRefundDeliveryRequest, TurnIntoRefundDeliveryResult>;
  const subscribers: Subscriber[] = [];
  const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;
  const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: { code?: string }) => error.code ?? error);
  const call = (timeoutMs: number) =>
    syncCall<TurnIntoRefundDeliveryRequest, TurnIntoRefundDeliveryResult>({
      nc: bus.nc,
      subject: bus.names.syncSubject("deliveries", "turnIntoRefundDelivery"),
      name: "deliveries.turnIntoRefundDelivery",
      timeoutMs,
      volumeThreshold: 1_000,
      unavailable: { code: "DELIVERIES_UNAVAILABLE", message: "Deliveries cannot answer right now." },
      log: createLogger("deliveries-e2e", "silent"),
      metrics: createMetrics(`deliveries-e2e-${timeoutMs}`),
    });

  beforeAll(async () => {
    stack = await Stack.start({ "pizza-orders": { PAYMENT_TIMEOUT_MS: "5000" } }, { only: ORDER_CONTEXTS });
    courier = await stack.signUp("COURIER");
    bus = await stack.bus();
    turn = call(5_000);
  });
  afterAll(async () => {
    await Promise.all(subscribers.map((s) => s.close()));
    await stack?.stop();
  });

  /** A customer's order, paid and delivered. */
  async function deliveredOrder(): Promise<{ customer: SignedIn; orderId: string; delivery: Delivery }> {
    const customer = await stack.signUp("CUSTOMER");
    const order = await paidOrder(stack, customer);
    return { customer, orderId: order.id, delivery: await deliver(stack, courier, order.id) };
  }

  it("3: two replicas of deliveries, 20 orders paid at once: one delivery and one DeliveryStarted per order, each payment event applied once between them", async () => {
    replica = await stack.addReplica("deliveries");
    const customers = await Promise.all(Array.from({ length: 20 }, () => stack.mintUser("CUSTOMER")));
    const orders = await Promise.all(customers.map((c) => placed(stack, c)));
    const paid = await Promise.all(orders.map((o, i) => pay(stack, customers[i]!, o.id)));
    expect(paid.map((r) => r.data?.payPizzaOrder.status)).toEqual(Array(20).fill("PAID"));
    const ids = orders.map((o) => o.id);
    await waitFor("a delivery for every order", async () => (await stack.sql("deliveries", "SELECT 1 FROM delivery WHERE order_id = ANY($1::uuid[])", [ids])).length === 20);
    const started = await stack.sql<{ order: string; n: number }>(
      "deliveries",
      "SELECT payload->'data'->>'orderId' AS order, count(*)::int AS n FROM platform_outbox WHERE payload->>'type' = 'DeliveryStarted' AND payload->'data'->>'orderId' = ANY($1::text[]) GROUP BY 1",
      [ids],
    );
    expect(started).toHaveLength(20);
    expect(started.every((s) => s.n === 1)).toBe(true);
    const applied = (url: string) => metric(url, "events_handled_total", { consumer: "deliveries-start-delivery", outcome: "applied" });
    const [a, b] = await Promise.all([applied(stack.service("deliveries").url), applied(replica.url)]);
    expect(a + b).toBe(20);
    console.log(`[deliveries] two replicas applied ${a} + ${b} of the 20 PizzaOrderPaid`);
    await replica.stop();
  });

  it("9, 11: the refund call turns a delivered delivery into a refund delivery once per refund; the courier cancels the run (DELIVERED again) or completes it (RETURNED); pushed live", async () => {
    const { customer, orderId, delivery } = await deliveredOrder();
    const live = await openSubscriptions(stack.router.url, 1, () => {
      const s = new Subscriber(stack.router.url, customer.token).subscribe(MY_DELIVERY_CHANGES);
      subscribers.push(s);
      return s;
    });
    const first = randomUUID();
    expect(await turn({ orderId, customerId: customer.userId, refundId: first })).toEqual({ deliveryId: delivery.id });
    expect(await turn({ orderId, customerId: customer.userId, refundId: first })).toEqual({ deliveryId: delivery.id });
    expect((await orderOf(stack, customer, orderId))?.delivery).toEqual({ id: delivery.id, status: "REFUNDED" });
    expect(await refusal(turn({ orderId, customerId: customer.userId, refundId: randomUUID() }))).toBe("DELIVERY_ALREADY_REFUNDED");
    const queue = (await stack.gql(DELIVERY_QUEUE, {}, courier.token)).data?.deliveryQueue as Delivery[];
    expect(queue.find((d) => d.id === delivery.id)).toMatchObject({ status: "REFUNDED" });

    const canceled = (await stack.gql(CANCEL_REFUND_DELIVERY, { id: delivery.id }, courier.token)).data?.cancelRefundDelivery;
    expect(canceled).toMatchObject({ status: "DELIVERED", refundId: null, refundedAt: null });
    const second = randomUUID();
    expect(await turn({ orderId, customerId: customer.userId, refundId: second })).toEqual({ deliveryId: delivery.id });
    const returned = (await stack.gql(COMPLETE_REFUND_DELIVERY, { id: delivery.id }, courier.token)).data?.completeRefundDelivery;
    expect(returned).toMatchObject({ status: "RETURNED", refundId: second, returnedAt: expect.any(String) });
    expect(code(await stack.gql(CANCEL_REFUND_DELIVERY, { id: delivery.id }, courier.token))).toBe("DELIVERY_NOT_REFUNDED");

    const pushed = await live.waitForCount(4);
    expect(pushed.map((p) => p.myDeliveryChanges.status)).toEqual(["REFUNDED", "DELIVERED", "REFUNDED", "RETURNED"]);
    expect(pushed.at(-1).myDeliveryChanges.delivery).toMatchObject({ id: delivery.id, status: "RETURNED", refundId: second, order: { id: orderId, status: "PAID" } });
    const events = await stack.sql<{ type: string; correlation: string }>(
      "deliveries",
      "SELECT payload->>'type' AS type, payload->>'correlationid' AS correlation FROM platform_outbox WHERE payload->'data'->>'orderId' = $1 ORDER BY seq",
      [orderId],
    );
    expect(events.map((e) => e.type)).toEqual(["DeliveryStarted", "PizzaDelivered", "DeliveryRefunded", "RefundDeliveryCanceled", "DeliveryRefunded", "RefundDeliveryCompleted"]);
    expect(events.every((e) => e.correlation === orderId)).toBe(true);
  });

  it("9: refusals of the call: an order not delivered yet, another customer's, an unknown order; nothing changes", async () => {
    const customer = await stack.signUp("CUSTOMER");
    const order = await paidOrder(stack, customer);
    const { delivery } = await orderBecomes(stack, customer, order.id, "PAID", "DELIVERING");
    expect(await refusal(turn({ orderId: order.id, customerId: customer.userId, refundId: randomUUID() }))).toBe("DELIVERY_NOT_DELIVERED");
    const done = await deliveredOrder();
    expect(await refusal(turn({ orderId: done.orderId, customerId: customer.userId, refundId: randomUUID() }))).toBe("DELIVERY_NOT_FOUND");
    expect(await refusal(turn({ orderId: randomUUID(), customerId: customer.userId, refundId: randomUUID() }))).toBe("DELIVERY_NOT_FOUND");
    expect((await stack.gql(DELIVERY, { id: delivery!.id }, customer.token)).data?.delivery.status).toBe("DELIVERING");
    expect((await stack.gql(DELIVERY, { id: done.delivery.id }, done.customer.token)).data?.delivery.status).toBe("DELIVERED");
  });

  it("DELIVERY_LATENCY_MS: a call slower than its caller's timeout fails DELIVERIES_UNAVAILABLE, and still takes effect when answered late", async () => {
    const { customer, orderId, delivery } = await deliveredOrder();
    await stack.service("deliveries").stop();
    await stack.service("deliveries").start({ DELIVERY_LATENCY_MS: "1500" });
    const impatient = call(500);
    const refundId = randomUUID();
    expect(await refusal(impatient({ orderId, customerId: customer.userId, refundId }))).toBe("DELIVERIES_UNAVAILABLE");
    await waitFor("the late call to take effect", async () => ((await stack.gql(DELIVERY, { id: delivery.id }, customer.token)).data?.delivery.status === "REFUNDED" ? true : null));
    // The caller asking again with the same refund (its retry) gets the same answer.
    expect(await turn({ orderId, customerId: customer.userId, refundId })).toEqual({ deliveryId: delivery.id });
    await stack.service("deliveries").stop();
    await stack.service("deliveries").start({ DELIVERY_LATENCY_MS: "0" });
  });
});
