import type { NotificationEvent } from "@supergraph/contracts/notifications";
import type { CommandSpec } from "@supergraph/platform";
import { notificationDecider, type Notification, type NotificationCommand } from "../domain/notification.ts";
import { lockNotification, saveNotification } from "../infra/notification-store.ts";

/** A command on the notification `notificationId`: locked while it is decided, saved whole. */
export function onNotification(notificationId: string): CommandSpec<Notification, NotificationCommand, NotificationEvent> {
  return {
    decider: notificationDecider,
    load: (tx) => lockNotification(tx, notificationId),
    save: (tx, notification) => saveNotification(tx, notification),
  };
}
