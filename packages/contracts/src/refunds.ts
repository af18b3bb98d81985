import { z } from "zod";
import { defineEvents, type EventsOf } from "./define.ts";

/** A signed-in user requested a pizza refund. */
export const PizzaRefundRequested = z.object({
  pizzaRefundId: z.uuid(),
  ownerId: z.uuid(),
  title: z.string(),
});

/** The refunds context confirmed a requested pizza refund. */
export const PizzaRefundConfirmed = z.object({
  pizzaRefundId: z.uuid(),
  ownerId: z.uuid(),
});

/** The events the refunds context publishes. */
export const pizzaRefundEvents = defineEvents("refunds", { PizzaRefundRequested, PizzaRefundConfirmed });

export type PizzaRefundEvent = EventsOf<typeof pizzaRefundEvents>;
