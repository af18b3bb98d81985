import { couponEvents } from "@supergraph/contracts/coupons";
import type { EventContract } from "@supergraph/contracts/define";
import { deliveryEvents } from "@supergraph/contracts/deliveries";
import { paymentEvents } from "@supergraph/contracts/payments";
import { pizzaOrderEvents } from "@supergraph/contracts/pizza-orders";
import { pizzaRefundEvents } from "@supergraph/contracts/refunds";
import { on, policy, type EnvelopeOf } from "@supergraph/platform";
import { applyPizzaOrderChange, applyPizzaRefundChange, type PizzaCase, type PizzaOrderChange, type PizzaRefundChange } from "../infra/pizza-rows.ts";

/*
 * The pizza order status read model: the customer's board of their orders (lines, amount, the
 * order's, payment's, delivery's, coupon's and latest refund's status with its reason), built
 * only from the events of pizza-orders, payments (purpose PIZZA_ORDER), deliveries, coupons and
 * refunds: views calls no other context. While a context is down its part of the row waits;
 * its durable consumers bring every missed event when it (or views) is back.
 */

const caseOf = (d: PizzaCase): PizzaCase => ({ orderId: d.orderId, customerId: d.customerId });

/** A policy that applies to its order's row what its event says (nothing when `change` says null). */
function orderPolicy<C extends EventContract>(name: string, contract: C, change: (data: EnvelopeOf<C>["data"]) => PizzaOrderChange | null) {
  return policy(name, on(contract), {
    async handle(event, tx) {
      const c = change(event.data);
      if (c) await applyPizzaOrderChange(tx, c);
    },
  });
}

/** A policy that applies one of refunds' events to its refund's row. */
function refundPolicy<C extends EventContract>(name: string, contract: C, change: (data: EnvelopeOf<C>["data"]) => PizzaRefundChange) {
  return policy(name, on(contract), {
    async handle(event, tx) {
      await applyPizzaRefundChange(tx, change(event.data));
    },
  });
}

/** Payments serves every paying system: only its PIZZA_ORDER payments are pizza orders' (reference = order id). */
const pizzaPayment = (d: { purpose: string; reference: string; payerId: string }) => (d.purpose === "PIZZA_ORDER" ? { orderId: d.reference, customerId: d.payerId } : null);

export const pizzaPolicies = [
  orderPolicy("pizza-order-placed", pizzaOrderEvents.PizzaOrderPlaced, (d) => ({
    ...caseOf(d),
    lines: d.lines,
    amount: d.amount,
    status: "PLACED",
    placedAt: new Date(d.placedAt),
  })),
  orderPolicy("pizza-order-paid", pizzaOrderEvents.PizzaOrderPaid, (d) => ({ ...caseOf(d), status: "PAID", paymentId: d.paymentId, paymentStatus: "COMPLETED" })),
  orderPolicy("pizza-order-canceled", pizzaOrderEvents.PizzaOrderCanceled, (d) => ({ ...caseOf(d), status: "CANCELED" })),
  orderPolicy("pizza-payment-completed", paymentEvents.PaymentCompleted, (d) => {
    const c = pizzaPayment(d);
    return c && { ...c, paymentId: d.paymentId, paymentStatus: "COMPLETED" };
  }),
  orderPolicy("pizza-payment-canceled", paymentEvents.PaymentCanceled, (d) => {
    const c = pizzaPayment(d);
    return c && { ...c, paymentId: d.paymentId, paymentStatus: "CANCELED" };
  }),
  orderPolicy("pizza-delivery-started", deliveryEvents.DeliveryStarted, (d) => ({ ...caseOf(d), deliveryId: d.deliveryId })),
  orderPolicy("pizza-delivered", deliveryEvents.PizzaDelivered, (d) => ({ ...caseOf(d), deliveryId: d.deliveryId, deliveredAt: new Date(d.deliveredAt) })),
  orderPolicy("pizza-delivery-canceled", deliveryEvents.DeliveryCanceled, (d) => ({ ...caseOf(d), deliveryId: d.deliveryId, deliveryCanceled: true })),
  orderPolicy("pizza-delivery-refunded", deliveryEvents.DeliveryRefunded, (d) => ({ ...caseOf(d), deliveryId: d.deliveryId, deliveryRefunds: 1 })),
  orderPolicy("pizza-refund-delivery-canceled", deliveryEvents.RefundDeliveryCanceled, (d) => ({ ...caseOf(d), deliveryId: d.deliveryId, deliveryRefundsCanceled: 1 })),
  orderPolicy("pizza-refund-delivery-completed", deliveryEvents.RefundDeliveryCompleted, (d) => ({ ...caseOf(d), deliveryId: d.deliveryId, deliveryReturned: true })),
  orderPolicy("pizza-coupon-issued", couponEvents.CouponIssued, (d) => ({ ...caseOf(d), couponId: d.couponId, couponCode: d.code })),
  orderPolicy("pizza-coupon-revoked", couponEvents.CouponRevoked, (d) => ({ ...caseOf(d), couponId: d.couponId, couponRevocations: 1 })),
  orderPolicy("pizza-coupon-restored", couponEvents.CouponRestored, (d) => ({ ...caseOf(d), couponId: d.couponId, couponRestorations: 1 })),
  refundPolicy("pizza-refunded", pizzaRefundEvents.PizzaRefunded, (d) => ({
    ...caseOf(d),
    refundId: d.refundId,
    status: "PENDING",
    reason: d.reason,
    refundedAt: new Date(d.refundedAt),
  })),
  refundPolicy("pizza-refund-canceled", pizzaRefundEvents.PizzaRefundCanceled, (d) => ({ ...caseOf(d), refundId: d.refundId, status: "CANCELED" })),
  refundPolicy("pizza-refund-completed", pizzaRefundEvents.PizzaRefundCompleted, (d) => ({ ...caseOf(d), refundId: d.refundId, status: "COMPLETED" })),
];
