import { randomUUID } from "node:crypto";
import { couponEvents } from "@supergraph/contracts/coupons";
import { deliveryEvents } from "@supergraph/contracts/deliveries";
import { paymentEvents } from "@supergraph/contracts/payments";
import { pizzaOrderEvents } from "@supergraph/contracts/pizza-orders";
import { pizzaRefundEvents } from "@supergraph/contracts/refunds";
import { PolicyHarness } from "@supergraph/testkit/policy-harness";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pizzaOrderBoard } from "./infra/pizza-rows.ts";
import { pizzaPolicies } from "./policies/pizza.ts";

/** Views' pizza order status read model: its policies and store on real PostgreSQL and NATS. */
describe("views: the customer's pizza order board", () => {
  let harness: PolicyHarness;

  beforeAll(async () => {
    harness = await PolicyHarness.start({ context: "views", policies: pizzaPolicies });
  });
  afterAll(async () => {
    await harness?.stop();
  });

  const caseOf = () => ({
    orderId: randomUUID(),
    customerId: randomUUID(),
    paymentId: randomUUID(),
    deliveryId: randomUUID(),
    couponId: randomUUID(),
    courierId: randomUUID(),
  });
  type Case = ReturnType<typeof caseOf>;
  const at = "2031-03-04T12:00:00.000Z";
  const base = (c: Case) => ({ orderId: c.orderId, customerId: c.customerId });
  const delivery = (c: Case) => ({ ...base(c), deliveryId: c.deliveryId });
  const coupon = (c: Case) => ({ ...base(c), couponId: c.couponId });
  const payment = (c: Case, purpose: "PIZZA_ORDER" | "COURSE_REGISTRATION" = "PIZZA_ORDER") => ({
    paymentId: c.paymentId,
    reference: c.orderId,
    purpose,
    payerId: c.customerId,
    amount: 2500,
  });
  const lines = [
    { pizzaId: randomUUID(), name: "Margherita", quantity: 2, unitPrice: 900 },
    { pizzaId: randomUUID(), name: "Diavola", quantity: 1, unitPrice: 700 },
  ];
  const s = (c: Case) => ({ subject: c.orderId });
  const events = {
    placed: (c: Case, placedAt = at) => harness.publish(pizzaOrderEvents.PizzaOrderPlaced, { ...s(c), data: { ...base(c), lines, amount: 2500, placedAt } }),
    paid: (c: Case) => harness.publish(pizzaOrderEvents.PizzaOrderPaid, { ...s(c), data: { ...base(c), paymentId: c.paymentId, amount: 2500, paidAt: at } }),
    canceled: (c: Case, wasPaid: boolean) => harness.publish(pizzaOrderEvents.PizzaOrderCanceled, { ...s(c), data: { ...base(c), wasPaid, canceledAt: at } }),
    paymentCompleted: (c: Case, purpose?: "PIZZA_ORDER" | "COURSE_REGISTRATION") =>
      harness.publish(paymentEvents.PaymentCompleted, { subject: c.orderId, data: payment(c, purpose) }),
    paymentCanceled: (c: Case, reason: string) => harness.publish(paymentEvents.PaymentCanceled, { subject: c.orderId, data: { ...payment(c), reason } }),
    started: (c: Case) => harness.publish(deliveryEvents.DeliveryStarted, { ...s(c), data: { ...delivery(c), startedAt: at } }),
    delivered: (c: Case) => harness.publish(deliveryEvents.PizzaDelivered, { ...s(c), data: { ...delivery(c), courierId: c.courierId, deliveredAt: at } }),
    deliveryCanceled: (c: Case) => harness.publish(deliveryEvents.DeliveryCanceled, { ...s(c), data: { ...delivery(c), canceledAt: at } }),
    deliveryRefunded: (c: Case, refundId: string) => harness.publish(deliveryEvents.DeliveryRefunded, { ...s(c), data: { ...delivery(c), refundId, at } }),
    refundDeliveryCanceled: (c: Case, refundId: string) =>
      harness.publish(deliveryEvents.RefundDeliveryCanceled, { ...s(c), data: { ...delivery(c), refundId, courierId: c.courierId, at } }),
    refundDeliveryCompleted: (c: Case, refundId: string) =>
      harness.publish(deliveryEvents.RefundDeliveryCompleted, { ...s(c), data: { ...delivery(c), refundId, courierId: c.courierId, at } }),
    couponIssued: (c: Case) => harness.publish(couponEvents.CouponIssued, { ...s(c), data: { ...coupon(c), code: "PIZZA-7K3Q-M9XD", issuedAt: at } }),
    couponRevoked: (c: Case) => harness.publish(couponEvents.CouponRevoked, { ...s(c), data: { ...coupon(c), at } }),
    couponRestored: (c: Case) => harness.publish(couponEvents.CouponRestored, { ...s(c), data: { ...coupon(c), at } }),
    refunded: (c: Case, refundId: string, reason: string, refundedAt = at) =>
      harness.publish(pizzaRefundEvents.PizzaRefunded, { subject: refundId, data: { ...base(c), deliveryId: c.deliveryId, refundId, reason, refundedAt } }),
    refundCanceled: (c: Case, refundId: string) => harness.publish(pizzaRefundEvents.PizzaRefundCanceled, { subject: refundId, data: { ...base(c), refundId, at } }),
    refundCompleted: (c: Case, refundId: string) => harness.publish(pizzaRefundEvents.PizzaRefundCompleted, { subject: refundId, data: { ...base(c), refundId, at } }),
  };
  const row = async (c: Case) => (await pizzaOrderBoard(harness.sql, c.customerId)).find((r) => r.id === c.orderId);

  it("shows an order placed with its lines, paid, delivering, delivered with its coupon", async () => {
    const c = caseOf();
    await events.placed(c);
    await harness.settled();
    expect(await row(c)).toMatchObject({
      lines,
      amount: 2500,
      status: "PLACED",
      placedAt: new Date(at),
      paymentStatus: null,
      deliveryStatus: null,
      couponStatus: null,
      refund: null,
    });

    await events.paymentCompleted(c);
    await events.paid(c);
    await events.started(c);
    await harness.settled();
    expect(await row(c)).toMatchObject({ status: "PAID", paymentId: c.paymentId, paymentStatus: "COMPLETED", deliveryId: c.deliveryId, deliveryStatus: "DELIVERING" });

    await events.delivered(c);
    await events.couponIssued(c);
    await harness.settled();
    expect(await row(c)).toMatchObject({ deliveryStatus: "DELIVERED", deliveredAt: new Date(at), couponId: c.couponId, couponCode: "PIZZA-7K3Q-M9XD", couponStatus: "ISSUED" });
  });

  it("a canceled order shows its delivery canceled and its payment given back; another system's payment is not a pizza order's", async () => {
    const c = caseOf();
    await events.placed(c);
    await events.paid(c);
    await events.started(c);
    await events.canceled(c, true);
    await events.deliveryCanceled(c);
    await events.paymentCanceled(c, "CUSTOMER_CANCELED");
    await harness.settled();
    expect(await row(c)).toMatchObject({ status: "CANCELED", paymentStatus: "CANCELED", deliveryStatus: "CANCELED" });

    const other = caseOf();
    await events.paymentCompleted(other, "COURSE_REGISTRATION");
    await harness.settled();
    expect(await harness.rows(`SELECT 1 FROM pizza_order_view WHERE order_id = $1`, other.orderId)).toEqual([]);
  });

  it("a refund shows its reason; a canceled return run brings the delivery and coupon back, a second refund completes: RETURNED, coupon revoked, payment refunded", async () => {
    const c = caseOf();
    const [first, second] = [randomUUID(), randomUUID()];
    await events.placed(c);
    await events.paid(c);
    await events.started(c);
    await events.delivered(c);
    await events.couponIssued(c);
    await events.deliveryRefunded(c, first);
    await events.refunded(c, first, "Cold and late", "2031-03-04T13:00:00.000Z");
    await events.couponRevoked(c);
    await harness.settled();
    expect(await row(c)).toMatchObject({
      deliveryStatus: "REFUNDED",
      couponStatus: "REVOKED",
      refund: { id: first, status: "PENDING", reason: "Cold and late", refundedAt: "2031-03-04T13:00:00.000Z" },
    });

    await events.refundDeliveryCanceled(c, first);
    await events.refundCanceled(c, first);
    await events.couponRestored(c);
    await harness.settled();
    expect(await row(c)).toMatchObject({ deliveryStatus: "DELIVERED", couponStatus: "ISSUED", paymentStatus: "COMPLETED", refund: { id: first, status: "CANCELED" } });

    await events.deliveryRefunded(c, second);
    await events.refunded(c, second, "Wrong pizza", "2031-03-04T14:00:00.000Z");
    await events.couponRevoked(c);
    await events.refundDeliveryCompleted(c, second);
    await events.refundCompleted(c, second);
    await events.paymentCanceled(c, "REFUNDED");
    await harness.settled();
    expect(await row(c)).toMatchObject({
      status: "PAID",
      paymentStatus: "CANCELED",
      deliveryStatus: "RETURNED",
      couponStatus: "REVOKED",
      refund: { id: second, status: "COMPLETED", reason: "Wrong pizza" },
    });
  });

  it("events in any order end in the same row; a row shows once its PizzaOrderPlaced arrived", async () => {
    const c = caseOf();
    const refundId = randomUUID();
    await events.refundCanceled(c, refundId);
    await events.couponRestored(c);
    await events.refundDeliveryCanceled(c, refundId);
    await events.couponRevoked(c);
    await events.refunded(c, refundId, "Burnt");
    await events.deliveryRefunded(c, refundId);
    await events.couponIssued(c);
    await events.delivered(c);
    await events.paid(c);
    await harness.settled();
    expect(await row(c)).toBeUndefined();

    await events.placed(c);
    await harness.settled();
    expect(await row(c)).toMatchObject({
      status: "PAID",
      deliveryStatus: "DELIVERED",
      couponStatus: "ISSUED",
      couponCode: "PIZZA-7K3Q-M9XD",
      refund: { id: refundId, status: "CANCELED", reason: "Burnt" },
    });
  });

  it("redelivered events change nothing: no second count of a return run or a revocation", async () => {
    const c = caseOf();
    const refundId = randomUUID();
    await events.placed(c);
    await events.delivered(c);
    const turned = await events.deliveryRefunded(c, refundId);
    const revoked = await events.couponRevoked(c);
    await events.couponIssued(c);
    const canceledRun = await events.refundDeliveryCanceled(c, refundId);
    const restored = await events.couponRestored(c);
    await harness.settled();
    const settled = await row(c);
    expect(settled).toMatchObject({ deliveryStatus: "DELIVERED", couponStatus: "ISSUED" });

    for (const e of [canceledRun, restored, turned, revoked, canceledRun, restored]) await harness.redeliver(e);
    await harness.settled();
    expect(await row(c)).toEqual(settled);
    expect(await harness.deadLetters()).toEqual([]);
  });

  it("a customer's board holds only their orders, newest first", async () => {
    const customerId = randomUUID();
    const early = { ...caseOf(), customerId };
    const late = { ...caseOf(), customerId };
    await events.placed(early, "2031-03-01T10:00:00.000Z");
    await events.placed(late, "2031-03-09T10:00:00.000Z");
    await events.placed(caseOf());
    await harness.settled();
    expect((await pizzaOrderBoard(harness.sql, customerId)).map((r) => r.id)).toEqual([late.orderId, early.orderId]);
  });
});
