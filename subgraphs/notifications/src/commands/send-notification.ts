import { randomUUID } from "node:crypto";
import type { NotificationRequest } from "@supergraph/contracts/notifications";
import { executeCommand, isUniqueViolation, type CommandOptions, type UnitOfWork } from "@supergraph/platform";
import type { Notification } from "../domain/notification.ts";
import type { SmsProvider } from "../infra/sms-provider.ts";
import { onNotification, onRequest } from "./notification.ts";

export interface SendNotificationDeps {
  readonly transact: UnitOfWork;
  readonly provider: SmsProvider;
  /** Failed sends after which the consumer parks the request (the platform's EVENT_MAX_DELIVERIES). */
  readonly giveUpAfter: number;
  readonly clock: () => Date;
}

export interface RequestEvent {
  /** The request event's id: one notification per request event. */
  readonly id: string;
  /** The context whose outbox recorded it. */
  readonly requestedBy: string;
  readonly request: NotificationRequest;
}

/**
 * Records the notification of a request event and sends it, each step committed on its own so
 * that what happened stays whatever comes next:
 * 1. the notification is recorded (PENDING; once per request event, however often it comes);
 * 2. the provider is sent it (unless it was SENT already);
 * 3. taken: SENT with NotificationSent. Failed: the failed attempt is counted (the one the
 *    consumer gives up on makes it FAILED with NotificationFailed) and the failure is thrown,
 *    so the consumer retries the request with backoff and finally parks it as a dead letter.
 * A replayed dead letter finds its notification FAILED and sends it again.
 */
export async function sendNotification(deps: SendNotificationDeps, event: RequestEvent, options: CommandOptions): Promise<Notification> {
  const notification = await record(deps, event, options);
  if (notification.status === "SENT") return notification;
  try {
    await deps.provider.send({ id: notification.id, to: notification.address, text: notification.text });
  } catch (error) {
    await executeCommand(deps.transact, onNotification(notification.id), { type: "RecordFailedAttempt", reason: (error as Error).message, giveUpAfter: deps.giveUpAfter }, options);
    throw error;
  }
  const sentAt = deps.clock();
  const { state } = await executeCommand(deps.transact, onNotification(notification.id), { type: "MarkSent", at: sentAt.toISOString() }, { ...options, now: sentAt });
  return state!;
}

async function record(deps: SendNotificationDeps, event: RequestEvent, options: CommandOptions): Promise<Notification> {
  const command = { type: "RecordNotification" as const, notificationId: randomUUID(), requestEventId: event.id, requestedBy: event.requestedBy, request: event.request };
  try {
    return (await executeCommand(deps.transact, onRequest(event.id), command, options)).state!;
  } catch (error) {
    // The same request in two hands at once (a redelivery to another replica): the first one's record stands.
    if (!isUniqueViolation(error)) throw error;
    return (await executeCommand(deps.transact, onRequest(event.id), command, options)).state!;
  }
}
