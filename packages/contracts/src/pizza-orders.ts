import { z } from "zod";
import { defineEvents, type EventsOf } from "./define.ts";

/*
 * The pizza-orders context's contract: the menu's pizza types and a customer's orders
 * (lines of pizza type and quantity, an amount in cents), PLACED -> PAID -> CANCELED.
 * The order id is the pizza system's correlation key: payments' reference (purpose
 * PIZZA_ORDER), the delivery's, the coupon's and the refund's order id.
 */

/** One line of an order as it was priced when placed. */
export const PizzaOrderLine = z.object({
  pizzaId: z.uuid(),
  /** The pizza type's name on the menu when the order was placed. */
  name: z.string(),
  /** 1 to 20. */
  quantity: z.number().int().min(1).max(20),
  /** The pizza type's price in cents when the order was placed. */
  unitPrice: z.number().int().nonnegative(),
});

/** A customer placed an order; it waits to be paid (PLACED). */
export const PizzaOrderPlaced = z.object({
  orderId: z.uuid(),
  customerId: z.uuid(),
  lines: z.array(PizzaOrderLine).min(1),
  /** The sum of quantity x unitPrice over the lines, in cents. */
  amount: z.number().int().nonnegative(),
  placedAt: z.string(),
});

/**
 * The order was paid (PAID): `payments.charge` (purpose PIZZA_ORDER, reference = orderId)
 * completed, answered to the pay command or, for a charge that completed after the call gave
 * up, learned from payments' PaymentCompleted. Delivery starts on it.
 */
export const PizzaOrderPaid = z.object({
  orderId: z.uuid(),
  customerId: z.uuid(),
  paymentId: z.uuid(),
  amount: z.number().int().nonnegative(),
  paidAt: z.string(),
});

/**
 * The customer canceled the order before its delivery (CANCELED). Recorded in one transaction
 * with `paymentCancellationRequested({ reference: orderId, purpose: "PIZZA_ORDER", payerId,
 * reason: "CUSTOMER_CANCELED" })`: payments refunds the charge, or voids the reference so a late
 * charge is refused. `wasPaid`: whether the order was PAID when canceled.
 */
export const PizzaOrderCanceled = z.object({
  orderId: z.uuid(),
  customerId: z.uuid(),
  wasPaid: z.boolean(),
  canceledAt: z.string(),
});

/** The events the pizza-orders context publishes. */
export const pizzaOrderEvents = defineEvents("pizza-orders", { PizzaOrderPlaced, PizzaOrderPaid, PizzaOrderCanceled });

export type PizzaOrderEvent = EventsOf<typeof pizzaOrderEvents>;
