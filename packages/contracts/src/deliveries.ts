import { z } from "zod";
import { defineEvents, type EventsOf } from "./define.ts";

/** A signed-in user requested a delivery. */
export const DeliveryRequested = z.object({
  deliveryId: z.uuid(),
  ownerId: z.uuid(),
  title: z.string(),
});

/** The deliveries context confirmed a requested delivery. */
export const DeliveryConfirmed = z.object({
  deliveryId: z.uuid(),
  ownerId: z.uuid(),
});

/** The events the deliveries context publishes. */
export const deliveryEvents = defineEvents("deliveries", { DeliveryRequested, DeliveryConfirmed });

export type DeliveryEvent = EventsOf<typeof deliveryEvents>;
