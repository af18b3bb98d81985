/**
 * The deliveries context on real PostgreSQL and real NATS: one delivery per paid order however
 * often PizzaOrderPaid is delivered; a paid order's cancel cancels it, also when the cancel is
 * handled before the payment (a CANCELED delivery, started by nothing after); the sync call
 * `deliveries.turnIntoRefundDelivery` answered over NATS request/reply as the refunds context
 * calls it: REFUNDED once per refund (idempotent by refund id), its refusals as typed codes;
 * the courier's moves on the return run.
 */
import { randomUUID } from "node:crypto";
import type { TurnIntoRefundDeliveryRequest, TurnIntoRefundDeliveryResult } from "@supergraph/contracts/deliveries";
import { pizzaOrderEvents } from "@supergraph/contracts/pizza-orders";
import { answerSyncCall, commandCausation, createLogger, createMetrics, DomainError, syncCall, type SyncCall } from "@supergraph/platform";
import { PolicyHarness, type PolicyDeps } from "@supergraph/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { courierMove } from "./commands/courier.ts";
import { refundDeliveryAnswers } from "./commands/refund-delivery.ts";
import { deliveriesOfOrders } from "./infra/delivery-store.ts";
import { cancelDelivery, startDelivery } from "./policies/order-events.ts";

const log = createLogger("deliveries-test", "silent");
let harness: PolicyHarness;
let deps: PolicyDeps;
let answerer: { drain(): Promise<void> };
let turn: SyncCall<TurnIntoRefundDeliveryRequest, TurnIntoRefundDeliveryResult>;

beforeAll(async () => {
  harness = await PolicyHarness.start({
    context: "deliveries",
    policies: (given) => {
      deps = given;
      return [startDelivery, cancelDelivery];
    },
  });
  const subject = harness.bus.names.syncSubject("deliveries", "turnIntoRefundDelivery");
  const { turnIntoRefundDelivery } = refundDeliveryAnswers(deps.transact, () => new Date());
  answerer = answerSyncCall(harness.bus.nc, subject, turnIntoRefundDelivery, log);
  turn = syncCall({
    nc: harness.bus.nc,
    subject,
    name: "deliveries.turnIntoRefundDelivery",
    timeoutMs: 3_000,
    volumeThreshold: 1_000,
    unavailable: { code: "DELIVERIES_UNAVAILABLE", message: "down" },
    log,
    metrics: createMetrics("deliveries-test"),
  });
});
afterAll(async () => {
  await answerer?.drain();
  await harness?.stop();
});

const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => (error instanceof DomainError ? error.code : error));
const deliveryOf = async (orderId: string) => (await deliveriesOfOrders(harness.sql, [orderId]))[0];
const recordedFor = async (type: string, orderId: string) => (await harness.recorded(type)).filter((e) => (e.data as { orderId: string }).orderId === orderId);
const paid = (orderId: string, customerId: string) =>
  harness.publish(pizzaOrderEvents.PizzaOrderPaid, {
    subject: orderId,
    data: { orderId, customerId, paymentId: randomUUID(), amount: 1090, paidAt: new Date().toISOString() },
    causation: commandCausation(orderId),
  });
const canceled = (orderId: string, customerId: string, wasPaid = true) =>
  harness.publish(pizzaOrderEvents.PizzaOrderCanceled, { subject: orderId, data: { orderId, customerId, wasPaid, canceledAt: new Date().toISOString() }, causation: commandCausation(orderId) });
const statusBecomes = (orderId: string, status: string) =>
  harness.waitForRow(`the delivery ${status}`, "SELECT status::text AS status FROM delivery WHERE order_id = $1", [orderId], (r: { status: string }) => r.status === status);

/** A paid order's delivery, delivered by a courier. */
async function deliveredOrder(): Promise<{ orderId: string; customerId: string; deliveryId: string }> {
  const orderId = randomUUID();
  const customerId = randomUUID();
  await paid(orderId, customerId);
  await statusBecomes(orderId, "DELIVERING");
  const { id: deliveryId } = (await deliveryOf(orderId))!;
  await courierMove({ sql: harness.sql, transact: deps.transact }, "MarkDelivered", deliveryId, randomUUID(), new Date());
  return { orderId, customerId, deliveryId };
}

describe("the order's events", () => {
  it("PizzaOrderPaid starts one delivery, however often it is delivered, its events in the order's case", async () => {
    const orderId = randomUUID();
    const event = await paid(orderId, randomUUID());
    await statusBecomes(orderId, "DELIVERING");
    await harness.redeliver(event);
    await paid(orderId, randomUUID()); // a second payment event of the order (another id): still one delivery
    await harness.settled();
    const started = await recordedFor("DeliveryStarted", orderId);
    expect(started).toHaveLength(1);
    expect(started[0]!.correlationid).toBe(orderId);
    expect(await harness.rows("SELECT 1 FROM delivery WHERE order_id = $1", orderId)).toHaveLength(1);
  });

  it("PizzaOrderCanceled of a paid order cancels its delivery", async () => {
    const orderId = randomUUID();
    const customerId = randomUUID();
    await paid(orderId, customerId);
    await statusBecomes(orderId, "DELIVERING");
    const event = await canceled(orderId, customerId);
    await statusBecomes(orderId, "CANCELED");
    await harness.redeliver(event);
    await harness.settled();
    expect(await recordedFor("DeliveryCanceled", orderId)).toHaveLength(1);
  });

  it("the cancel handled before the payment: the delivery is CANCELED and the payment's event starts nothing", async () => {
    const orderId = randomUUID();
    const customerId = randomUUID();
    await canceled(orderId, customerId);
    await statusBecomes(orderId, "CANCELED");
    await paid(orderId, customerId);
    await harness.settled();
    expect((await deliveryOf(orderId))!.status).toBe("CANCELED");
    expect(await recordedFor("DeliveryStarted", orderId)).toEqual([]);
  });

  it("an order canceled before it was paid gets no delivery", async () => {
    const orderId = randomUUID();
    await canceled(orderId, randomUUID(), false);
    await harness.settled();
    expect(await deliveryOf(orderId)).toBeUndefined();
  });

  it("a cancel arriving after the delivery (a race with the courier) changes nothing", async () => {
    const { orderId, customerId } = await deliveredOrder();
    await canceled(orderId, customerId);
    await harness.settled();
    expect((await deliveryOf(orderId))!.status).toBe("DELIVERED");
    expect(await harness.deadLetters()).toEqual([]);
  });
});

describe("the sync call turnIntoRefundDelivery", () => {
  it("turns a delivered delivery into a refund delivery once per refund, answering the same again", async () => {
    const { orderId, customerId, deliveryId } = await deliveredOrder();
    const refundId = randomUUID();
    expect(await turn({ orderId, customerId, refundId })).toEqual({ deliveryId });
    expect(await turn({ orderId, customerId, refundId })).toEqual({ deliveryId });
    expect((await deliveryOf(orderId))!).toMatchObject({ status: "REFUNDED", refundId });
    expect(await recordedFor("DeliveryRefunded", orderId)).toHaveLength(1);
    expect(await refusal(turn({ orderId, customerId, refundId: randomUUID() }))).toBe("DELIVERY_ALREADY_REFUNDED");
  });

  it("refuses an unknown order, another customer's, one not delivered yet, and a malformed request", async () => {
    expect(await refusal(turn({ orderId: randomUUID(), customerId: randomUUID(), refundId: randomUUID() }))).toBe("DELIVERY_NOT_FOUND");
    const { orderId } = await deliveredOrder();
    expect(await refusal(turn({ orderId, customerId: randomUUID(), refundId: randomUUID() }))).toBe("DELIVERY_NOT_FOUND");
    const onItsWay = randomUUID();
    const customerId = randomUUID();
    await paid(onItsWay, customerId);
    await statusBecomes(onItsWay, "DELIVERING");
    expect(await refusal(turn({ orderId: onItsWay, customerId, refundId: randomUUID() }))).toBe("DELIVERY_NOT_DELIVERED");
    expect(await refusal(turn({ orderId: "nope" } as unknown as TurnIntoRefundDeliveryRequest))).toBe("INVALID_REFUND_DELIVERY_REQUEST");
  });

  it("concurrent calls of two refunds: one turns it, the other is DELIVERY_ALREADY_REFUNDED", async () => {
    const { orderId, customerId } = await deliveredOrder();
    const outcomes = await Promise.all([randomUUID(), randomUUID(), randomUUID()].map((refundId) => refusal(turn({ orderId, customerId, refundId }))));
    expect(outcomes.filter((o) => o === null)).toHaveLength(1);
    expect(outcomes.filter((o) => o === "DELIVERY_ALREADY_REFUNDED")).toHaveLength(2);
    expect(await recordedFor("DeliveryRefunded", orderId)).toHaveLength(1);
  });

  it("the courier cancels the return run (DELIVERED again, a new refund may come) or completes it (RETURNED)", async () => {
    const { orderId, customerId, deliveryId } = await deliveredOrder();
    const courier = { sql: harness.sql, transact: deps.transact };
    const first = randomUUID();
    await turn({ orderId, customerId, refundId: first });
    expect(await courierMove(courier, "CancelRefundDelivery", deliveryId, randomUUID(), new Date())).toMatchObject({ status: "DELIVERED", refundId: null });
    expect(await refusal(courierMove(courier, "CancelRefundDelivery", deliveryId, randomUUID(), new Date()))).toBe("DELIVERY_NOT_REFUNDED");
    // The canceled refund asking again: the same answer, nothing changes.
    expect(await turn({ orderId, customerId, refundId: first })).toEqual({ deliveryId });
    expect((await deliveryOf(orderId))!.status).toBe("DELIVERED");
    const second = randomUUID();
    await turn({ orderId, customerId, refundId: second });
    expect(await courierMove(courier, "CompleteRefundDelivery", deliveryId, randomUUID(), new Date())).toMatchObject({ status: "RETURNED", refundId: second });
    const events = (await harness.recorded()).filter((e) => e.correlationid === orderId).map((e) => e.type);
    expect(events).toEqual(["DeliveryStarted", "PizzaDelivered", "DeliveryRefunded", "RefundDeliveryCanceled", "DeliveryRefunded", "RefundDeliveryCompleted"]);
  });
});
