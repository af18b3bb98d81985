import { randomUUID } from "node:crypto";
import type { EventBus } from "@supergraph/platform";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { couponEventsOf, paymentsOf } from "../pizza/helpers.ts";
import { boardShows, cancel, completeReturn, deliver, menu, orderAndPay, pay, PIZZA_CONTEXTS, place, refund, REFUND } from "../pizza/status-flow.ts";
import { streamed } from "../parking/helpers.ts";
import { timelineWhere } from "../one-graph/timeline-helpers.ts";
import { deadLettersCli, metric, percentile, type SignedIn, Stack, waitFor } from "@supergraph/testkit";
import { figures } from "./figures.ts";

/** Short breakers and small pools, so the faults play out in seconds and replicas fit PostgreSQL's connections. */
const ORDERS_ENV = { PAYMENT_TIMEOUT_MS: "500", PAYMENT_BREAKER_VOLUME: "3", PAYMENT_BREAKER_RESET_MS: "3000", DATABASE_POOL_SIZE: "6" };
const SMALL_POOL = { DATABASE_POOL_SIZE: "4" };
const CHARGE = "payments.charge";
const TURN = "deliveries.turnIntoRefundDelivery";
const START_DELIVERY = "deliveries-start-delivery";
const ISSUE_COUPON = "coupons-issue-coupon";
const CANCEL_PAYMENT = "payments-cancel-payment";
/** Deliveries of a refused refund before payments parks it (backoff 100 ms doubling: 0.7 s in all). */
const MAX_DELIVERIES = 4;

/** System 3's (pizza) fault cases: coupons down, payments slow, deliveries down or slow, redelivery, replicas, parked compensations. */
describe("pizza faults", () => {
  const report = figures(import.meta.filename);
  let stack: Stack;
  let courier: SignedIn;
  let bus: EventBus;
  const service = (name: string) => stack.service(name);
  const customer = () => stack.mintUser("CUSTOMER");

  beforeAll(async () => {
    stack = await Stack.start(
      { "pizza-orders": ORDERS_ENV, deliveries: SMALL_POOL, coupons: SMALL_POOL, refunds: SMALL_POOL, views: SMALL_POOL },
      { only: PIZZA_CONTEXTS },
    );
    courier = await stack.mintUser("COURIER");
    bus = await stack.bus();
  });
  afterAll(async () => {
    await stack?.stop();
    report.save();
  });

  const count = async (context: string, sql: string, params: unknown[]) => (await stack.sql<{ n: number }>(context, sql, params))[0]!.n;
  const outboxCount = (context: string, type: string, orderIds: string[]) =>
    count(context, "SELECT count(*)::int AS n FROM platform_outbox WHERE payload->>'type' = $1 AND payload->'data'->>'orderId' = ANY($2::text[])", [type, orderIds]);
  const settled = (durable: string) =>
    waitFor(`${durable} to handle everything`, async () => {
      const info = await bus.jsm.consumers.info(bus.names.stream, durable);
      return info.num_pending === 0 && info.num_ack_pending === 0;
    });
  /** Publishes the stored event again under a new message id: the consumers get it a second time. */
  async function redeliver(publisher: string, type: string, subject: string): Promise<void> {
    const [found] = await streamed(stack, publisher, type, subject);
    const msg = await bus.jsm.streams.getMessage(bus.names.stream, { seq: found!.seq });
    if (!msg) throw new Error(`${type} of ${subject} is gone from the stream`);
    await bus.js.publish(msg.subject, msg.data, { msgID: randomUUID() });
  }

  it("FZ1: coupons stopped while customers order, pay, are delivered and refund; restarted: every missed coupon issued or revoked, once each", async () => {
    const [ann, ben, cat] = await Promise.all([customer(), customer(), customer()]);
    // Ann's order is delivered (and its coupon issued) before coupons stops.
    const annOrder = await orderAndPay(stack, ann);
    await deliver(stack, courier, annOrder);
    await waitFor("Ann's coupon issued", async () => (await couponEventsOf(stack, annOrder)).includes("CouponIssued"));

    await service("coupons").stop();
    let orders: string[];
    const downAt = performance.now();
    try {
      orders = [await orderAndPay(stack, ben), await orderAndPay(stack, cat)];
      for (const id of orders) await deliver(stack, courier, id);
      await waitFor("pizza-orders to know both delivered", async () =>
        (await count("pizza-orders", "SELECT count(*)::int AS n FROM pizza_order WHERE id = ANY($1::uuid[]) AND delivered_at IS NOT NULL", [orders])) === 2,
      );
      // Refunds are taken too: the refund's sync call is to deliveries, not coupons.
      await refund(stack, ann, annOrder, "Too salty");
    } finally {
      if (!service("coupons").running) await service("coupons").start();
    }
    const takenMs = performance.now() - downAt;
    const backAt = performance.now();
    await waitFor("the missed coupons issued and revoked", async () =>
      (await outboxCount("coupons", "CouponIssued", orders)) === 2 && (await couponEventsOf(stack, annOrder)).includes("CouponRevoked"),
    60_000);
    const caughtUpMs = performance.now() - backAt;
    await Promise.all(["coupons-issue-coupon", "coupons-revoke-coupon"].map(settled));
    expect(await couponEventsOf(stack, annOrder)).toEqual(["CouponIssued", "CouponRevoked"]);
    for (const id of orders!) expect(await couponEventsOf(stack, id)).toEqual(["CouponIssued"]);
    const statuses = await stack.sql<{ order_id: string; status: string }>("coupons", "SELECT order_id::text, status::text FROM order_coupon WHERE order_id = ANY($1::uuid[]) ORDER BY order_id", [[annOrder, ...orders!]]);
    expect(new Map(statuses.map((s) => [s.order_id, s.status]))).toEqual(new Map([[annOrder, "REVOKED"], ...orders!.map((id) => [id, "ISSUED"] as [string, string])]));
    report.record("FZ1", {
      "taken while coupons was down": "2 orders paid and delivered, 1 refund",
      "coupons ready again to all caught up": `${Math.round(caughtUpMs)} ms`,
      "CouponIssued per delivered order / CouponRevoked per refund": "1 / 1",
      "time coupons was down": `${Math.round(takenMs)} ms`,
    });
  });

  it("FZ2: payments slower than the 500 ms charge timeout: the breaker opens, refusals are fast, it closes after recovery; no order paid twice, no charge without its order PAID", async () => {
    const customers = await Promise.all(Array.from({ length: 16 }, () => customer()));
    const [pizza] = await menu(stack);
    const orders = await Promise.all(customers.map((c) => place(stack, c, [{ pizzaId: pizza!.id, quantity: 1 }])));
    const ids = orders.map((o) => o.id);
    const sent = (outcome: string) => metric(service("pizza-orders").url, "sync_calls_total", { call: CHARGE, outcome });
    const rejectedBefore = await sent("rejected_open");

    await service("payments").stop();
    await service("payments").start({ PAYMENT_LATENCY_MS: "1500" });
    const slowAt = performance.now();
    let refusals: { ms: number; code: unknown; retryable: unknown }[];
    let openMs: number;
    try {
      // The first wave times out and opens the breaker.
      const first = await Promise.all(orders.map((o, i) => pay(stack, customers[i]!, o.id).then(() => "PAID", (e: Error) => e.message)));
      // Refused as unavailable (timed out or shed while waiting its turn), never as anything else.
      expect(first.filter((r) => r !== "PAID" && !/PAYMENT_UNAVAILABLE|PIZZA_ORDERS_BUSY/.test(r))).toEqual([]);
      await waitFor("the charge breaker to open", async () => (await metric(service("pizza-orders").url, "sync_call_breaker_open", { call: CHARGE })) === 1, 30_000, 50);
      openMs = performance.now() - slowAt;
      // While it is open, each attempt is refused at once, without a call.
      const stillPlaced = (await stack.sql<{ id: string }>("pizza-orders", "SELECT id::text FROM pizza_order WHERE id = ANY($1::uuid[]) AND status = 'PLACED'", [ids])).map((r) => r.id);
      // One customer after another, as a client retrying sees it (a burst at once would time the machine's queue, not the fallback).
      refusals = [];
      for (const id of stillPlaced) {
        const started = performance.now();
        const res = await stack.gql(`mutation($id: ID!) { payPizzaOrder(id: $id) { id status } }`, { id }, customers[ids.indexOf(id)]!.token);
        refusals.push({ ms: performance.now() - started, code: res.errors?.[0]?.extensions?.code, retryable: res.errors?.[0]?.extensions?.retryable });
      }
      expect(refusals.length).toBeGreaterThan(0);
      expect(refusals.every((r) => r.code === "PAYMENT_UNAVAILABLE" && r.retryable === true)).toBe(true);
      expect(await sent("rejected_open")).toBeGreaterThan(rejectedBefore);
    } finally {
      await service("payments").stop();
      await service("payments").start();
    }
    const recoveredAt = performance.now();
    // Retried by the customers until paid; a charge that landed after its caller gave up made its order PAID by itself.
    await waitFor("every order paid", async () => {
      const placed = await stack.sql<{ id: string }>("pizza-orders", "SELECT id::text FROM pizza_order WHERE id = ANY($1::uuid[]) AND status = 'PLACED'", [ids]);
      await Promise.all(placed.map((p) => pay(stack, customers[ids.indexOf(p.id)]!, p.id).catch(() => undefined)));
      return placed.length === 0;
    }, 60_000, 500);
    const paidMs = performance.now() - recoveredAt;
    // Late charges may have paid every order by events alone: a new order's charge half-opens the breaker and closes it.
    const probe = customers[0]!;
    const next = await place(stack, probe, [{ pizzaId: pizza!.id, quantity: 1 }]);
    await waitFor("a new order paid once the breaker lets a call through", () => pay(stack, probe, next.id).then(() => true, () => false), 30_000, 500);
    ids.push(next.id);
    await waitFor("the breaker to close", async () => (await metric(service("pizza-orders").url, "sync_call_breaker_open", { call: CHARGE })) === 0, 30_000);
    for (const id of ids) expect((await paymentsOf(stack, id)).map((p) => p.status)).toEqual(["COMPLETED"]);
    expect(await count("pizza-orders", "SELECT count(*)::int AS n FROM pizza_order WHERE id = ANY($1::uuid[]) AND status = 'PAID'", [ids])).toBe(ids.length);
    await waitFor("one delivery per order", async () => (await count("deliveries", "SELECT count(*)::int AS n FROM delivery WHERE order_id = ANY($1::uuid[])", [ids])) === ids.length);
    report.record("FZ2", {
      "concurrent customers": customers.length,
      "payment latency / charge timeout": "1500 ms / 500 ms",
      "slowed to breaker open": `${Math.round(openMs!)} ms`,
      "refusals while open (through the router)": `${refusals!.length}, p50 ${percentile(refusals!.map((r) => r.ms), 50)} ms, p99 ${percentile(refusals!.map((r) => r.ms), 99)} ms`,
      "payments fast again to every order paid": `${Math.round(paidMs)} ms`,
      "payments per order / orders PAID": `1 COMPLETED each / ${ids.length} of ${ids.length} (a probe order included)`,
    });
  });

  it("FZ3: deliveries stopped: a refund is refused DELIVERIES_UNAVAILABLE, retryable, storing nothing; restarted: the same refund is taken", async () => {
    const dee = await customer();
    const orderId = await orderAndPay(stack, dee);
    await deliver(stack, courier, orderId);
    await waitFor("pizza-orders to know it delivered", async () => (await count("pizza-orders", "SELECT count(*)::int AS n FROM pizza_order WHERE id = $1::uuid AND delivered_at IS NOT NULL", [orderId])) === 1);

    await service("deliveries").stop();
    let refusedMs: number;
    let res;
    try {
      const started = performance.now();
      res = await stack.gql(REFUND, { input: { orderId, reason: "Burnt crust" } }, dee.token);
      refusedMs = performance.now() - started;
    } finally {
      if (!service("deliveries").running) await service("deliveries").start();
    }
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "DELIVERIES_UNAVAILABLE", retryable: true });
    expect(await count("refunds", "SELECT count(*)::int AS n FROM pizza_refund WHERE order_id = $1::uuid", [orderId])).toBe(0);
    expect(await outboxCount("refunds", "PizzaRefunded", [orderId])).toBe(0);
    expect(await count("deliveries", "SELECT count(*)::int AS n FROM delivery WHERE order_id = $1::uuid AND status = 'DELIVERED'", [orderId])).toBe(1);

    const taken = await waitFor("the same refund taken once deliveries is back", async () => {
      const again = await stack.gql(REFUND, { input: { orderId, reason: "Burnt crust" } }, dee.token);
      return again.data?.requestPizzaRefund ?? null;
    }, 30_000, 500);
    expect(taken).toMatchObject({ status: "PENDING", reason: "Burnt crust" });
    expect(await count("deliveries", "SELECT count(*)::int AS n FROM delivery WHERE order_id = $1::uuid AND status = 'REFUNDED'", [orderId])).toBe(1);
    report.record("FZ3", {
      "refund while deliveries is down": `refused DELIVERIES_UNAVAILABLE (retryable) in ${Math.round(refusedMs!)} ms`,
      "stored while down": "no refund, no PizzaRefunded, the delivery still DELIVERED",
      "deliveries back": "the same request taken: PENDING, the delivery REFUNDED",
    });
  });

  it("FZ4: PizzaOrderPaid and PizzaDelivered delivered a second time have no second effect", async () => {
    const eli = await customer();
    const orderId = await orderAndPay(stack, eli);
    const deliveryId = await deliver(stack, courier, orderId);
    await waitFor("the coupon issued", async () => (await couponEventsOf(stack, orderId)).includes("CouponIssued"));
    const duplicates = (url: string, consumer: string) => metric(url, "events_handled_total", { consumer, outcome: "duplicate" });
    const before = [await duplicates(service("deliveries").url, START_DELIVERY), await duplicates(service("coupons").url, ISSUE_COUPON)];
    await redeliver("pizza-orders", "PizzaOrderPaid", orderId);
    await redeliver("deliveries", "PizzaDelivered", deliveryId);
    await Promise.all([START_DELIVERY, ISSUE_COUPON, "views-pizza-order-paid", "views-pizza-delivered"].map(settled));
    await waitFor("the redeliveries dropped by the inboxes", async () =>
      (await duplicates(service("deliveries").url, START_DELIVERY)) > before[0]! && (await duplicates(service("coupons").url, ISSUE_COUPON)) > before[1]!,
    );
    const effects = {
      deliveries: await count("deliveries", "SELECT count(*)::int AS n FROM delivery WHERE order_id = $1::uuid", [orderId]),
      DeliveryStarted: await outboxCount("deliveries", "DeliveryStarted", [orderId]),
      CouponIssued: await outboxCount("coupons", "CouponIssued", [orderId]),
      boardRows: await count("views", "SELECT count(*)::int AS n FROM pizza_order_view WHERE order_id = $1::uuid", [orderId]),
    };
    expect(effects).toEqual({ deliveries: 1, DeliveryStarted: 1, CouponIssued: 1, boardRows: 1 });
    report.record("FZ4", {
      "events delivered twice": "PizzaOrderPaid, PizzaDelivered",
      "deliveries / DeliveryStarted / CouponIssued / board rows": "1 / 1 / 1 / 1",
    });
  });

  it("FZ5: two replicas of deliveries share the durable consumer; 30 orders paid at once: one delivery each", async () => {
    const replica = await stack.addReplica("deliveries", SMALL_POOL);
    onTestFinished(() => replica.stop());
    const applied = (url: string) => metric(url, "events_handled_total", { consumer: START_DELIVERY, outcome: "applied" });
    const before = [await applied(service("deliveries").url), await applied(replica.url)];
    const customers = await Promise.all(Array.from({ length: 30 }, () => customer()));
    const started = performance.now();
    const ids = await Promise.all(customers.map((c) => orderAndPay(stack, c)));
    await waitFor("every paid order's delivery started", async () => (await count("deliveries", "SELECT count(*)::int AS n FROM delivery WHERE order_id = ANY($1::uuid[])", [ids])) === 30, 60_000);
    const startedMs = performance.now() - started;
    await settled(START_DELIVERY);
    expect(await outboxCount("deliveries", "DeliveryStarted", ids)).toBe(30);
    const byReplica = [(await applied(service("deliveries").url)) - before[0]!, (await applied(replica.url)) - before[1]!];
    expect(byReplica[0]! + byReplica[1]!).toBe(30);
    expect(byReplica.every((n) => n > 0)).toBe(true);
    report.record("FZ5", {
      "orders paid at once": 30,
      "deliveries / DeliveryStarted": "30 / 30",
      "applied by replica 1 / replica 2": `${byReplica[0]} / ${byReplica[1]}`,
      "all started after": `${Math.round(startedMs)} ms`,
    });
  });

  it("FZ6: the money of a canceled order and of a final refund, refused again and again by the processor: retried, parked where the operator and the customer see it, replayed: each payment given back once", async () => {
    const payments = service("payments");
    await payments.stop();
    await payments.start({ PAYMENT_REFUND_FAILURE_RATE: "1", EVENT_MAX_DELIVERIES: String(MAX_DELIVERIES) });
    onTestFinished(async () => {
      if (payments.running) await payments.stop();
      await payments.start();
    });
    const parkedGauge = () => metric(payments.url, "events_dead_letters_parked", { consumer: CANCEL_PAYMENT });
    const parkedBefore = await parkedGauge();
    const [fia, gil] = await Promise.all([customer(), customer()]);
    // Fia cancels her paid order before its delivery (pizza-orders asks payments for the money back);
    // Gil's order is delivered, refunded and brought back, so the refund is final (refunds asks).
    const canceledOrder = await orderAndPay(stack, fia);
    await cancel(stack, fia, canceledOrder);
    const refundedOrder = await orderAndPay(stack, gil);
    const deliveryId = await deliver(stack, courier, refundedOrder);
    await refund(stack, gil, refundedOrder, "Never ordered anchovies");
    const requestedAt = Date.now();
    await completeReturn(stack, courier, deliveryId);
    const orders = [canceledOrder, refundedOrder];
    const owners = [fia, gil];

    // The two compensations: payments' PaymentCancellationRequested in each publisher's outbox
    // (refunds records its own once it has applied the completed return run).
    const requests = await Promise.all(
      ([["pizza-orders", canceledOrder], ["refunds", refundedOrder]] as const).map(([publisher, orderId]) =>
        waitFor(`${publisher}'s PaymentCancellationRequested of ${orderId}`, async () => {
          const rows = await stack.sql<{ id: string }>(publisher, "SELECT payload->>'id' AS id FROM platform_outbox WHERE payload->>'type' = 'PaymentCancellationRequested' AND payload->'data'->>'reference' = $1", [orderId]);
          return rows.length === 1 ? { publisher, id: rows[0]!.id } : null;
        }),
      ),
    );
    const dead = () =>
      stack.sql<{ id: number; event_id: string; deliveries: number; reason: string; created_at: Date; replayed_at: Date | null }>(
        "payments",
        "SELECT id::int, event_id, deliveries, reason, created_at, replayed_at FROM platform_dead_letter WHERE consumer = $1 AND event_id = ANY($2::text[]) ORDER BY id",
        [CANCEL_PAYMENT, requests.map((r) => r.id)],
      );
    const parked = await waitFor("both requests parked", async () => {
      const rows = await dead();
      return rows.length === 2 ? rows : null;
    }, 60_000, 200);
    const parkedMs = Math.max(...parked.map((d) => new Date(d.created_at).getTime())) - requestedAt;
    expect(parked.map((d) => d.deliveries)).toEqual([MAX_DELIVERIES, MAX_DELIVERIES]);
    expect(parked.every((d) => d.reason.includes("refused the refund"))).toBe(true);
    // Parked means done for JetStream: terminated, not left unacknowledged to come back after ack_wait (30 s) and be parked again.
    await waitFor("the parked messages terminated", async () => (await bus.jsm.consumers.info(bus.names.stream, CANCEL_PAYMENT)).num_ack_pending === 0, 20_000, 100);

    // Visible to operators (the gauge, the CLI) and to each customer (the case timeline, through the router).
    expect(await parkedGauge()).toBe(parkedBefore + 2);
    const listed = await deadLettersCli(stack, "payments", "list");
    for (const r of requests) expect(listed).toContain(r.id);
    for (const [i, orderId] of orders.entries()) {
      const waiting = await timelineWhere(stack, orderId, owners[i]!.token, "the parked refund", (t) => t.hasParked, 60_000);
      expect(waiting.events.find((e) => e.parked)).toMatchObject({
        context: "payments",
        type: "EventParked",
        parkedDetail: { consumer: CANCEL_PAYMENT, eventId: requests[i]!.id, eventType: "PaymentCancellationRequested" },
      });
    }
    // Meanwhile the money is still taken and owed; the order stays CANCELED and the refund COMPLETED (final).
    const paymentStatuses = async () => Promise.all(orders.map(async (id) => (await paymentsOf(stack, id)).map((p) => p.status)));
    expect(await paymentStatuses()).toEqual([["COMPLETED"], ["COMPLETED"]]);
    expect((await stack.sql<{ status: string }>("pizza-orders", "SELECT status::text FROM pizza_order WHERE id = $1::uuid", [canceledOrder]))[0]!.status).toBe("CANCELED");
    expect((await stack.sql<{ status: string }>("refunds", "SELECT status::text FROM pizza_refund WHERE order_id = $1::uuid", [refundedOrder])).map((r) => r.status)).toEqual(["COMPLETED"]);

    // The operator fixes the processor and replays what was parked: each payment is given back once.
    await payments.stop();
    await payments.start();
    const replayedAt = Date.now();
    expect(await deadLettersCli(stack, "payments", "replay", ...parked.map((d) => String(d.id)))).toContain("replayed 2");
    await waitFor("the replayed refunds done", async () => (await paymentStatuses()).every((s) => s.length === 1 && s[0] === "CANCELED"), 30_000, 200);
    const givenBackMs = Date.now() - replayedAt;
    for (const [i, orderId] of orders.entries()) {
      await boardShows(stack, owners[i]!, orderId, "the payment given back", (r) => r.paymentStatus === "CANCELED");
      const done = await timelineWhere(stack, orderId, owners[i]!.token, "the replayed refund", (t) => !t.hasParked && t.events.some((e) => e.type === "PaymentCanceled"), 60_000);
      expect(done.events.filter((e) => e.type === "PaymentCanceled")).toHaveLength(1);
    }
    await settled(CANCEL_PAYMENT);
    expect(await count("payments", "SELECT count(*)::int AS n FROM platform_outbox WHERE payload->>'type' = 'PaymentCanceled' AND payload->'data'->>'reference' = ANY($1::text[])", [orders])).toBe(2);
    expect((await dead()).every((d) => d.replayed_at !== null)).toBe(true);
    expect(await parkedGauge()).toBe(parkedBefore);
    report.record("FZ6", {
      "compensations refused and parked": "2 (a canceled order's refund from pizza-orders, a final refund's from refunds)",
      "deliveries before parking": MAX_DELIVERIES,
      "last compensation asked to both parked": `${parkedMs} ms`,
      "shown to the customer": "case timeline hasParked, EventParked with the consumer and the request",
      "replayed to both payments given back": `${givenBackMs} ms`,
      "PaymentCanceled per order": "1 / 1",
    });
  });

  it("FZ7: deliveries slower than the refund's 500 ms timeout: the breaker opens, refusals are fast and store nothing, it closes after recovery; one refund per order, the one its delivery carries", async () => {
    const customers = await Promise.all(Array.from({ length: 12 }, () => customer()));
    const ids = await Promise.all(customers.map(async (c) => {
      const id = await orderAndPay(stack, c);
      await deliver(stack, courier, id);
      return id;
    }));
    const refunds = () => service("refunds");
    const turns = (outcome: string) => metric(refunds().url, "sync_calls_total", { call: TURN, outcome });
    const breakerOpen = () => metric(refunds().url, "sync_call_breaker_open", { call: TURN });
    const stored = () => stack.sql<{ id: string; order_id: string; status: string }>("refunds", "SELECT id::text, order_id::text, status::text FROM pizza_refund WHERE order_id = ANY($1::uuid[])", [ids]);
    const ask = (i: number) => stack.gql(REFUND, { input: { orderId: ids[i]!, reason: "Late and cold" } }, customers[i]!.token);
    const rejectedBefore = await turns("rejected_open");

    await service("deliveries").stop();
    await service("deliveries").start({ DELIVERY_LATENCY_MS: "1500" });
    const slowAt = performance.now();
    let refusals: number[];
    let openMs: number;
    try {
      // The crowd's calls time out and open the breaker.
      const crowd = await Promise.all(customers.map((_, i) => ask(i)));
      expect(crowd.map((r) => r.errors?.[0]?.extensions?.code)).toEqual(Array(12).fill("DELIVERIES_UNAVAILABLE"));
      await waitFor("the refund-delivery breaker to open", async () => (await breakerOpen()) === 1, 30_000, 50);
      openMs = performance.now() - slowAt;
      // While it is open, each customer's retry is refused at once, unsent, saying when to come back.
      refusals = [];
      for (const i of customers.keys()) {
        const started = performance.now();
        const res = await ask(i);
        refusals.push(performance.now() - started);
        expect(res.errors?.[0]?.extensions).toMatchObject({ code: "DELIVERIES_UNAVAILABLE", retryable: true, retryAfterMs: expect.any(Number) });
      }
      expect((await turns("rejected_open")) - rejectedBefore).toBeGreaterThanOrEqual(12);
      expect(await stored()).toEqual([]);
      expect(await outboxCount("refunds", "PizzaRefunded", ids)).toBe(0);
    } finally {
      await service("deliveries").stop();
      await service("deliveries").start();
    }
    const recoveredAt = performance.now();
    // Each customer retries until taken; a turn deliveries made late for a timed-out call is the same refund.
    await waitFor("every refund taken", async () => {
      const taken = new Set((await stored()).map((r) => r.order_id));
      await Promise.all(ids.map((id, i) => (taken.has(id) ? undefined : ask(i))));
      return (await stored()).length === ids.length;
    }, 60_000, 500);
    const takenMs = performance.now() - recoveredAt;
    await waitFor("the refund-delivery breaker to close", async () => (await breakerOpen()) === 0, 30_000);
    const rows = await stored();
    expect(rows.map((r) => r.status)).toEqual(Array(12).fill("PENDING"));
    expect(new Set(rows.map((r) => r.order_id)).size).toBe(12);
    const carried = await stack.sql<{ order_id: string; refund_id: string; status: string }>("deliveries", "SELECT order_id::text, refund_id::text, status::text FROM delivery WHERE order_id = ANY($1::uuid[])", [ids]);
    expect(new Map(carried.map((d) => [d.order_id, [d.status, d.refund_id]]))).toEqual(new Map(rows.map((r) => [r.order_id, ["REFUNDED", r.id]])));
    expect(await outboxCount("refunds", "PizzaRefunded", ids)).toBe(12);
    report.record("FZ7", {
      "concurrent customers": customers.length,
      "deliveries' latency / refund timeout": "1500 ms / 500 ms",
      "slowed to breaker open": `${Math.round(openMs!)} ms`,
      "refusals while open, one customer after another (through the router)": `${refusals!.length}, p50 ${percentile(refusals!, 50)} ms, p99 ${percentile(refusals!, 99)} ms`,
      "stored while slow": "no refund, no PizzaRefunded",
      "deliveries fast again to every refund taken": `${Math.round(takenMs)} ms`,
      "refunds per order / PizzaRefunded": "1 PENDING each, the one its delivery carries / 12",
    });
  });
});
