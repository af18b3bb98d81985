import { z } from "zod";
import { defineEvents, type EventsOf } from "./define.ts";

/*
 * The deliveries context's contract: one delivery per paid pizza order (DELIVERING ->
 * DELIVERED, or CANCELED when the order is canceled first), turned into a refund delivery (the
 * return run, REFUNDED) by the sync call `deliveries.turnIntoRefundDelivery` the refunds context
 * makes, which the courier either cancels (back to DELIVERED) or completes (RETURNED).
 * A refund is FINAL when its refund delivery is completed (RefundDeliveryCompleted): only then
 * is the money given back; a canceled refund delivery gives nothing back.
 */

const Delivery = z.object({
  deliveryId: z.uuid(),
  orderId: z.uuid(),
  customerId: z.uuid(),
});

/** The order was paid: its delivery started (DELIVERING). */
export const DeliveryStarted = Delivery.extend({ startedAt: z.string() });

/** A courier delivered the order (DELIVERED). */
export const PizzaDelivered = Delivery.extend({ courierId: z.uuid(), deliveredAt: z.string() });

/** The order was canceled before its delivery (CANCELED). */
export const DeliveryCanceled = Delivery.extend({ canceledAt: z.string() });

/** The sync call turned the delivered delivery into the refund's return run (REFUNDED). */
export const DeliveryRefunded = Delivery.extend({ refundId: z.uuid(), at: z.string() });

/** The courier canceled the return run: the delivery is DELIVERED again and the refund is canceled. */
export const RefundDeliveryCanceled = Delivery.extend({ refundId: z.uuid(), courierId: z.uuid(), at: z.string() });

/** The courier brought the pizza back (RETURNED): this makes the refund final (the money goes back). */
export const RefundDeliveryCompleted = Delivery.extend({ refundId: z.uuid(), courierId: z.uuid(), at: z.string() });

/** The events the deliveries context publishes. */
export const deliveryEvents = defineEvents("deliveries", {
  DeliveryStarted,
  PizzaDelivered,
  DeliveryCanceled,
  DeliveryRefunded,
  RefundDeliveryCanceled,
  RefundDeliveryCompleted,
});

export type DeliveryEvent = EventsOf<typeof deliveryEvents>;

/**
 * Sync call `deliveries.turnIntoRefundDelivery`: turns the order's DELIVERED delivery into a
 * refund delivery (REFUNDED, DeliveryRefunded recorded), idempotent by `refundId` (the same
 * refund again answers the same delivery and records nothing twice). Refused with
 * DELIVERY_NOT_FOUND (no delivery for the order, or the order is another customer's),
 * DELIVERY_NOT_DELIVERED (still DELIVERING, or CANCELED) and DELIVERY_ALREADY_REFUNDED (another
 * refund turned it already, pending or final).
 */
export const TurnIntoRefundDeliveryRequest = z.object({ orderId: z.uuid(), customerId: z.uuid(), refundId: z.uuid() });
export type TurnIntoRefundDeliveryRequest = z.infer<typeof TurnIntoRefundDeliveryRequest>;

export interface TurnIntoRefundDeliveryResult {
  deliveryId: string;
}

/** Error codes of the refund-delivery call, shared by caller and callee. */
export const RefundDeliveryErrorCode = {
  /** Raised by the caller when deliveries is down, slow or its breaker is open. */
  UNAVAILABLE: "DELIVERIES_UNAVAILABLE",
  /** No delivery for that order, or the order is another customer's. */
  DELIVERY_NOT_FOUND: "DELIVERY_NOT_FOUND",
  /** The delivery is not DELIVERED (still on its way, or canceled). */
  DELIVERY_NOT_DELIVERED: "DELIVERY_NOT_DELIVERED",
  /** The delivery was turned into a refund delivery by another refund already. */
  DELIVERY_ALREADY_REFUNDED: "DELIVERY_ALREADY_REFUNDED",
  /** The request was malformed (a caller's bug). */
  INVALID: "INVALID_REFUND_DELIVERY_REQUEST",
} as const;
