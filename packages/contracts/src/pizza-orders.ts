import { z } from "zod";
import { defineEvents, type EventsOf } from "./define.ts";

/** A signed-in user requested a pizza order. */
export const PizzaOrderRequested = z.object({
  pizzaOrderId: z.uuid(),
  ownerId: z.uuid(),
  title: z.string(),
});

/** The pizza-orders context confirmed a requested pizza order. */
export const PizzaOrderConfirmed = z.object({
  pizzaOrderId: z.uuid(),
  ownerId: z.uuid(),
});

/** The events the pizza-orders context publishes. */
export const pizzaOrderEvents = defineEvents("pizza-orders", { PizzaOrderRequested, PizzaOrderConfirmed });

export type PizzaOrderEvent = EventsOf<typeof pizzaOrderEvents>;
