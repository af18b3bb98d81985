import type { CommandSpec, Sql } from "@supergraph/platform";
import { notificationDecider, published, type Notification, type NotificationChange, type NotificationCommand } from "../domain/notification.ts";
import { lockNotification, lockNotificationOfRequest, saveNotification } from "../infra/notification-store.ts";

function onNotificationFound(load: (tx: Sql) => Promise<Notification | null>): CommandSpec<Notification, NotificationCommand, NotificationChange> {
  return { decider: notificationDecider, load, save: (tx, n) => saveNotification(tx, n), publish: published };
}

/** A command on the notification recorded from the request event `requestEventId` (none yet: a new one), locked while it is decided. */
export const onRequest = (requestEventId: string) => onNotificationFound((tx) => lockNotificationOfRequest(tx, requestEventId));

/** A command on the notification `id`, locked while it is decided. */
export const onNotification = (id: string) => onNotificationFound((tx) => lockNotification(tx, id));
