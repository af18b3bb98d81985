import { randomUUID } from "node:crypto";
import { commandCausation, executeCommand, type UnitOfWork } from "@supergraph/platform";
import { notificationDecider, type Notification } from "../domain/notification.ts";
import { saveNotification } from "../infra/notification-store.ts";

export interface RequestNotificationInput {
  readonly title: string;
}

/** Requests a new notification for `ownerId`; the confirm-notification policy confirms it once NotificationRequested is published. */
export async function requestNotification(transact: UnitOfWork, ownerId: string, input: RequestNotificationInput, now: Date): Promise<Notification> {
  const notificationId = randomUUID();
  const { state } = await executeCommand(
    transact,
    { decider: notificationDecider, load: async () => null, save: (tx, notification) => saveNotification(tx, notification) },
    { type: "RequestNotification", notificationId, ownerId, ...input },
    { now, causation: commandCausation(notificationId) },
  );
  return state!;
}
