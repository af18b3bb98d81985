import { notificationEvents } from "@supergraph/contracts/notifications";
import { inResponseTo, on, policy, runCommand } from "@supergraph/platform";
import { onNotification } from "../commands/notification.ts";

/**
 * A requested notification is confirmed once its request is published: a step that runs after
 * the request's transaction, in the consumer's own (with its inbox record, so a redelivered
 * request confirms nothing twice). A policy on another context's event names it the same way,
 * through its publisher's contract: `on(lectureEvents.LectureOpened)`.
 */
export const confirmNotification = policy("confirm-notification", on(notificationEvents.NotificationRequested), {
  async handle(event, tx, record) {
    await runCommand(tx, record, onNotification(event.data.notificationId), { type: "ConfirmNotification" }, inResponseTo(event));
  },
});
