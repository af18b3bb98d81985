import type { NotificationEvent, NotificationRequest } from "@supergraph/contracts/notifications";
import type { Decider } from "@supergraph/platform";
import type { NotificationChannel, NotificationStatus } from "../generated/graphql.ts";

/** The SDL's enums (the Prisma schema's copies are checked by scripts/enums.test.ts). */
export type { NotificationChannel, NotificationStatus };

export interface Notification {
  readonly id: string;
  /** The request event it was recorded from: one notification per request event. */
  readonly requestEventId: string;
  /** The context whose outbox recorded the request. */
  readonly requestedBy: string;
  readonly recipientId: string;
  readonly channel: NotificationChannel;
  readonly address: string;
  readonly kind: string;
  readonly text: string;
  readonly caseId: string;
  readonly caseLabel: string | null;
  readonly status: NotificationStatus;
  readonly failedAttempts: number;
  readonly lastError: string | null;
  readonly requestedAt: Date;
  readonly sentAt: Date | null;
}

/**
 * What stays in notifications (never published): the request recorded, and a failed attempt.
 * `NotificationSent` / `NotificationFailed` are the published language.
 */
export type NotificationRecorded = {
  type: "NotificationRecorded";
  subject: string;
  data: NotificationRequest & { notificationId: string; requestEventId: string; requestedBy: string };
};
export type SendAttemptFailed = { type: "SendAttemptFailed"; subject: string; data: { notificationId: string; failedAttempts: number; reason: string } };
export type NotificationChange = NotificationEvent | NotificationRecorded | SendAttemptFailed;

export type NotificationCommand =
  /** A request event arrived (ids chosen by the policy; the request's own id is `requestEventId`). */
  | { type: "RecordNotification"; notificationId: string; requestEventId: string; requestedBy: string; request: NotificationRequest }
  /** The provider took it. */
  | { type: "MarkSent"; at: string }
  /**
   * The provider failed. `giveUpAfter` is how many failed attempts the consumer makes before it
   * parks the request (EVENT_MAX_DELIVERIES): the one that reaches it makes the notification FAILED.
   */
  | { type: "RecordFailedAttempt"; reason: string; giveUpAfter: number };

/** Decides the events of a command on a notification. */
export function decide(command: NotificationCommand, state: Notification | null): NotificationChange[] {
  switch (command.type) {
    case "RecordNotification": {
      // Recorded already: the same request delivered again (or replayed).
      if (state) return [];
      const { notificationId, requestEventId, requestedBy, request } = command;
      return [{ type: "NotificationRecorded", subject: request.caseId, data: { ...request, notificationId, requestEventId, requestedBy } }];
    }
    case "MarkSent": {
      if (!state) throw new Error("MarkSent for a notification that was not recorded");
      // Sent already: nothing is sent or announced twice.
      if (state.status === "SENT") return [];
      const { id: notificationId, recipientId, channel, address, kind, text, caseId, caseLabel } = state;
      return [
        {
          type: "NotificationSent",
          subject: caseId,
          data: { notificationId, recipientId, channel, address, kind, text, caseId, ...(caseLabel !== null && { caseLabel }), sentAt: command.at },
        },
      ];
    }
    case "RecordFailedAttempt": {
      if (!state) throw new Error("RecordFailedAttempt for a notification that was not recorded");
      if (state.status === "SENT") return [];
      const failedAttempts = state.failedAttempts + 1;
      const { id: notificationId, recipientId, kind, caseId } = state;
      const failed: NotificationChange[] = [{ type: "SendAttemptFailed", subject: caseId, data: { notificationId, failedAttempts, reason: command.reason } }];
      // Announced once, when the consumer gives up; a replayed request failing again changes only the count.
      if (state.status === "PENDING" && failedAttempts >= command.giveUpAfter) {
        failed.push({ type: "NotificationFailed", subject: caseId, data: { notificationId, recipientId, kind, caseId, attempts: failedAttempts, reason: command.reason } });
      }
      return failed;
    }
    default: {
      const unknown: never = command;
      throw new Error(`unknown command ${JSON.stringify(unknown)}`);
    }
  }
}

/** Applies an event to the notification it is about, as of `at`. */
export function evolve(state: Notification | null, event: NotificationChange, at: Date): Notification | null {
  switch (event.type) {
    case "NotificationRecorded": {
      const { notificationId, requestEventId, requestedBy, recipientId, channel, address, kind, text, caseId, caseLabel } = event.data;
      return {
        id: notificationId, requestEventId, requestedBy, recipientId, channel, address, kind, text, caseId, caseLabel: caseLabel ?? null,
        status: "PENDING", failedAttempts: 0, lastError: null, requestedAt: at, sentAt: null,
      };
    }
    case "NotificationSent":
      return state && { ...state, status: "SENT", lastError: null, sentAt: at };
    case "SendAttemptFailed":
      return state && { ...state, failedAttempts: event.data.failedAttempts, lastError: event.data.reason };
    case "NotificationFailed":
      return state && { ...state, status: "FAILED" };
    default: {
      const unknown: never = event;
      throw new Error(`unknown event ${JSON.stringify(unknown)}`);
    }
  }
}

/** The notifications context's decisions on a notification, for the platform's command layer. */
export const notificationDecider: Decider<Notification, NotificationCommand, NotificationChange> = { decide, evolve };

/** Only the contract's events leave notifications. */
export const published = (events: readonly NotificationChange[]): NotificationEvent[] =>
  events.filter((e): e is NotificationEvent => e.type === "NotificationSent" || e.type === "NotificationFailed");
