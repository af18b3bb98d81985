import { z } from "zod";
import { defineEvents, type EventsOf } from "./define.ts";

/** A signed-in user requested a notification. */
export const NotificationRequested = z.object({
  notificationId: z.uuid(),
  ownerId: z.uuid(),
  title: z.string(),
});

/** The notifications context confirmed a requested notification. */
export const NotificationConfirmed = z.object({
  notificationId: z.uuid(),
  ownerId: z.uuid(),
});

/** The events the notifications context publishes. */
export const notificationEvents = defineEvents("notifications", { NotificationRequested, NotificationConfirmed });

export type NotificationEvent = EventsOf<typeof notificationEvents>;
