import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { metric, type SignedIn, Stack, waitFor } from "@supergraph/testkit";
import { CANCEL_ORDER } from "./operations.ts";
import { ORDER_CONTEXTS, orderBecomes, orderOf, pay, paymentsOf, placed } from "./helpers.ts";

/**
 * The order side's faults through the router:
 * - payments stopped: paying fails at once with the typed, retryable PAYMENT_UNAVAILABLE, the
 *   order stays PLACED and nothing is charged; orders are still placed and canceled meanwhile
 *   (a cancellation reaches payments by event once it is back); payments restarted: the same
 *   order is paid, charged once;
 * - payments declining every charge: PAYMENT_DECLINED (not retryable), the order stays PLACED,
 *   nothing charged, and the breaker stays closed (a refusal is an answer, not a fault); the
 *   processor accepting again: the same order is paid once;
 * - deliveries stopped: orders are still paid; restarted, each paid order's delivery starts
 *   once from the event it missed.
 */
describe("pizza orders: a callee or a consumer stopped", () => {
  let stack: Stack;
  let customer: SignedIn;
  const payments = () => stack.service("payments");
  const deliveries = () => stack.service("deliveries");

  beforeAll(async () => {
    stack = await Stack.start({ "pizza-orders": { PAYMENT_TIMEOUT_MS: "5000" } }, { only: ORDER_CONTEXTS });
    customer = await stack.signUp("CUSTOMER");
  });
  afterAll(() => stack?.stop());

  it("payments stopped: PAYMENT_UNAVAILABLE (retryable), the order stays PLACED, nothing charged; orders placed and canceled meanwhile; restarted: the same order is paid once", async () => {
    const order = await placed(stack, customer);
    const toCancel = await placed(stack, customer);
    await payments().stop();
    try {
      const res = await pay(stack, customer, order.id);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: "PAYMENT_UNAVAILABLE", retryable: true });
      expect((await orderOf(stack, customer, order.id))?.status).toBe("PLACED");
      // The core keeps taking orders and cancels while payments is down.
      expect((await placed(stack, customer)).status).toBe("PLACED");
      expect((await stack.gql(CANCEL_ORDER, { id: toCancel.id }, customer.token)).data?.cancelPizzaOrder.status).toBe("CANCELED");
    } finally {
      if (!payments().running) await payments().start();
    }
    expect(await paymentsOf(stack, order.id)).toEqual([]);
    const paid = await pay(stack, customer, order.id);
    expect(paid.data?.payPizzaOrder).toMatchObject({ status: "PAID" });
    expect(await paymentsOf(stack, order.id)).toEqual([expect.objectContaining({ status: "COMPLETED", amount: order.amount })]);
    // The cancellation made while payments was down reached it: the reference is voided.
    await orderBecomes(stack, customer, toCancel.id, "CANCELED");
    await waitFor("the canceled order's reference voided", async () => (await paymentsOf(stack, toCancel.id)).find((p) => p.status === "VOIDED"));
  });

  it("2: payment refused: PAYMENT_DECLINED (not retryable), the order stays PLACED, nothing charged, the breaker closed; accepted again: the same order paid once", async () => {
    const order = await placed(stack, customer);
    const charges = (outcome: string) => metric(stack.service("pizza-orders").url, "sync_calls_total", { call: "payments.charge", outcome });
    const [refusedBefore, unavailableBefore] = [await charges("refused"), await charges("unavailable")];
    await payments().stop();
    await payments().start({ PAYMENT_FAILURE_RATE: "1" });
    try {
      for (let i = 0; i < 6; i++) {
        const res = await pay(stack, customer, order.id);
        expect(res.data?.payPizzaOrder ?? null).toBeNull();
        expect(res.errors?.[0]?.extensions?.code).toBe("PAYMENT_DECLINED");
        expect(res.errors?.[0]?.extensions?.retryable).not.toBe(true);
      }
      // Each was answered by payments as a refusal (more than the breaker's volume), none counted as a fault, none held off.
      expect((await charges("refused")) - refusedBefore).toBe(6);
      expect((await charges("unavailable")) - unavailableBefore).toBe(0);
      expect(await metric(stack.service("pizza-orders").url, "sync_call_breaker_open", { call: "payments.charge" })).toBe(0);
      expect((await orderOf(stack, customer, order.id))?.status).toBe("PLACED");
      expect(await paymentsOf(stack, order.id)).toEqual([]);
      expect(await stack.sql("pizza-orders", "SELECT 1 FROM platform_outbox WHERE payload->>'type' = 'PizzaOrderPaid' AND payload->'data'->>'orderId' = $1", [order.id])).toEqual([]);
    } finally {
      await payments().stop();
      await payments().start();
    }
    const paid = await pay(stack, customer, order.id);
    expect(paid.data?.payPizzaOrder).toMatchObject({ status: "PAID" });
    expect(await paymentsOf(stack, order.id)).toEqual([expect.objectContaining({ status: "COMPLETED", amount: order.amount })]);
  });

  it("deliveries stopped: orders are still paid; restarted: each paid order's delivery starts once", async () => {
    await deliveries().stop();
    const orders = [];
    try {
      for (let i = 0; i < 3; i++) {
        const order = await placed(stack, customer);
        expect((await pay(stack, customer, order.id)).data?.payPizzaOrder.status).toBe("PAID");
        orders.push(order);
      }
    } finally {
      if (!deliveries().running) await deliveries().start();
    }
    for (const order of orders) await orderBecomes(stack, customer, order.id, "PAID", "DELIVERING");
    const rows = await stack.sql<{ order_id: string }>("deliveries", "SELECT order_id FROM delivery WHERE order_id = ANY($1::uuid[])", [orders.map((o) => o.id)]);
    expect(rows).toHaveLength(3);
    const started = await stack.sql("deliveries", "SELECT 1 FROM platform_outbox WHERE payload->>'type' = 'DeliveryStarted' AND payload->'data'->>'orderId' = ANY($1::text[])", [orders.map((o) => o.id)]);
    expect(started).toHaveLength(3);
  });
});
