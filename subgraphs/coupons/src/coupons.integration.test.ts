/**
 * The coupons context's policies on real PostgreSQL and real NATS: deliveries' PizzaDelivered
 * issues the order's coupon, refunds' PizzaRefunded revokes it and PizzaRefundCanceled restores
 * it, each once however often it is delivered; a refund that arrives before the delivery: the
 * delivery issues the coupon and revokes it in one transaction (never valid), the refund's
 * cancellation restores it; events of one order published at once still make one row and one
 * coupon, with the same events whichever is handled first.
 */
import { randomUUID } from "node:crypto";
import { deliveryEvents } from "@supergraph/contracts/deliveries";
import { pizzaRefundEvents } from "@supergraph/contracts/refunds";
import { PolicyHarness } from "@supergraph/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueCoupon, restoreCoupon, revokeCoupon } from "./policies/order-coupon.ts";

let harness: PolicyHarness;

beforeAll(async () => {
  harness = await PolicyHarness.start({ context: "coupons", policies: [issueCoupon, revokeCoupon, restoreCoupon] });
});
afterAll(() => harness?.stop());

const at = () => new Date().toISOString();
const order = () => ({ orderId: randomUUID(), customerId: randomUUID() });
type Order = ReturnType<typeof order>;
const deliver = (o: Order) => harness.publish(deliveryEvents.PizzaDelivered, { subject: o.orderId, data: { ...o, deliveryId: randomUUID(), courierId: randomUUID(), deliveredAt: at() } });
const refund = (o: Order, refundId: string) =>
  harness.publish(pizzaRefundEvents.PizzaRefunded, { subject: refundId, data: { ...o, refundId, deliveryId: randomUUID(), reason: "Cold", refundedAt: at() } });
const cancelRefund = (o: Order, refundId: string) => harness.publish(pizzaRefundEvents.PizzaRefundCanceled, { subject: refundId, data: { ...o, refundId, at: at() } });

const row = (o: Order, what: string, accept: (r: { status: string | null; code: string | null; delivered: boolean; refunds: number; canceled: number }) => boolean) =>
  harness.waitForRow(what, `SELECT status::text AS status, code, delivered, cardinality(refunds) AS refunds, cardinality(canceled_refunds) AS canceled FROM order_coupon WHERE order_id = $1`, [o.orderId], accept);
const published = async (o: Order) => (await harness.recorded()).filter((e) => (e.data as { orderId?: string }).orderId === o.orderId).map((e) => e.type);

describe("coupons on real events", () => {
  it("delivered: issued with a readable code; refunded: revoked; refund canceled: restored — each once, however often delivered", async () => {
    const o = order();
    const delivered = await deliver(o);
    const issued = await row(o, "the coupon issued", (r) => r.status === "ISSUED");
    expect(issued.code).toMatch(/^PIZZA-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    await harness.redeliver(delivered);

    const refundId = randomUUID();
    const refunded = await refund(o, refundId);
    await row(o, "the coupon revoked", (r) => r.status === "REVOKED");
    await harness.redeliver(refunded);

    const canceled = await cancelRefund(o, refundId);
    await row(o, "the coupon restored", (r) => r.status === "ISSUED" && r.refunds === 1 && r.canceled === 1);
    await harness.redeliver(canceled);
    await harness.redeliver(refunded);
    await harness.settled();

    expect(await published(o)).toEqual(["CouponIssued", "CouponRevoked", "CouponRestored"]);
    expect((await row(o, "the coupon", () => true)).code).toBe(issued.code);
    expect(await harness.deadLetters()).toEqual([]);
  });

  it("refunded before its delivery arrives: the delivery issues the coupon revoked at once, the refund's cancellation restores it — each once", async () => {
    const o = order();
    const refundId = randomUUID();
    const refunded = await refund(o, refundId);
    await row(o, "the refund noted", (r) => r.refunds === 1);
    const delivered = await deliver(o);
    const revoked = await row(o, "the delivery noted", (r) => r.delivered);
    expect(revoked.status).toBe("REVOKED");
    expect(revoked.code).toMatch(/^PIZZA-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    await harness.redeliver(delivered);
    await harness.redeliver(refunded);
    await harness.settled();
    expect(await published(o)).toEqual(["CouponIssued", "CouponRevoked"]);

    await cancelRefund(o, refundId);
    await row(o, "the coupon restored", (r) => r.status === "ISSUED");
    await harness.settled();
    expect(await published(o)).toEqual(["CouponIssued", "CouponRevoked", "CouponRestored"]);
    expect((await row(o, "the coupon", () => true)).code).toBe(revoked.code);
  });

  it("a refund's cancellation arriving before the refund: the refund revokes and restores at once", async () => {
    const o = order();
    const refundId = randomUUID();
    await deliver(o);
    await row(o, "the coupon issued", (r) => r.status === "ISSUED");
    await cancelRefund(o, refundId);
    await row(o, "the cancellation noted", (r) => r.canceled === 1);
    await refund(o, refundId);
    await row(o, "the refund noted", (r) => r.refunds === 1);
    await harness.settled();
    expect(await published(o)).toEqual(["CouponIssued", "CouponRevoked", "CouponRestored"]);
    expect((await row(o, "the coupon", () => true)).status).toBe("ISSUED");
  });

  it("an order's delivery and refund published at once: one row, and the coupon issued then revoked whichever is handled first", async () => {
    const o = order();
    await Promise.all([deliver(o), refund(o, randomUUID())]);
    await row(o, "both noted", (r) => r.delivered && r.refunds === 1);
    await harness.settled();
    expect(await published(o)).toEqual(["CouponIssued", "CouponRevoked"]);
    expect(await harness.rows("SELECT count(*)::int AS n FROM order_coupon WHERE order_id = $1", o.orderId)).toEqual([{ n: 1 }]);
    expect((await row(o, "the coupon", () => true)).status).toBe("REVOKED");
  });
});
