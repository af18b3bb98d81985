import { notificationRequests } from "@supergraph/contracts/notifications";
import { inResponseTo, on, policy } from "@supergraph/platform";
import { sendNotification, type SendNotificationDeps } from "../commands/send-notification.ts";

/**
 * A request of notifications' own contract, from whichever context publishes it: its
 * notification is recorded and sent. The steps commit on their own (the request event's id
 * keeps them once each), so the consumer's transaction holds only its inbox record; a failing
 * provider makes the handler throw, and the consumer retries the request with backoff and then
 * parks it, while the requests behind it go on. A new system needs nothing here.
 */
export const sendRequestedNotification = (deps: SendNotificationDeps) =>
  policy("send-notification", on(notificationRequests.NotificationRequested), {
    async handle(event) {
      await sendNotification(deps, { id: event.id, requestedBy: event.source.replace(/^\/contexts\//, ""), request: event.data }, inResponseTo(event));
    },
  });
