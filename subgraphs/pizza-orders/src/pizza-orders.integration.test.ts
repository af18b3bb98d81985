/**
 * The pizza-orders context on real PostgreSQL and real NATS: orders placed from the seeded menu;
 * paid through the real charge call (answered here over NATS request/reply as payments would, or
 * not at all while "down"), PAID only once charged and never charged under a second reference;
 * the record-payment policy makes an order whose charge completed late PAID, once however often
 * PaymentCompleted is delivered, and leaves a canceled one canceled; the note-delivery policy
 * stops a cancel after delivery; a cancel records PaymentCancellationRequested with its event.
 */
import { randomUUID } from "node:crypto";
import { deliveryEvents } from "@supergraph/contracts/deliveries";
import { paymentEvents, type ChargeRequest, type ChargeResult } from "@supergraph/contracts/payments";
import { admission, answerSyncCall, commandCausation, createLogger, createMetrics, DomainError, syncCall, type Viewer } from "@supergraph/platform";
import { PolicyHarness, type PolicyDeps } from "@supergraph/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cancelPizzaOrder } from "./commands/cancel-pizza-order.ts";
import { payPizzaOrder, type PayPizzaOrderDeps } from "./commands/pay-pizza-order.ts";
import { placePizzaOrder } from "./commands/place-pizza-order.ts";
import { PizzaOrderError } from "./domain/pizza-order.ts";
import { findPizzaOrders, menu } from "./infra/pizza-order-store.ts";
import { noteDelivery } from "./policies/note-delivery.ts";
import { recordPayment } from "./policies/record-payment.ts";

const log = createLogger("pizza-orders-test", "silent");
const MARGHERITA = "a0000000-0000-4000-8000-000000000001";
const PEPPERONI = "a0000000-0000-4000-8000-000000000003";
let harness: PolicyHarness;
let deps: PolicyDeps;
let paying: PayPizzaOrderDeps;
let answerer: { drain(): Promise<void> };
/** What payments does with a charge: take it, decline it, or not answer ("down"). */
let payments: "up" | "declining" | "down" = "up";
/** The charges payments took, by reference: one payment id per reference, as payments keeps it. */
const charges = new Map<string, { paymentId: string; amount: number; times: number }>();

beforeAll(async () => {
  harness = await PolicyHarness.start({
    context: "pizza-orders",
    policies: (given) => {
      deps = given;
      return [recordPayment, noteDelivery];
    },
  });
  const subject = harness.bus.names.syncSubject("payments", "charge");
  answerer = answerSyncCall<ChargeRequest, ChargeResult>(
    harness.bus.nc,
    subject,
    async (r) => {
      if (payments === "down") throw new Error("payments is down");
      if (payments === "declining") throw new DomainError("PAYMENT_DECLINED", "Declined.");
      const known = charges.get(r.reference) ?? { paymentId: randomUUID(), amount: r.amount, times: 0 };
      charges.set(r.reference, { ...known, times: known.times + 1 });
      return { paymentId: known.paymentId, status: "COMPLETED" };
    },
    log,
  );
  const charge = syncCall<ChargeRequest, ChargeResult>({
    nc: harness.bus.nc,
    subject,
    name: "payments.charge",
    timeoutMs: 300,
    volumeThreshold: 1_000, // the breaker is the e2e tests' subject; here every call is sent
    unavailable: { code: "PAYMENT_UNAVAILABLE", message: "down" },
    log,
    metrics: createMetrics("pizza-orders-test"),
  });
  const admit = admission({ callee: charge, limit: 4, maxWaitMs: 2_000, busy: () => PizzaOrderError.unavailable("PIZZA_ORDERS_BUSY", "busy") });
  paying = { sql: harness.sql, transact: deps.transact, charge, admit, clock: () => new Date() };
});
afterAll(async () => {
  await answerer?.drain();
  await harness?.stop();
});

const customer = (): Viewer => ({ userId: randomUUID(), roles: ["CUSTOMER"], token: "" });
const place = (c: Viewer) => placePizzaOrder(deps, c.userId, { lines: [{ pizzaId: MARGHERITA, quantity: 2 }, { pizzaId: PEPPERONI, quantity: 1 }] }, new Date());
const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => (error instanceof DomainError ? error.code : error));
const statusOf = async (id: string) => (await findPizzaOrders(harness.sql, [id]))[0]?.status;
const recordedFor = async (type: string, orderId: string) => (await harness.recorded(type)).filter((e) => e.correlationid === orderId);

describe("the menu and placing", () => {
  it("the migration seeds seven pizza types with prices in cents", async () => {
    const pizzas = await menu(harness.sql);
    expect(pizzas).toHaveLength(7);
    expect(pizzas.find((p) => p.id === MARGHERITA)).toMatchObject({ name: "Margherita", price: 1090 });
  });

  it("places an order priced from the menu, with PizzaOrderPlaced in the outbox", async () => {
    const c = customer();
    const order = await place(c);
    expect(order).toMatchObject({ customerId: c.userId, status: "PLACED", amount: 2 * 1090 + 1290 });
    expect(await recordedFor("PizzaOrderPlaced", order.id)).toHaveLength(1);
  });
});

describe("paying", () => {
  it("charges payments once by the order id and makes the order PAID with PizzaOrderPaid", async () => {
    payments = "up";
    const c = customer();
    const order = await place(c);
    const paid = await payPizzaOrder(paying, order.id, c.userId);
    expect(paid).toMatchObject({ status: "PAID", paymentId: charges.get(order.id)!.paymentId });
    expect(charges.get(order.id)).toMatchObject({ amount: order.amount, times: 1 });
    expect(await refusal(payPizzaOrder(paying, order.id, c.userId))).toBe("ORDER_NOT_PLACED");
    expect(charges.get(order.id)!.times).toBe(1);
    expect(await recordedFor("PizzaOrderPaid", order.id)).toHaveLength(1);
  });

  it("declined: PAYMENT_DECLINED, the order stays PLACED, nothing recorded", async () => {
    payments = "declining";
    const c = customer();
    const order = await place(c);
    expect(await refusal(payPizzaOrder(paying, order.id, c.userId))).toBe("PAYMENT_DECLINED");
    expect(await statusOf(order.id)).toBe("PLACED");
    expect(await recordedFor("PizzaOrderPaid", order.id)).toEqual([]);
    payments = "up";
  });

  it("payments not answering: PAYMENT_UNAVAILABLE, retryable, the order stays PLACED; paid again once payments answers, with the same reference", async () => {
    payments = "down";
    const c = customer();
    const order = await place(c);
    const error = await payPizzaOrder(paying, order.id, c.userId).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "PAYMENT_UNAVAILABLE", name: "ServiceUnavailableError" });
    expect(await statusOf(order.id)).toBe("PLACED");
    payments = "up";
    expect(await payPizzaOrder(paying, order.id, c.userId)).toMatchObject({ status: "PAID" });
    expect(charges.get(order.id)!.times).toBe(1);
  });

  it("another customer's order: PIZZA_ORDER_NOT_FOUND, nothing charged", async () => {
    const order = await place(customer());
    expect(await refusal(payPizzaOrder(paying, order.id, randomUUID()))).toBe("PIZZA_ORDER_NOT_FOUND");
    expect(charges.has(order.id)).toBe(false);
  });
});

describe("a charge learned from payments' PaymentCompleted (one that completed after the call gave up)", () => {
  const completed = (orderId: string, payerId: string, amount: number, paymentId = randomUUID()) =>
    // As payments records it: its case is the reference's.
    harness.publish(paymentEvents.PaymentCompleted, { subject: paymentId, data: { paymentId, reference: orderId, purpose: "PIZZA_ORDER", payerId, amount }, causation: commandCausation(orderId) });

  it("makes a PLACED order PAID once, however often it is delivered", async () => {
    const c = customer();
    const order = await place(c);
    const event = await completed(order.id, c.userId, order.amount);
    await harness.waitForRow("the order paid", "SELECT status::text AS status FROM pizza_order WHERE id = $1", [order.id], (r: { status: string }) => r.status === "PAID");
    await harness.redeliver(event);
    await harness.settled();
    const paid = await recordedFor("PizzaOrderPaid", order.id);
    expect(paid).toHaveLength(1);
    expect(paid[0]!.data).toMatchObject({ paymentId: (event.data as { paymentId: string }).paymentId });
    // The customer paying again meanwhile: the same payment, nothing recorded twice.
    expect(await refusal(payPizzaOrder(paying, order.id, c.userId))).toBe("ORDER_NOT_PLACED");
  });

  it("leaves a canceled order CANCELED (its cancellation asked payments to give the money back)", async () => {
    const c = customer();
    const order = await place(c);
    await cancelPizzaOrder(deps.transact, order.id, c, new Date());
    await completed(order.id, c.userId, order.amount);
    await harness.settled();
    expect(await statusOf(order.id)).toBe("CANCELED");
    expect(await recordedFor("PizzaOrderPaid", order.id)).toEqual([]);
    expect(await harness.deadLetters()).toEqual([]);
  });

  it("ignores payments of other purposes and of references that are not orders", async () => {
    const paymentId = randomUUID();
    await harness.publish(paymentEvents.PaymentCompleted, { subject: paymentId, data: { paymentId, reference: randomUUID(), purpose: "COURSE_REGISTRATION", payerId: randomUUID(), amount: 100 } });
    await completed("not-an-order", randomUUID(), 100);
    await completed(randomUUID(), randomUUID(), 100);
    await harness.settled();
    expect(await harness.deadLetters()).toEqual([]);
  });
});

describe("canceling", () => {
  it("records PizzaOrderCanceled and PaymentCancellationRequested (reference = order id) in one transaction", async () => {
    payments = "up";
    const c = customer();
    const order = await place(c);
    await payPizzaOrder(paying, order.id, c.userId);
    const canceled = await cancelPizzaOrder(deps.transact, order.id, c, new Date());
    expect(canceled.status).toBe("CANCELED");
    const [event] = await recordedFor("PizzaOrderCanceled", order.id);
    expect(event!.data).toMatchObject({ orderId: order.id, customerId: c.userId, wasPaid: true });
    const [request] = await recordedFor("PaymentCancellationRequested", order.id);
    expect(request!.data).toEqual({ reference: order.id, purpose: "PIZZA_ORDER", payerId: c.userId, reason: "CUSTOMER_CANCELED" });
    expect(await refusal(cancelPizzaOrder(deps.transact, order.id, c, new Date()))).toBe("ORDER_ALREADY_CANCELED");
    expect(await recordedFor("PaymentCancellationRequested", order.id)).toHaveLength(1);
  });

  it("after deliveries' PizzaDelivered (delivered twice): ORDER_ALREADY_DELIVERED, nothing recorded", async () => {
    const c = customer();
    const order = await place(c);
    await payPizzaOrder(paying, order.id, c.userId);
    const data = { deliveryId: randomUUID(), orderId: order.id, customerId: c.userId, courierId: randomUUID(), deliveredAt: new Date().toISOString() };
    const event = await harness.publish(deliveryEvents.PizzaDelivered, { subject: data.deliveryId, data });
    await harness.waitForRow("the order noted delivered", "SELECT delivered_at FROM pizza_order WHERE id = $1", [order.id], (r: { delivered_at: Date | null }) => r.delivered_at !== null);
    await harness.redeliver(event);
    await harness.settled();
    expect(await refusal(cancelPizzaOrder(deps.transact, order.id, c, new Date()))).toBe("ORDER_ALREADY_DELIVERED");
    expect(await recordedFor("PizzaOrderCanceled", order.id)).toEqual([]);
    expect(await statusOf(order.id)).toBe("PAID");
  });
});
