import { deliveryEvents } from "@supergraph/contracts/deliveries";
import { pizzaRefundEvents } from "@supergraph/contracts/refunds";
import { on, policy } from "@supergraph/platform";
import { noteOnOrder } from "../commands/order-coupon.ts";

/*
 * Three policies, one per event, each on its own durable consumer: their events may arrive in
 * any order, so each only notes its fact on the order, and the order's facts decide the coupon
 * (see the domain). A redelivered event notes nothing new and changes nothing.
 */

/** The order was delivered: its coupon is issued, and revoked in the same transaction when the order is refunded already. */
export const issueCoupon = policy("issue-coupon", on(deliveryEvents.PizzaDelivered), {
  async handle(event, tx, record) {
    const { orderId, customerId, deliveredAt } = event.data;
    await noteOnOrder(tx, record, { type: "NoteDelivery", orderId, customerId, at: deliveredAt }, event);
  },
});

/** A refund of the order was taken: its coupon is revoked (once issued: the delivery, when it comes, issues it revoked). */
export const revokeCoupon = policy("revoke-coupon", on(pizzaRefundEvents.PizzaRefunded), {
  async handle(event, tx, record) {
    const { orderId, customerId, refundId, refundedAt } = event.data;
    await noteOnOrder(tx, record, { type: "NoteRefund", orderId, customerId, refundId, at: refundedAt }, event);
  },
});

/** The order's refund was canceled: its coupon is valid again (restored; once the refund itself is known, if the cancellation came first). */
export const restoreCoupon = policy("restore-coupon", on(pizzaRefundEvents.PizzaRefundCanceled), {
  async handle(event, tx, record) {
    const { orderId, customerId, refundId, at } = event.data;
    await noteOnOrder(tx, record, { type: "NoteRefundCanceled", orderId, customerId, refundId, at }, event);
  },
});
