import { performance } from "node:perf_hooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GraphQLResponse, metric, percentile, type SignedIn, Stack, waitFor } from "@supergraph/testkit";
import { ORDER_CONTEXTS, pay, type PizzaOrder, placed } from "./helpers.ts";

const CHARGE = { call: "payments.charge" };
/** The original's charge timeout; payments is slowed past it (600-700 ms a charge). */
const SLOW_PAYMENTS = { PAYMENT_LATENCY_MS: "600", PAYMENT_LATENCY_JITTER_MS: "100" };
/** Long enough for the open phase to be measured whole on a loaded machine; recovery waits it out. */
const RESET_MS = 15_000;

/**
 * Payments slowed past the orders' 500 ms charge timeout under concurrent customers: the charges
 * sent time out (PAYMENT_UNAVAILABLE, retryable) and the breaker opens; the payments waiting
 * their turn then, and every one made while it is open, are refused at once, unsent, with
 * `retryAfterMs` (their latency through the router is logged); every order stays PLACED unless
 * its charge landed late, in which case payments' PaymentCompleted makes it PAID, so no charge
 * is left without its order. Payments fast again: the breaker closes and the remaining orders
 * are paid; no order is paid twice or charged under a second payment.
 */
describe("payments slowed past the orders' charge timeout", () => {
  let stack: Stack;
  const orders = () => stack.service("pizza-orders");
  const payments = () => stack.service("payments");

  beforeAll(async () => {
    stack = await Stack.start(
      {
        "pizza-orders": {
          PAYMENT_TIMEOUT_MS: "500",
          PAYMENT_BREAKER_VOLUME: "5",
          PAYMENT_BREAKER_RESET_MS: String(RESET_MS),
          PIZZA_PAYMENT_ADMISSION_LIMIT: "4",
          PIZZA_PAYMENT_QUEUE_TIMEOUT_MS: "60000",
        },
        payments: SLOW_PAYMENTS,
      },
      { only: ORDER_CONTEXTS },
    );
  });
  afterAll(() => stack?.stop());

  const code = (r: GraphQLResponse) => r.errors?.[0]?.extensions?.code;
  async function placeFor(n: number): Promise<{ customer: SignedIn; order: PizzaOrder }[]> {
    return Promise.all(
      Array.from({ length: n }, async () => {
        const customer = await stack.mintUser("CUSTOMER");
        return { customer, order: await placed(stack, customer) };
      }),
    );
  }
  const timedPay = async ({ customer, order }: { customer: SignedIn; order: PizzaOrder }) => {
    const started = performance.now();
    const res = await pay(stack, customer, order.id);
    return { res, ms: performance.now() - started };
  };
  const statuses = async (ids: string[]) =>
    new Map((await stack.sql<{ id: string; status: string }>("pizza-orders", "SELECT id::text, status::text AS status FROM pizza_order WHERE id = ANY($1::uuid[])", [ids])).map((r) => [r.id, r.status]));
  const completedPayments = async (ids: string[]) =>
    stack.sql<{ reference: string; n: number }>("payments", "SELECT reference, count(*)::int AS n FROM payment WHERE reference = ANY($1::text[]) AND status = 'COMPLETED' GROUP BY reference", [ids]);
  /** Orders whose state disagrees with payments: a completed charge without a PAID order, or a PAID order without its one charge. */
  const mismatches = async (ids: string[]) => {
    const status = await statuses(ids);
    const charged = new Map((await completedPayments(ids)).map((p) => [p.reference, p.n]));
    return ids.filter((id) => (status.get(id) === "PAID") !== (charged.get(id) === 1) || (charged.get(id) ?? 0) > 1);
  };

  it("opens, refuses fast and unsent, leaves no charge without its PAID order, and closes after recovery with every order paid once", async () => {
    // 1. A rush of 30 customers paying at once against the slowed payments.
    // Placed first, so the open phase below is only payments.
    const [rush, crowd] = await Promise.all([placeFor(30), placeFor(20)]);
    const ids = rush.map((r) => r.order.id);
    const first = await Promise.all(rush.map(timedPay));
    expect(first.map(({ res }) => [code(res), res.errors?.[0]?.extensions?.retryable])).toEqual(Array(rush.length).fill(["PAYMENT_UNAVAILABLE", true]));
    expect(await metric(orders().url, "sync_call_breaker_transitions_total", { ...CHARGE, state: "open" })).toBeGreaterThanOrEqual(1);
    const sent = await metric(orders().url, "sync_calls_total", { ...CHARGE, outcome: "unavailable" });
    const unsent = first.filter(({ res }) => typeof res.errors?.[0]?.extensions?.retryAfterMs === "number");
    expect(unsent.length).toBeGreaterThan(0);
    expect(sent).toBeLessThan(rush.length);
    // Right after: every order still PLACED (late charges may land from now on).
    const afterRush = await statuses(ids);
    expect([...afterRush.values()].filter((s) => s !== "PLACED" && s !== "PAID")).toEqual([]);

    // 2. While it is open: every payment refused at once, unsent, with when to come back.
    const rejectedBefore = await metric(orders().url, "sync_calls_total", { ...CHARGE, outcome: "rejected_open" });
    const open = await Promise.all(crowd.map(timedPay));
    expect(open.map(({ res }) => [code(res), res.errors?.[0]?.extensions?.retryable, typeof res.errors?.[0]?.extensions?.retryAfterMs])).toEqual(
      Array(crowd.length).fill(["PAYMENT_UNAVAILABLE", true, "number"]),
    );
    expect(await metric(orders().url, "sync_calls_total", { ...CHARGE, outcome: "rejected_open" })).toBe(rejectedBefore + crowd.length);
    // One after another too: a refusal's own latency, without 20 requests queueing on the machine's cores.
    const oneByOne = [];
    for (const c of crowd.slice(0, 10)) oneByOne.push(await timedPay(c));
    expect(oneByOne.map(({ res }) => code(res))).toEqual(Array(10).fill("PAYMENT_UNAVAILABLE"));
    const crowdIds = crowd.map((c) => c.order.id);
    expect([...(await statuses(crowdIds)).values()]).toEqual(Array(crowd.length).fill("PLACED"));
    expect(await stack.sql("payments", "SELECT 1 FROM payment WHERE reference = ANY($1::text[])", [crowdIds])).toEqual([]);

    // 3. The charges that landed after their call gave up: each order PAID from payments' event, none left without it.
    // Every charge sent reached payments, which completes it in its own time (600-700 ms each): all of them land.
    await waitFor("every charge sent to land and be applied to its order", async () => (await completedPayments(ids)).length === sent && (await mismatches(ids)).length === 0, 60_000, 250);
    const lateCharged = (await completedPayments(ids)).length;

    // 4. Payments fast again: after its reset the breaker lets a trial through, closes, and every order still PLACED is paid.
    await payments().stop();
    await payments().start({ PAYMENT_LATENCY_MS: "0", PAYMENT_LATENCY_JITTER_MS: "0" });
    const all = [...rush, ...crowd];
    const placedNow = async () => {
      const status = await statuses(all.map((a) => a.order.id));
      return all.filter((a) => status.get(a.order.id) === "PLACED");
    };
    const [trial, ...rest] = await placedNow();
    await waitFor("a payment to succeed once payments is fast again", async () => (await pay(stack, trial!.customer, trial!.order.id)).data?.payPizzaOrder ?? null, 60_000, 500);
    await waitFor("the breaker to close", async () => (await metric(orders().url, "sync_call_breaker_open", CHARGE)) === 0);
    const recovered = await Promise.all(rest.map(timedPay));
    expect(recovered.map(({ res }) => res.errors ?? res.data?.payPizzaOrder.status)).toEqual(Array(rest.length).fill("PAID"));

    // 5. The books balance: every order PAID with exactly one completed charge and one PizzaOrderPaid.
    const allIds = all.map((a) => a.order.id);
    await waitFor("payments and orders to agree", async () => (await mismatches(allIds)).length === 0, 30_000, 250);
    expect([...(await statuses(allIds)).values()]).toEqual(Array(allIds.length).fill("PAID"));
    const paidEvents = await stack.sql<{ subject: string; n: number }>(
      "pizza-orders",
      "SELECT payload->>'subject' AS subject, count(*)::int AS n FROM platform_outbox WHERE payload->>'type' = 'PizzaOrderPaid' AND payload->>'subject' = ANY($1::text[]) GROUP BY 1",
      [allIds],
    );
    expect(paidEvents).toHaveLength(allIds.length);
    expect(paidEvents.every((e) => e.n === 1)).toBe(true);

    const waitedMs = unsent.map((r) => r.ms);
    const openMs = open.map((r) => r.ms);
    console.log(
      `[pizza orders' breaker] rush of ${rush.length}: ${sent} charges sent and timed out, ${unsent.length} refused unsent; ${lateCharged} late charges applied (orders PAID from PaymentCompleted); ` +
        `refusals of the rush's waiting payments (their wait for a turn included) p99 ${percentile(waitedMs, 99)} ms; ` +
        `${crowd.length} refused while open, through the router p50 ${percentile(openMs, 50)} ms, p99 ${percentile(openMs, 99)} ms, one at a time p50 ${percentile(oneByOne.map((r) => r.ms), 50)} ms, p99 ${percentile(oneByOne.map((r) => r.ms), 99)} ms; ` +
        `after recovery ${rest.length + 1} paid, p99 ${percentile(recovered.map((r) => r.ms), 99)} ms; orders paid twice: 0; charges without their PAID order: 0`,
    );
  });
});
