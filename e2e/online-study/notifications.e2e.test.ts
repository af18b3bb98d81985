import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deadLettersCli, type SignedIn, Stack, waitFor } from "@supergraph/testkit";
import { consumed, learningOf, orderAndStart, ordered, smsHistory, smsOfOrder } from "./helpers.ts";
import { CANCEL_ORDER, MY_SMS, SMS_OF } from "./operations.ts";

/*
 * Requirement 7 through the router: course ordered, learning started, order canceled and
 * learning canceled each record one SMS for the student (phone, kind, text, sent at, the order
 * number), once; the student reads their own history, an ADMIN anyone's. A failing SMS provider:
 * the order is still taken, its SMS is retried, then FAILED (the student sees it) and parked
 * where operators list it; the provider working again, the operators' replay sends it.
 */
describe("online study: SMS history (notifications)", () => {
  let stack: Stack;
  let manager: SignedIn;
  let student: SignedIn;

  beforeAll(async () => {
    stack = await Stack.start({ notifications: { EVENT_MAX_DELIVERIES: "3" } }, { only: ["course-orders", "learning", "notifications"] });
    [manager, student] = await Promise.all([stack.signUp("LEARNING_MANAGER", "Lena Learning"), stack.signUp("STUDENT", "Sora Student")]);
  }, 180_000);
  afterAll(() => stack?.stop());

  const codeOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;

  it("order, start and cancel: 4 SMS, once each, with the phone, kind, text, sent at and order number", async () => {
    const { order } = await orderAndStart(stack, student, manager);
    expect((await stack.gql(CANCEL_ORDER, { id: order.id }, student.token)).data?.cancelCourseOrder).toMatchObject({ status: "CANCELED" });
    await learningOf(stack, student, order.id, "CANCELED");

    await smsOfOrder(stack, student, order.id, 4);
    await consumed(stack, "notifications", "send-notification");
    const mine = (await smsHistory(stack, student)).filter((s) => s.caseId === order.id);
    expect(mine.map((s) => s.kind).sort()).toEqual(["COURSE_ORDERED", "COURSE_ORDER_CANCELED", "LEARNING_CANCELED", "LEARNING_STARTED"]);
    for (const s of mine) {
      expect(s).toMatchObject({ channel: "SMS", status: "SENT", caseLabel: order.orderNumber, recipient: { id: student.userId }, failedAttempts: 0 });
      expect(s.address.replace(/\D/g, "")).toBe(order.phoneNumber.replace(/\D/g, ""));
      expect(s.text.length).toBeGreaterThan(0);
      expect(Date.parse(s.sentAt!)).not.toBeNaN();
    }
    expect(mine.map((s) => s.requestedBy).sort()).toEqual(["course-orders", "course-orders", "learning", "learning"]);
    const rows = await stack.sql<{ n: number }>("notifications", "SELECT count(*)::int AS n FROM notification WHERE case_id = $1", [order.id]);
    expect(rows[0]!.n).toBe(4);
  });

  it("the student reads only their own; an ADMIN reads anyone's; other callers get typed errors", async () => {
    const order = await ordered(stack, student);
    await smsOfOrder(stack, student, order.id, 1);
    const [otherStudent, admin] = await Promise.all([stack.mintUser("STUDENT"), stack.mintUser("ADMIN")]);
    expect(await smsHistory(stack, otherStudent)).toEqual([]);
    const seen = (await stack.gql(SMS_OF, { userId: student.userId }, admin.token)).data?.smsHistory as { caseId: string }[];
    expect(seen.some((s) => s.caseId === order.id)).toBe(true);
    expect(codeOf(await stack.gql(SMS_OF, { userId: student.userId }, otherStudent.token))).toBe("FORBIDDEN");
    expect(codeOf(await stack.gql(SMS_OF, { userId: "not-a-uuid" }, admin.token))).toBe("INVALID_USER_ID");
    expect(codeOf(await stack.gql(MY_SMS, {}))).toBe("UNAUTHENTICATED");
  });

  it("a failing provider: the order is taken, its SMS retried then FAILED and parked for operators; the replay sends it once", async () => {
    await stack.service("notifications").stop();
    await stack.service("notifications").start({ SMS_FAILURE_RATE: "1" });
    const order = await ordered(stack, student);
    expect(order.status).toBe("ORDERED");
    const [failed] = await waitFor("the order's SMS to be FAILED", async () => {
      const mine = (await smsHistory(stack, student)).filter((s) => s.caseId === order.id);
      return mine[0]?.status === "FAILED" ? mine : null;
    });
    expect(failed).toMatchObject({ kind: "COURSE_ORDERED", failedAttempts: 3, sentAt: null });
    const listed = await waitFor("the parked request in the operators' list", async () => {
      const out = await deadLettersCli(stack, "notifications", "list");
      return out.includes("notifications-send-notification") ? out : null;
    });
    const id = listed.split("\n").find((l) => l.includes("notifications-send-notification") && l.includes("deliveries=3"))?.split("\t")[0];
    expect(id).toMatch(/^\d+$/);

    await stack.service("notifications").stop();
    await stack.service("notifications").start({ SMS_FAILURE_RATE: "0" });
    expect(await deadLettersCli(stack, "notifications", "replay", id!)).toContain(`replayed 1: ${id}`);
    const sent = await waitFor("the replayed SMS to be SENT", async () => (await smsHistory(stack, student)).find((s) => s.caseId === order.id && s.status === "SENT"));
    expect(sent).toMatchObject({ id: failed!.id, kind: "COURSE_ORDERED", failedAttempts: 3 });
    expect((await smsHistory(stack, student)).filter((s) => s.caseId === order.id)).toHaveLength(1);
  });
});
