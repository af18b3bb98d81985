import { z } from "zod";
import { defineEvents, type EventsOf } from "./define.ts";

/*
 * The refunds context's contract: a customer's refund of a delivered pizza order, with its
 * reason. A refund exists only once `deliveries.turnIntoRefundDelivery` agreed (the delivery is
 * the return run, REFUNDED): PENDING. The courier then either cancels the return run
 * (RefundDeliveryCanceled -> CANCELED, nothing given back) or completes it
 * (RefundDeliveryCompleted -> COMPLETED).
 * A refund is FINAL when the courier completed the return run (the pizza is back): only then is
 * the money given back, by `paymentCancellationRequested(reason REFUNDED)` recorded in the same
 * outbox transaction as PizzaRefundCompleted. One refund per order at a time: its id is derived
 * from the order id and the number of the order's earlier refunds, so a retried request reuses it.
 * A return run deliveries made for a request that gave up waiting (timeout) and was never retried
 * is known from DeliveryRefunded: completed by the courier, its refund is recorded then
 * (PizzaRefunded, its reason said lost, then PizzaRefundCompleted), so the money still goes back.
 */

const Refund = z.object({
  refundId: z.uuid(),
  orderId: z.uuid(),
  customerId: z.uuid(),
});

/** The customer's refund was taken (PENDING): deliveries turned the delivery into its return run. */
export const PizzaRefunded = Refund.extend({
  /** The delivery deliveries turned into the refund delivery (its return run). */
  deliveryId: z.uuid(),
  /** The customer's reason, 1 to 500 characters. */
  reason: z.string().min(1).max(500),
  refundedAt: z.string(),
});

/** The courier canceled the return run: the refund is CANCELED, nothing is given back. */
export const PizzaRefundCanceled = Refund.extend({ at: z.string() });

/**
 * The courier completed the return run: the refund is COMPLETED, i.e. final, and the payment's
 * cancellation (reason REFUNDED) is requested in the same transaction.
 */
export const PizzaRefundCompleted = Refund.extend({ at: z.string() });

/** The events the refunds context publishes. */
export const pizzaRefundEvents = defineEvents("refunds", { PizzaRefunded, PizzaRefundCanceled, PizzaRefundCompleted });

export type PizzaRefundEvent = EventsOf<typeof pizzaRefundEvents>;
