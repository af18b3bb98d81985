import type { NotificationRequest } from "@supergraph/contracts/notifications";
import { deciderSpec } from "@supergraph/testkit/decider";
import { describe, expect, it } from "vitest";
import { notificationDecider, published, type NotificationChange } from "./notification.ts";

const notificationId = "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d";
const requestEventId = "6b4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1e";
const recipientId = "0b7e8a52-7c1d-4f0a-8a3e-5d6c7b8a9f01";
const orderId = "7c1d0b7e-8a52-4f0a-8a3e-5d6c7b8a9f02";
const at = new Date("2026-01-02T03:04:05.000Z");
const later = new Date("2026-01-02T03:04:06.000Z");

const request: NotificationRequest = { recipientId, channel: "SMS", address: "01012345678", kind: "COURSE_ORDERED", text: "Your order CO-2026-000001 is placed.", caseId: orderId, caseLabel: "CO-2026-000001" };
const recorded: NotificationChange = { type: "NotificationRecorded", subject: orderId, data: { ...request, notificationId, requestEventId, requestedBy: "course-orders" } };
const failedOnce = (n: number, reason = "down"): NotificationChange => ({ type: "SendAttemptFailed", subject: orderId, data: { notificationId, failedAttempts: n, reason } });
const gaveUp = (n: number): NotificationChange => ({ type: "NotificationFailed", subject: orderId, data: { notificationId, recipientId, kind: "COURSE_ORDERED", caseId: orderId, attempts: n, reason: "down" } });
const sent: NotificationChange = {
  type: "NotificationSent",
  subject: orderId,
  data: { notificationId, recipientId, channel: "SMS", address: "01012345678", kind: "COURSE_ORDERED", text: request.text, caseId: orderId, caseLabel: "CO-2026-000001", sentAt: later.toISOString() },
};

const spec = deciderSpec(notificationDecider, { at });
const record = { type: "RecordNotification", notificationId, requestEventId, requestedBy: "course-orders", request } as const;
const markSent = { type: "MarkSent", at: later.toISOString() } as const;
const fail = (giveUpAfter = 3) => ({ type: "RecordFailedAttempt" as const, reason: "down", giveUpAfter });

describe("recording a request", () => {
  it("given none, when a request event comes, then its notification is PENDING (and nothing is published)", () => {
    const outcome = spec.given([]).when(record).then([recorded]);
    expect(outcome.state).toMatchObject({ id: notificationId, requestEventId, status: "PENDING", failedAttempts: 0, caseLabel: "CO-2026-000001", requestedAt: at });
    expect(published(outcome.events)).toEqual([]);
  });
  it("given it recorded, when the same request comes again, then nothing happens", () => {
    spec.given([recorded]).when(record).thenNothing();
  });
});

describe("sending", () => {
  it("given a pending notification, when the provider took it, then it is SENT with NotificationSent", () => {
    const outcome = spec.given([recorded]).when(markSent, { at: later }).then([sent]);
    expect(outcome.state).toMatchObject({ status: "SENT", sentAt: later });
    expect(published(outcome.events)).toEqual([sent]);
  });
  it("given it sent, when sent again, then nothing happens (no second NotificationSent)", () => {
    spec.given([recorded, sent]).when(markSent).thenNothing();
  });
  it("given a request without case label, then NotificationSent has none", () => {
    const { caseLabel: _, ...unlabeled } = request;
    const [event] = spec.given([{ ...recorded, data: { ...recorded.data, ...unlabeled, caseLabel: undefined } } as NotificationChange]).when(markSent).outcome().events;
    expect(event?.data).not.toHaveProperty("caseLabel");
  });
});

describe("a failing provider", () => {
  it("given a pending notification, when an attempt fails before the last, then it is counted and it stays PENDING", () => {
    const outcome = spec.given([recorded]).when(fail()).then([failedOnce(1)]);
    expect(outcome.state).toMatchObject({ status: "PENDING", failedAttempts: 1, lastError: "down" });
  });
  it("given two failed attempts, when the last one the consumer makes fails, then it is FAILED with NotificationFailed", () => {
    const outcome = spec.given([recorded, failedOnce(1), failedOnce(2)]).when(fail(3)).then([failedOnce(3), gaveUp(3)]);
    expect(outcome.state?.status).toBe("FAILED");
    expect(published(outcome.events)).toEqual([gaveUp(3)]);
  });
  it("given it FAILED (parked), when its replay fails again, then only the count changes", () => {
    spec.given([recorded, failedOnce(1), gaveUp(1)]).when(fail(1)).then([failedOnce(2)]);
  });
  it("given it FAILED (parked), when its replay is taken, then it is SENT", () => {
    expect(spec.given([recorded, failedOnce(1), gaveUp(1)]).when(markSent).then([sent]).state?.status).toBe("SENT");
  });
  it("given it sent, when a late failure is reported, then nothing happens", () => {
    spec.given([recorded, sent]).when(fail()).thenNothing();
  });
});
