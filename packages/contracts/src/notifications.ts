import { z } from "zod";
import { defineEvents, type EventOf, type EventsOf } from "./define.ts";

/*
 * The notifications context's contract (shared, generic). Notifications serves every system
 * the same way, by request events it takes from any publisher (like payments' requests):
 * - a caller records `NotificationRequested` in ITS OWN outbox, in the transaction of its own
 *   change (so it is never lost while notifications is down); it travels on
 *   `<ns>.events.<caller>.NotificationRequested` and notifications consumes it from all;
 * - notifications records one notification per request event (idempotent by the event's id),
 *   sends it through its (simulated) provider, retries a failing send with backoff and finally
 *   parks it as a dead letter operators see and replay; nothing else waits for it.
 * Notifications never reacts to another system's domain events: a new system publishes these
 * requests and changes nothing in notifications.
 */

/** The channels notifications sends on. */
export const NotificationChannel = z.enum(["SMS"]);
export type NotificationChannel = z.infer<typeof NotificationChannel>;

/** A caller asks for a notification to one recipient. */
export const NotificationRequested = z.object({
  /** The user it is for (who reads it in their history). */
  recipientId: z.uuid(),
  channel: NotificationChannel,
  /** Where it goes: for SMS the phone number. */
  address: z.string().min(1).max(64),
  /** The caller's kind, a free string (e.g. `COURSE_ORDERED`, `LEARNING_CANCELED`). */
  kind: z.string().min(1).max(100),
  text: z.string().min(1).max(1000),
  /** The case it belongs to (the caller's correlation id, e.g. the course order id). */
  caseId: z.string().min(1).max(200),
  /** The case as people read it (e.g. the order number `CO-2026-000123`). */
  caseLabel: z.string().max(200).optional(),
});
export type NotificationRequest = z.infer<typeof NotificationRequested>;

/**
 * The requests notifications takes from any context (publisher `*`): a caller records them in
 * its own outbox, and notifications consumes them all.
 */
export const notificationRequests = defineEvents("*", { NotificationRequested });
export type NotificationRequestEvent = EventsOf<typeof notificationRequests>;

/** The notification request, as a caller records it (its subject is the case id). */
export function notificationRequested(
  data: z.infer<typeof NotificationRequested>,
): EventOf<typeof notificationRequests.NotificationRequested> {
  return { type: "NotificationRequested", subject: data.caseId, data };
}

/** The provider took the notification. */
export const NotificationSent = z.object({
  notificationId: z.uuid(),
  recipientId: z.uuid(),
  channel: NotificationChannel,
  address: z.string(),
  kind: z.string(),
  text: z.string(),
  caseId: z.string(),
  caseLabel: z.string().optional(),
  sentAt: z.string(),
});

/** The provider kept failing: the notification was given up after its attempts (and parked). */
export const NotificationFailed = z.object({
  notificationId: z.uuid(),
  recipientId: z.uuid(),
  kind: z.string(),
  caseId: z.string(),
  attempts: z.number().int().nonnegative(),
  reason: z.string(),
});

/** The events the notifications context publishes. */
export const notificationEvents = defineEvents("notifications", { NotificationSent, NotificationFailed });

export type NotificationEvent = EventsOf<typeof notificationEvents>;
