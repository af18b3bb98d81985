import type { NotificationEvent } from "@supergraph/contracts/notifications";
import { deciderSpec } from "@supergraph/testkit/decider";
import { describe, it } from "vitest";
import { NotificationsErrorCode } from "../generated/graphql.ts";
import { notificationDecider, type Notification } from "./notification.ts";

const notificationId = "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d";
const ownerId = "0b7e8a52-7c1d-4f0a-8a3e-5d6c7b8a9f01";
const requestedAt = new Date("2026-01-02T03:04:05.000Z");
const later = new Date("2026-01-02T03:04:06.000Z");

const requested: NotificationEvent = { type: "NotificationRequested", subject: notificationId, data: { notificationId, ownerId, title: "First" } };
const confirmed: NotificationEvent = { type: "NotificationConfirmed", subject: notificationId, data: { notificationId, ownerId } };
const notification: Notification = { id: notificationId, ownerId, title: "First", status: "REQUESTED", requestedAt, confirmedAt: null };

const spec = deciderSpec(notificationDecider, { at: requestedAt });

describe("requesting a notification", () => {
  it("given nothing, when requested, then it is requested with its title trimmed", () => {
    spec.given([]).when({ type: "RequestNotification", notificationId, ownerId, title: "  First  " }).then([requested], notification);
  });

  it.each([
    ["an empty title", "   "],
    ["a title of 201 characters", "x".repeat(201)],
  ])("given %s, when requested, then it is INVALID_NOTIFICATION", (_, title) => {
    spec.given([]).when({ type: "RequestNotification", notificationId, ownerId, title }).thenRefuses(NotificationsErrorCode.INVALID_NOTIFICATION);
  });
});

describe("confirming a notification", () => {
  it("given a requested notification, when confirmed, then it is confirmed as of then", () => {
    spec.given([requested]).when({ type: "ConfirmNotification" }, { at: later }).then([confirmed], { ...notification, status: "CONFIRMED", confirmedAt: later });
  });

  it("given a confirmed notification, when confirmed again, then nothing happens", () => {
    spec.given([requested, confirmed]).when({ type: "ConfirmNotification" }).thenNothing();
  });

  it("given no notification, when confirmed, then it is NOTIFICATION_NOT_FOUND", () => {
    spec.given([]).when({ type: "ConfirmNotification" }).thenRefuses(NotificationsErrorCode.NOTIFICATION_NOT_FOUND);
  });
});
