import type { NotificationEvent } from "@supergraph/contracts/notifications";
import { domainErrors, type Decider } from "@supergraph/platform";
import { NotificationsErrorCode, type NotificationStatus } from "../generated/graphql.ts";

/** Statuses of a notification: the SDL's enum (the Prisma schema's copy is checked by scripts/enums.test.ts). */
export type { NotificationStatus };

export interface Notification {
  readonly id: string;
  readonly ownerId: string;
  readonly title: string;
  readonly status: NotificationStatus;
  readonly requestedAt: Date;
  readonly confirmedAt: Date | null;
}

export type NotificationCommand =
  | { type: "RequestNotification"; notificationId: string; ownerId: string; title: string }
  /** The request was published: the notification is confirmed (the confirm-notification policy). */
  | { type: "ConfirmNotification" };

/** Refusals of the notifications context, their codes from its SDL's NotificationsErrorCode. */
export const NotificationError = domainErrors(NotificationsErrorCode);

/** Decides which events a command on a notification yields, or refuses it. */
export function decide(command: NotificationCommand, state: Notification | null): NotificationEvent[] {
  switch (command.type) {
    case "RequestNotification": {
      const title = command.title.trim();
      if (title.length < 1 || title.length > 200) throw NotificationError.refuse("INVALID_NOTIFICATION", "The title must have 1 to 200 characters.");
      const { notificationId, ownerId } = command;
      return [{ type: "NotificationRequested", subject: notificationId, data: { notificationId, ownerId, title } }];
    }
    case "ConfirmNotification": {
      if (!state) throw NotificationError.refuse("NOTIFICATION_NOT_FOUND", "No notification with that id.");
      // Confirmed already (its request delivered again): nothing more happens.
      if (state.status === "CONFIRMED") return [];
      return [{ type: "NotificationConfirmed", subject: state.id, data: { notificationId: state.id, ownerId: state.ownerId } }];
    }
    default: {
      const unknown: never = command;
      throw new Error(`unknown command ${JSON.stringify(unknown)}`);
    }
  }
}

/** Applies an event to the notification it is about, as of `at`. */
export function evolve(state: Notification | null, event: NotificationEvent, at: Date): Notification {
  switch (event.type) {
    case "NotificationRequested":
      return { id: event.data.notificationId, ownerId: event.data.ownerId, title: event.data.title, status: "REQUESTED", requestedAt: at, confirmedAt: null };
    case "NotificationConfirmed":
      if (!state) throw new Error("NotificationConfirmed for a notification that does not exist");
      return { ...state, status: "CONFIRMED", confirmedAt: at };
    default: {
      const unknown: never = event;
      throw new Error(`unknown event ${JSON.stringify(unknown)}`);
    }
  }
}

/** The notifications context's decisions on a notification, for the platform's command layer. */
export const notificationDecider: Decider<Notification, NotificationCommand, NotificationEvent> = { decide, evolve };
