/**
 * The notifications context on real PostgreSQL and real NATS, with two replicas of its
 * consumer on one database: request events from any publisher each record one notification,
 * sent once however often the request comes; a provider failing for one recipient is retried
 * with backoff, then the notification is FAILED and its request parked as a dead letter, while
 * the requests behind it are sent; once the provider works, the operator's replay sends it.
 */
import { randomUUID } from "node:crypto";
import { notificationRequests, type NotificationRequest } from "@supergraph/contracts/notifications";
import { createLogger, createMetrics, listDeadLetters, replayDeadLetters, startConsumers, type RunningConsumers } from "@supergraph/platform";
import { PolicyHarness, type PolicyDeps } from "@supergraph/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SendFailed, type SmsMessage, type SmsProvider } from "./infra/sms-provider.ts";
import { sendRequestedNotification } from "./policies/send-requested-notification.ts";

const MAX_DELIVERIES = 3;
let harness: PolicyHarness;
let secondReplica: RunningConsumers;
/** Messages the provider took; it fails every message to a number in `failing`. */
const taken: SmsMessage[] = [];
const failing = new Set<string>();
const provider: SmsProvider = {
  async send(message) {
    if (failing.has(message.to)) throw new SendFailed();
    taken.push(message);
  },
};

beforeAll(async () => {
  let policies: ReturnType<typeof sendRequestedNotification>[] = [];
  harness = await PolicyHarness.start({
    context: "notifications",
    maxDeliveries: MAX_DELIVERIES,
    policies: (deps: PolicyDeps) => (policies = [sendRequestedNotification({ transact: deps.transact, provider, clock: deps.clock, giveUpAfter: MAX_DELIVERIES })]),
  });
  secondReplica = await startConsumers(
    {
      context: "notifications",
      bus: harness.bus,
      pool: harness.pool,
      transact: harness.transact,
      log: createLogger("notifications-replica", "silent"),
      metrics: createMetrics("notifications-replica"),
      maxDeliveries: MAX_DELIVERIES,
    },
    policies,
  );
});
afterAll(async () => {
  await secondReplica?.stop();
  await harness?.stop();
});

let phones = 0;
function request(kind = "COURSE_ORDERED", recipientId = randomUUID()): NotificationRequest {
  const caseId = randomUUID();
  return { recipientId, channel: "SMS", address: `010${String(10_000_000 + ++phones)}`, kind, text: `${kind} for your order`, caseId, caseLabel: "CO-2026-000001" };
}
const ask = (data: NotificationRequest, from = "course-orders") => harness.publish(notificationRequests.NotificationRequested, { subject: data.caseId, data, from });
const notificationsOf = (recipientId: string) =>
  harness.rows<{ id: string; status: string; kind: string; failedAttempts: number; requestedBy: string; caseLabel: string | null }>(
    `SELECT id, status::text AS status, kind, failed_attempts AS "failedAttempts", requested_by AS "requestedBy", case_label AS "caseLabel" FROM notification WHERE recipient_id = $1 ORDER BY requested_at`,
    recipientId,
  );
const statusOf = (recipientId: string, status: string) =>
  harness.waitForRow<{ status: string }>(`a notification of ${recipientId} to be ${status}`, `SELECT status::text AS status FROM notification WHERE recipient_id = $1`, [recipientId], (r) => r.status === status, 30_000);
const durable = () => harness.bus.names.durable("notifications", "send-notification");
const recordedFor = async (type: string, recipientId: string) => (await harness.recorded(type)).filter((e) => (e.data as { recipientId: string }).recipientId === recipientId);

describe("notifications: one per request event", () => {
  it("records and sends a request once however often it is delivered, over two replicas", async () => {
    const data = request();
    const published = await ask(data);
    await statusOf(data.recipientId, "SENT");
    await harness.redeliver(published);
    await harness.redeliver(published);
    await harness.settled(30_000);
    expect(await notificationsOf(data.recipientId)).toEqual([expect.objectContaining({ status: "SENT", kind: "COURSE_ORDERED", requestedBy: "course-orders", caseLabel: "CO-2026-000001" })]);
    expect(taken.filter((m) => m.to === data.address)).toHaveLength(1);
    const sent = await recordedFor("NotificationSent", data.recipientId);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.data).toMatchObject({ channel: "SMS", address: data.address, kind: "COURSE_ORDERED", caseId: data.caseId, caseLabel: "CO-2026-000001" });
  });

  it("takes requests from any publisher: 4 kinds of one student from two contexts, plus 20 more across the replicas, each once", async () => {
    const studentId = randomUUID();
    const kinds: [string, string][] = [["COURSE_ORDERED", "course-orders"], ["LEARNING_STARTED", "learning"], ["COURSE_ORDER_CANCELED", "course-orders"], ["LEARNING_CANCELED", "learning"]];
    for (const [kind, from] of kinds) await ask(request(kind, studentId), from);
    const others = Array.from({ length: 20 }, () => request());
    await Promise.all(others.map((r) => ask(r, "pizza-orders")));
    await harness.settled(30_000);
    const mine = await notificationsOf(studentId);
    // Two replicas take the requests (each of its own case), so their rows' order is not the publishing order.
    const byKind = (a: string[], b: string[]) => a[0]!.localeCompare(b[0]!);
    expect(mine.map((n) => [n.kind, n.requestedBy, n.status]).sort(byKind)).toEqual(kinds.map(([kind, from]) => [kind, from, "SENT"]).sort(byKind));
    for (const r of others) expect(await notificationsOf(r.recipientId)).toEqual([expect.objectContaining({ status: "SENT", requestedBy: "pizza-orders" })]);
    expect(await recordedFor("NotificationSent", studentId)).toHaveLength(4);
  });
});

describe("a failing provider", () => {
  it("retries with backoff, then parks the request with the notification FAILED, while the requests behind it are sent; the replay sends it", async () => {
    const stuck = request("LEARNING_STARTED");
    failing.add(stuck.address);
    const stuckEvent = await ask(stuck, "learning");
    const behind = Array.from({ length: 5 }, () => request());
    for (const r of behind) await ask(r);

    // Nothing blocked: the ones behind it are sent while it is retried.
    for (const r of behind) await statusOf(r.recipientId, "SENT");
    await statusOf(stuck.recipientId, "FAILED");
    // (Not settled(): a parked event is terminated, which NATS 2.9 counts as pending for good.)
    const parked = await harness.waitForRow<{ id: number }>("the request to be parked", `SELECT id::int FROM platform_dead_letter WHERE event_id = $1`, [stuckEvent.id]);
    expect(await notificationsOf(stuck.recipientId)).toEqual([expect.objectContaining({ status: "FAILED", failedAttempts: MAX_DELIVERIES })]);
    const failed = await recordedFor("NotificationFailed", stuck.recipientId);
    expect(failed).toHaveLength(1);
    expect(failed[0]!.data).toMatchObject({ kind: "LEARNING_STARTED", attempts: MAX_DELIVERIES, reason: "The SMS provider did not take the message." });
    const letters = (await listDeadLetters(harness.pool)).filter((l) => l.eventId === stuckEvent.id);
    expect(letters).toEqual([expect.objectContaining({ id: parked.id, consumer: durable(), deliveries: MAX_DELIVERIES, reason: expect.stringContaining(`failed ${MAX_DELIVERIES} times`) })]);

    // The provider works again: the operator replays it and it is sent, once.
    failing.delete(stuck.address);
    const { replayed } = await replayDeadLetters(harness.pool, harness.bus, [parked.id]);
    expect(replayed).toEqual([parked.id]);
    await statusOf(stuck.recipientId, "SENT");
    await harness.waitForRow("the replay to be handled", `SELECT 1 FROM platform_inbox WHERE consumer = $1 AND event_id = $2`, [durable(), stuckEvent.id]);
    expect(taken.filter((m) => m.to === stuck.address)).toHaveLength(1);
    expect(await recordedFor("NotificationSent", stuck.recipientId)).toHaveLength(1);
    expect(await notificationsOf(stuck.recipientId)).toHaveLength(1);
  });
});
