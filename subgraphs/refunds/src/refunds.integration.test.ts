/**
 * The refunds context on real PostgreSQL and real NATS: a refund taken through the real
 * turn-into-a-refund-delivery call (answered here over NATS request/reply as deliveries would,
 * refused, or not at all while "down") is stored with PizzaRefunded only when deliveries agreed;
 * a retry after a lost answer names the same refund; the end-of-return-run policies make it
 * CANCELED or COMPLETED once (COMPLETED with payments' cancellation request, reason REFUNDED),
 * however often their event is delivered; a return run deliveries made for a refund never stored
 * (DeliveryRefunded noted) takes up its id when canceled, and is stored final when completed.
 */
import { randomUUID } from "node:crypto";
import { deliveryEvents, type TurnIntoRefundDeliveryRequest, type TurnIntoRefundDeliveryResult } from "@supergraph/contracts/deliveries";
import { admission, answerSyncCall, createLogger, createMetrics, DomainError, syncCall } from "@supergraph/platform";
import { PolicyHarness, type PolicyDeps } from "@supergraph/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestPizzaRefund, type RequestPizzaRefundDeps } from "./commands/request-pizza-refund.ts";
import { LOST_REASON, RefundError, refundIdOf } from "./domain/pizza-refund.ts";
import { cancelPizzaRefund, completePizzaRefund, noteRefundDeliveryPolicy } from "./policies/end-pizza-refund.ts";

const log = createLogger("refunds-test", "silent");
let harness: PolicyHarness;
let deps: PolicyDeps;
let refunds: RequestPizzaRefundDeps;
let answerer: { drain(): Promise<void> };
/** What deliveries does with a turn: agree, refuse with a code, or not answer ("down"). */
let deliveries: "up" | "down" | string = "up";
/** Refund id -> delivery id, as deliveries keeps them (idempotent by refund id). */
const turned = new Map<string, string>();

beforeAll(async () => {
  harness = await PolicyHarness.start({
    context: "refunds",
    policies: (given) => {
      deps = given;
      return [noteRefundDeliveryPolicy, cancelPizzaRefund, completePizzaRefund];
    },
  });
  const subject = harness.bus.names.syncSubject("deliveries", "turnIntoRefundDelivery");
  answerer = answerSyncCall<TurnIntoRefundDeliveryRequest, TurnIntoRefundDeliveryResult>(harness.bus.nc, subject, async (r) => {
    if (deliveries === "down") throw new Error("deliveries is down");
    if (deliveries !== "up") throw new DomainError(deliveries, "refused");
    if (!turned.has(r.refundId)) turned.set(r.refundId, randomUUID());
    return { deliveryId: turned.get(r.refundId)! };
  }, log);
  const call = syncCall<TurnIntoRefundDeliveryRequest, TurnIntoRefundDeliveryResult>({
    nc: harness.bus.nc,
    subject,
    name: "deliveries.turnIntoRefundDelivery",
    timeoutMs: 300,
    volumeThreshold: 1_000,
    unavailable: { code: "DELIVERIES_UNAVAILABLE", message: "down" },
    log,
    metrics: createMetrics("refunds-test"),
  });
  const admit = admission({ callee: call, limit: 4, maxWaitMs: 2_000, busy: () => RefundError.unavailable("REFUNDS_BUSY", "busy") });
  refunds = { sql: harness.sql, transact: deps.transact, turnIntoRefundDelivery: call, admit };
});
afterAll(async () => {
  await answerer?.drain();
  await harness?.stop();
});

const now = new Date("2031-01-02T10:00:00.000Z");
const refundsOf = (orderId: string) => harness.rows<{ id: string; status: string; reason: string }>("SELECT id, status::text AS status, reason FROM pizza_refund WHERE order_id = $1", orderId);
const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => (error instanceof DomainError ? error.code : error));
const eventsOf = async (orderId: string, type?: string) => (await harness.recorded(type)).filter((e) => (e.data as { orderId?: string; reference?: string }).orderId === orderId || (e.data as { reference?: string }).reference === orderId);

describe("requesting a refund", () => {
  it("stores it PENDING with PizzaRefunded once deliveries turned the delivery", async () => {
    deliveries = "up";
    const orderId = randomUUID();
    const customerId = randomUUID();
    const r = await requestPizzaRefund(refunds, customerId, { orderId, reason: " Cold and late " }, now);
    expect(r).toMatchObject({ id: refundIdOf(orderId, 0), orderId, customerId, reason: "Cold and late", status: "PENDING", deliveryId: turned.get(r.id) });
    expect(await refundsOf(orderId)).toEqual([{ id: r.id, status: "PENDING", reason: "Cold and late" }]);
    await harness.settled();
    expect((await eventsOf(orderId)).map((e) => e.type)).toEqual(["PizzaRefunded"]);
    expect(await refusal(requestPizzaRefund(refunds, customerId, { orderId, reason: "again" }, now))).toBe("REFUND_ALREADY_EXISTS");
  });

  it.each([
    ["DELIVERY_NOT_DELIVERED", "ORDER_NOT_DELIVERED"],
    ["DELIVERY_NOT_FOUND", "ORDER_NOT_FOUND"],
    ["DELIVERY_ALREADY_REFUNDED", "REFUND_ALREADY_EXISTS"],
  ])("deliveries refusing with %s: %s, nothing stored or recorded", async (theirs, ours) => {
    deliveries = theirs;
    const orderId = randomUUID();
    expect(await refusal(requestPizzaRefund(refunds, randomUUID(), { orderId, reason: "Wrong pizza" }, now))).toBe(ours);
    expect(await refundsOf(orderId)).toEqual([]);
    expect(await eventsOf(orderId)).toEqual([]);
    deliveries = "up";
  });

  it("bad input is refused before deliveries is asked", async () => {
    expect(await refusal(requestPizzaRefund(refunds, randomUUID(), { orderId: "not-a-uuid", reason: "x" }, now))).toBe("ORDER_NOT_FOUND");
    expect(await refusal(requestPizzaRefund(refunds, randomUUID(), { orderId: randomUUID(), reason: " " }, now))).toBe("INVALID_REFUND_REASON");
    expect(await refusal(requestPizzaRefund(refunds, randomUUID(), { orderId: randomUUID(), reason: "x".repeat(501) }, now))).toBe("INVALID_REFUND_REASON");
  });

  it("deliveries not answering: DELIVERIES_UNAVAILABLE, nothing stored; the retry names the same refund and is one refund with the late turn", async () => {
    const orderId = randomUUID();
    const customerId = randomUUID();
    deliveries = "down";
    expect(await refusal(requestPizzaRefund(refunds, customerId, { orderId, reason: "Burnt" }, now))).toBe("DELIVERIES_UNAVAILABLE");
    expect(await refundsOf(orderId)).toEqual([]);
    // As if deliveries had applied the lost request late.
    turned.set(refundIdOf(orderId, 0), randomUUID());
    deliveries = "up";
    const r = await requestPizzaRefund(refunds, customerId, { orderId, reason: "Burnt" }, now);
    expect(r.id).toBe(refundIdOf(orderId, 0));
    expect(r.deliveryId).toBe(turned.get(r.id));
    expect(await refundsOf(orderId)).toHaveLength(1);
  });

  it("two requests at once for one order: one refund, one PizzaRefunded", async () => {
    deliveries = "up";
    const orderId = randomUUID();
    const customerId = randomUUID();
    const outcomes = await Promise.all(Array.from({ length: 4 }, () => requestPizzaRefund(refunds, customerId, { orderId, reason: "Twice" }, now).then((r) => r.id, (e: DomainError) => e.code)));
    expect(outcomes.filter((o) => o === refundIdOf(orderId, 0)).length + outcomes.filter((o) => o === "REFUND_ALREADY_EXISTS").length).toBe(4);
    expect(await refundsOf(orderId)).toHaveLength(1);
    await harness.settled();
    expect(await eventsOf(orderId, "PizzaRefunded")).toHaveLength(1);
  });
});

describe("the end of the return run", () => {
  async function pending() {
    deliveries = "up";
    const orderId = randomUUID();
    const customerId = randomUUID();
    const r = await requestPizzaRefund(refunds, customerId, { orderId, reason: "Cold" }, now);
    const data = { deliveryId: r.deliveryId, orderId, customerId, refundId: r.id, courierId: randomUUID(), at: new Date().toISOString() };
    return { r, orderId, customerId, data };
  }
  const statusOf = (id: string, status: string) =>
    harness.waitForRow(`the refund ${status}`, "SELECT status::text AS status FROM pizza_refund WHERE id = $1", [id], (row: { status: string }) => row.status === status);

  it("RefundDeliveryCanceled makes it CANCELED once, nothing asked of payments; a new refund of the order gets the next id", async () => {
    const { r, orderId, customerId, data } = await pending();
    const event = await harness.publish(deliveryEvents.RefundDeliveryCanceled, { subject: orderId, data });
    await statusOf(r.id, "CANCELED");
    await harness.redeliver(event);
    await harness.settled();
    expect((await eventsOf(orderId)).map((e) => e.type)).toEqual(["PizzaRefunded", "PizzaRefundCanceled"]);
    const again = await requestPizzaRefund(refunds, customerId, { orderId, reason: "Still cold" }, now);
    expect(again.id).toBe(refundIdOf(orderId, 1));
    expect((await refundsOf(orderId)).map((x) => x.status).sort()).toEqual(["CANCELED", "PENDING"]);
  });

  it("RefundDeliveryCompleted makes it COMPLETED once, with one PaymentCancellationRequested (reason REFUNDED) in its transaction", async () => {
    const { r, orderId, customerId, data } = await pending();
    const event = await harness.publish(deliveryEvents.RefundDeliveryCompleted, { subject: orderId, data });
    await statusOf(r.id, "COMPLETED");
    await harness.redeliver(event);
    await harness.publish(deliveryEvents.RefundDeliveryCanceled, { subject: orderId, data });
    await harness.settled();
    expect((await eventsOf(orderId)).map((e) => e.type)).toEqual(["PizzaRefunded", "PizzaRefundCompleted", "PaymentCancellationRequested"]);
    const [request] = await eventsOf(orderId, "PaymentCancellationRequested");
    expect(request!.data).toEqual({ reference: orderId, purpose: "PIZZA_ORDER", payerId: customerId, reason: "REFUNDED" });
    expect(await refundsOf(orderId)).toEqual([{ id: r.id, status: "COMPLETED", reason: "Cold" }]);
    expect(await harness.deadLetters()).toEqual([]);
  });

  describe("of a refund never stored (its request timed out after deliveries took it, and was not retried)", () => {
    async function orphan() {
      const orderId = randomUUID();
      const customerId = randomUUID();
      const refundId = refundIdOf(orderId, 0);
      const data = { deliveryId: randomUUID(), orderId, customerId, refundId, courierId: randomUUID(), at: new Date().toISOString() };
      const turned = await harness.publish(deliveryEvents.DeliveryRefunded, { subject: data.deliveryId, data: { deliveryId: data.deliveryId, orderId, customerId, refundId, at: data.at } });
      return { orderId, customerId, refundId, data, turned };
    }
    const noted = (refundId: string, accept: (r: { canceled: boolean }) => boolean = () => true) =>
      harness.waitForRow("the refund delivery noted", "SELECT canceled_at IS NOT NULL AS canceled FROM refund_delivery WHERE refund_id = $1", [refundId], accept);

    it("canceled by the courier: no refund, and the order's next refund takes the next id", async () => {
      const { orderId, customerId, refundId, data, turned } = await orphan();
      await noted(refundId);
      await harness.redeliver(turned);
      await harness.publish(deliveryEvents.RefundDeliveryCanceled, { subject: data.deliveryId, data });
      await noted(refundId, (r) => r.canceled);
      await harness.settled();
      expect(await refundsOf(orderId)).toEqual([]);
      deliveries = "up";
      const next = await requestPizzaRefund(refunds, customerId, { orderId, reason: "Cold" }, now);
      expect(next.id).toBe(refundIdOf(orderId, 1));
    });

    it("completed by the courier: stored COMPLETED with its reason said lost, and the money asked back once", async () => {
      const { orderId, customerId, refundId, data } = await orphan();
      // The end may be handled before DeliveryRefunded is noted: it waits for it (RetryLater).
      const completed = await harness.publish(deliveryEvents.RefundDeliveryCompleted, { subject: data.deliveryId, data });
      await harness.waitForRow("the refund stored final", "SELECT status::text AS status FROM pizza_refund WHERE id = $1", [refundId], (r: { status: string }) => r.status === "COMPLETED");
      await harness.redeliver(completed);
      await harness.settled();
      expect(await refundsOf(orderId)).toEqual([{ id: refundId, status: "COMPLETED", reason: LOST_REASON }]);
      expect((await eventsOf(orderId)).map((e) => e.type)).toEqual(["PizzaRefunded", "PizzaRefundCompleted", "PaymentCancellationRequested"]);
      expect((await eventsOf(orderId, "PaymentCancellationRequested"))[0]!.data).toEqual({ reference: orderId, purpose: "PIZZA_ORDER", payerId: customerId, reason: "REFUNDED" });
      expect(await refusal(requestPizzaRefund(refunds, customerId, { orderId, reason: "again" }, now))).toBe("REFUND_ALREADY_EXISTS");
      expect(await harness.deadLetters()).toEqual([]);
    });

    it("retried after the turn was noted: the retry stores the refund (same id), and the return run's end applies to it", async () => {
      const { orderId, customerId, refundId, data } = await orphan();
      await noted(refundId);
      turned.set(refundId, data.deliveryId);
      deliveries = "up";
      const r = await requestPizzaRefund(refunds, customerId, { orderId, reason: "Cold" }, now);
      expect(r).toMatchObject({ id: refundId, deliveryId: data.deliveryId, reason: "Cold" });
      await harness.publish(deliveryEvents.RefundDeliveryCompleted, { subject: data.deliveryId, data });
      await harness.waitForRow("the refund final", "SELECT status::text AS status FROM pizza_refund WHERE id = $1", [refundId], (row: { status: string }) => row.status === "COMPLETED");
      await harness.settled();
      expect(await refundsOf(orderId)).toEqual([{ id: refundId, status: "COMPLETED", reason: "Cold" }]);
      expect(await eventsOf(orderId, "PaymentCancellationRequested")).toHaveLength(1);
    });
  });
});
