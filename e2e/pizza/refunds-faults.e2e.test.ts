import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SignedIn, Stack, waitFor } from "@supergraph/testkit";
import { deliveredOrder, deliveryOf, orderShows, REFUND_CONTEXTS, requestRefund } from "./helpers.ts";
import { COMPLETE_REFUND_DELIVERY } from "./operations.ts";

/*
 * The refund's sync call to deliveries when deliveries cannot answer (requirement 8 and the
 * "deliveries stopped" scenario):
 * - deliveries stopped: a refund fails at once with the typed, retryable DELIVERIES_UNAVAILABLE
 *   and stores nothing; restarted, the same request succeeds;
 * - deliveries slowed past the 500 ms timeout under concurrent customers: every refund is
 *   refused DELIVERIES_UNAVAILABLE, the open breaker's refusals unsent (with retryAfterMs), no
 *   refund stored; the turns that deliveries applied late are not lost or doubled: each
 *   customer's retry names the same refund (its id derives from the order), deliveries answers
 *   the same delivery, and each order ends with exactly one refund, the one its delivery carries;
 *   a customer who never retries still gets the money back when the courier completes that
 *   return run (refunds knew it from DeliveryRefunded and stores the refund final).
 */
describe("refunds with deliveries down or slow", () => {
  let stack: Stack;
  let courier: SignedIn;
  const deliveries = () => stack.service("deliveries");

  beforeAll(async () => {
    // 8 refunds at a time: the ones waiting when the breaker opens are refused unsent.
    stack = await Stack.start({ refunds: { REFUND_DELIVERY_BREAKER_RESET_MS: "1500", REFUND_ADMISSION_LIMIT: "8" } }, { only: REFUND_CONTEXTS });
    courier = await stack.signUp("COURIER");
  });
  afterAll(() => stack?.stop());

  const refundRows = (orderIds: string[]) =>
    stack.sql<{ id: string; orderId: string; status: string }>("refunds", `SELECT id, order_id AS "orderId", status::text AS status FROM pizza_refund WHERE order_id = ANY($1::uuid[])`, [orderIds]);
  const refundEvents = (orderIds: string[]) =>
    stack.sql("refunds", "SELECT 1 FROM platform_outbox WHERE payload->'data'->>'orderId' = ANY($1::text[])", [orderIds]);

  it("deliveries stopped: DELIVERIES_UNAVAILABLE (retryable), nothing stored; restarted: the same refund succeeds", async () => {
    const cora = await stack.signUp("CUSTOMER");
    const { order, delivery } = await deliveredOrder(stack, cora, courier);
    await deliveries().stop();
    try {
      for (let i = 0; i < 2; i++) {
        const res = await requestRefund(stack, cora, order.id, "Cold");
        expect(res.data?.requestPizzaRefund ?? null).toBeNull();
        expect(res.errors?.[0]?.extensions).toMatchObject({ code: "DELIVERIES_UNAVAILABLE", retryable: true });
      }
      expect(await refundRows([order.id])).toEqual([]);
      expect(await refundEvents([order.id])).toEqual([]);
    } finally {
      if (!deliveries().running) await deliveries().start();
    }
    const refund = await waitFor("the refund to succeed once deliveries is back", async () => {
      const res = await requestRefund(stack, cora, order.id, "Cold");
      if (res.errors) expect(res.errors[0]?.extensions?.code).toBe("DELIVERIES_UNAVAILABLE");
      return res.data?.requestPizzaRefund ?? null;
    });
    expect(refund).toMatchObject({ status: "PENDING", reason: "Cold", delivery: { id: delivery.id, status: "REFUNDED" } });
    expect(await refundRows([order.id])).toEqual([{ id: refund.id, orderId: order.id, status: "PENDING" }]);
  });

  it("deliveries slowed past the timeout under 20 customers: all refused, nothing stored; the late turns and the retries are one refund per order", async () => {
    const customers = await Promise.all(Array.from({ length: 20 }, () => stack.signUp("CUSTOMER")));
    const orders = await Promise.all(customers.map((c) => deliveredOrder(stack, c, courier)));
    const orderIds = orders.map((o) => o.order.id);
    await deliveries().stop();
    await deliveries().start({ DELIVERY_LATENCY_MS: "1500" });
    let sent: number;
    try {
      const started = Date.now();
      const results = await Promise.all(customers.map((c, i) => requestRefund(stack, c, orderIds[i]!, "Too slow")));
      console.log(`20 refunds against a deliveries slowed to 1.5 s: all answered in ${Date.now() - started} ms`);
      const refusals = results.map((r) => r.errors?.[0]?.extensions);
      expect(refusals.every((e) => e?.code === "DELIVERIES_UNAVAILABLE" && e.retryable === true)).toBe(true);
      // Refused by the open breaker, never sent: they say when to come back.
      const unsent = refusals.filter((e) => typeof e?.retryAfterMs === "number").length;
      expect(unsent).toBeGreaterThan(0);
      sent = refusals.length - unsent;
      expect(await refundRows(orderIds)).toEqual([]);
      // The calls that timed out land late in deliveries: their deliveries become REFUNDED for a refund not stored.
      await waitFor(`the ${sent} late turns to land`, async () => {
        const refunded = await stack.sql<{ n: number }>("deliveries", "SELECT count(*)::int AS n FROM delivery WHERE order_id = ANY($1::uuid[]) AND status = 'REFUNDED'", [orderIds]);
        return refunded[0]!.n === sent ? true : null;
      });
    } finally {
      await deliveries().stop();
      await deliveries().start({ DELIVERY_LATENCY_MS: "0" });
    }

    // One customer never retries: the courier completes the return run deliveries made for the
    // lost request, and the money goes back all the same (refunds knew it from DeliveryRefunded).
    const late = await stack.sql<{ orderId: string; id: string }>("deliveries", `SELECT order_id AS "orderId", id FROM delivery WHERE order_id = ANY($1::uuid[]) AND status = 'REFUNDED'`, [orderIds]);
    const abandoned = orderIds.indexOf(late[0]!.orderId);
    const completed = await stack.gql(COMPLETE_REFUND_DELIVERY, { id: late[0]!.id }, courier.token);
    expect(completed.data?.completeRefundDelivery?.status).toBe("RETURNED");
    const final = await orderShows(stack, customers[abandoned]!, orderIds[abandoned]!, "the unretried refund COMPLETED and its payment CANCELED", (o) => o.refund?.status === "COMPLETED" && o.payment?.status === "CANCELED");
    expect(final.refund).toMatchObject({ final: true, reason: expect.stringContaining("Not recorded") });

    const retrying = customers.map((c, i) => ({ c, i })).filter(({ i }) => i !== abandoned);
    const [first, ...others] = retrying;
    await waitFor("a refund to succeed once deliveries is fast again", async () => (await requestRefund(stack, first!.c, orderIds[first!.i]!, "Too slow")).data?.requestPizzaRefund ?? null);
    const retried = await Promise.all(others.map(({ c, i }) => requestRefund(stack, c, orderIds[i]!, "Too slow")));
    expect(retried.map((r) => r.data?.requestPizzaRefund?.status)).toEqual(Array(18).fill("PENDING"));

    const stored = await refundRows(orderIds);
    expect(stored).toHaveLength(20);
    for (const [i, { delivery }] of orders.entries()) {
      const now = await deliveryOf(stack, customers[i]!, delivery.id);
      expect(now?.status).toBe(i === abandoned ? "RETURNED" : "REFUNDED");
      expect(stored.find((r) => r.orderId === orderIds[i])?.id).toBe(now?.refundId);
    }
    console.log(`late turns: ${sent!} of 20, ${sent! - 1} adopted by the customer's retry, 1 completed without one (money back)`);
  });
});
