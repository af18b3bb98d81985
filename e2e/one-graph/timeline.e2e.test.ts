import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { deadLettersCli, openSubscriptions, type SignedIn, Stack, Subscriber, waitFor } from "@supergraph/testkit";
import { openLecture, register } from "../course-registration/helpers.ts";
import { CANCEL_REGISTRATION } from "../course-registration/operations.ts";
import { CASE_TIMELINE_CHANGES, causesAfterEffects, codeOf, readTimeline, steps, timelineWhere } from "./timeline-helpers.ts";

const MAX_DELIVERIES = 3;

/** The events of a registration paid, canceled and refunded: three contexts' steps of one case. */
const CANCELED_REGISTRATION_STEPS = [
  "payments PaymentCompleted",
  "registrations CourseRegistered",
  "registrations RegistrationPaid",
  "lectures EnrolmentChanged",
  "registrations RegistrationCanceled",
  "registrations PaymentCancellationRequested",
  "lectures EnrolmentChanged",
  "payments PaymentCanceled",
];

/**
 * The case timeline through the router (docs/one-graph.md): a course registration's case
 * (registered, paid, canceled, refunded) across registrations, payments and lectures, read by
 * its student and an ADMIN, refused to anyone else, pushed live while it moves, and a refund
 * parked as a dead letter shown as such until the operator's replay refunds it.
 */
describe("the case timeline", () => {
  let stack: Stack;
  let instructor: SignedIn;
  const subscribers: Subscriber[] = [];
  const subscriber = (token: string | undefined) => {
    const s = new Subscriber(stack.router.url, token);
    subscribers.push(s);
    return s;
  };
  const payments = () => stack.service("payments");

  beforeAll(async () => {
    stack = await Stack.start({ payments: { EVENT_MAX_DELIVERIES: String(MAX_DELIVERIES) } }, { only: ["payments", "lectures", "registrations", "views"] });
    instructor = await stack.signUp("INSTRUCTOR");
  });
  afterAll(async () => {
    await Promise.all(subscribers.map((s) => s.close()));
    await stack?.stop();
  });

  /** Registers `student` for a new lecture and waits until views holds the registration's case; returns its id. */
  async function registered(student: SignedIn, title: string): Promise<string> {
    const lectureId = await openLecture(stack, instructor, { title });
    const res = await register(stack, student, lectureId);
    const id = res.data?.registerForLecture?.id as string | undefined;
    if (!id) throw new Error(`registerForLecture failed: ${JSON.stringify(res.errors)}`);
    await timelineWhere(stack, id, student.token, "the registration paid", (t) => steps(t).includes("registrations RegistrationPaid"));
    return id;
  }

  it("holds each context's events of a registration in causal order with what caused them; its student and an ADMIN read it, anyone else is refused; changes are pushed while the case moves", async () => {
    const [student, stranger, admin] = await Promise.all([stack.signUp("STUDENT"), stack.signUp("STUDENT"), stack.mintUser("ADMIN")]);
    const id = await registered(student, "Timelines");

    const [mine, strangers] = await openSubscriptions(stack.router.url, 1, () => [
      subscriber(student.token).subscribe(CASE_TIMELINE_CHANGES, { caseId: id }),
      subscriber(stranger.token).subscribe(CASE_TIMELINE_CHANGES, { caseId: id }),
    ]);
    expect((await stack.gql(CANCEL_REGISTRATION, { id }, student.token)).data?.cancelRegistration.status).toBe("CANCELED");

    const timeline = await timelineWhere(stack, id, student.token, "the refund and both enrolment changes", (t) => steps(t).includes("payments PaymentCanceled") && steps(t).filter((s) => s === "lectures EnrolmentChanged").length === 2);
    expect(timeline).toMatchObject({ id, caseId: id, ownerId: student.userId, hasParked: false });
    // Three contexts' events of the one case; the order of effects of different causes follows their times.
    expect([...steps(timeline)].sort()).toEqual([...CANCELED_REGISTRATION_STEPS].sort());
    expect(causesAfterEffects(timeline)).toEqual([]);
    const one = (context: string, type: string) => timeline.events.filter((e) => e.context === context && e.type === type);
    const [courseRegistered] = one("registrations", "CourseRegistered");
    const [canceled] = one("registrations", "RegistrationCanceled");
    const [request] = one("registrations", "PaymentCancellationRequested");
    expect(one("lectures", "EnrolmentChanged").map((e) => e.causedBy).sort()).toEqual([courseRegistered!.id, canceled!.id].sort());
    expect(one("payments", "PaymentCanceled")[0]).toMatchObject({ causedBy: request!.id, causationId: request!.id, parked: false, parkedDetail: null });
    // Events of one transaction (same millisecond) keep the order they were recorded in.
    expect(steps(timeline).indexOf("registrations CourseRegistered")).toBeLessThan(steps(timeline).indexOf("registrations RegistrationPaid"));
    expect(steps(timeline).indexOf("registrations RegistrationCanceled")).toBeLessThan(steps(timeline).indexOf("registrations PaymentCancellationRequested"));
    expect(timeline.events.filter((e) => e.causedBy === null).every((e) => e.causationId !== "" && !timeline.events.some((c) => c.id === e.causationId))).toBe(true);

    // Pushed while the case moved: each change names the latest event stored with it; the last holds the refund.
    const pushed = await waitFor("a pushed timeline holding the refund", () =>
      mine.received.find((r) => r.caseTimelineChanges.timeline.events.some((e: { type: string }) => e.type === "PaymentCanceled")),
    );
    expect(pushed.caseTimelineChanges.timeline).toMatchObject({ id, ownerId: student.userId, hasParked: false });
    for (const { caseTimelineChanges: change } of mine.received) {
      expect(change.cursor).toMatch(/^\d+:/);
      expect(timeline.events.find((e) => e.id === change.eventId)).toMatchObject({ type: change.eventType, context: change.context });
    }
    expect(mine.errors).toEqual([]);
    // Resumable: subscribed again after the first change's cursor, the later changes come first, in order.
    const later = mine.received.slice(1).map((r) => r.caseTimelineChanges.cursor as string);
    const resumed = subscriber(student.token).subscribe(CASE_TIMELINE_CHANGES, { caseId: id, after: mine.received[0].caseTimelineChanges.cursor });
    const replayed = await resumed.waitForCount(later.length);
    expect(replayed.slice(0, later.length).map((r) => r.caseTimelineChanges.cursor)).toEqual(later);
    expect(resumed.errors).toEqual([]);
    expect(strangers.received).toEqual([]);
    expect(strangers.errors).toMatchObject([{ extensions: { code: "FORBIDDEN" } }]);

    const asAdmin = await readTimeline(stack, id, admin.token);
    expect(asAdmin.errors).toBeUndefined();
    expect(asAdmin.data?.caseTimeline).toEqual(timeline);
    const asStranger = await readTimeline(stack, id, stranger.token);
    expect(codeOf(asStranger)).toBe("FORBIDDEN");
    expect(asStranger.data?.caseTimeline ?? null).toBeNull();
    expect(codeOf(await readTimeline(stack, id))).toBe("UNAUTHENTICATED");
    const unknown = await readTimeline(stack, randomUUID(), admin.token);
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data?.caseTimeline).toBeNull();
  });

  it("catches up after views was down: every event the case had meanwhile is in its timeline once, in causal order", async () => {
    const student = await stack.signUp("STUDENT");
    const lectureId = await openLecture(stack, instructor, { title: "While views was away" });
    const views = stack.service("views");
    await views.stop();
    onTestFinished(async () => {
      if (!views.running) await views.start();
    });
    const res = await register(stack, student, lectureId);
    const id = res.data?.registerForLecture?.id as string;
    expect(res.data?.registerForLecture?.status, JSON.stringify(res.errors)).toBe("PAID");
    expect((await stack.gql(CANCEL_REGISTRATION, { id }, student.token)).data?.cancelRegistration.status).toBe("CANCELED");
    await waitFor("payments to refund meanwhile", async () =>
      (await stack.sql("payments", "SELECT 1 FROM platform_outbox WHERE payload->>'type' = 'PaymentCanceled' AND payload->>'correlationid' = $1 AND published_at IS NOT NULL", [id])).length === 1,
    );
    await views.start();

    const timeline = await timelineWhere(stack, id, student.token, "every event of the case", (t) => steps(t).includes("payments PaymentCanceled") && steps(t).filter((s) => s === "lectures EnrolmentChanged").length === 2);
    expect([...steps(timeline)].sort()).toEqual([...CANCELED_REGISTRATION_STEPS].sort());
    expect(new Set(timeline.events.map((e) => e.id)).size).toBe(timeline.events.length);
    expect(causesAfterEffects(timeline)).toEqual([]);
    expect(timeline).toMatchObject({ ownerId: student.userId, hasParked: false });
  });

  it("shows a refund parked as a dead letter (EventParked, hasParked) to the student, live, until the operator's replay refunds it", async () => {
    await payments().stop();
    await payments().start({ PAYMENT_REFUND_FAILURE_RATE: "1" });
    onTestFinished(async () => {
      if (payments().running) await payments().stop();
      await payments().start();
    });
    const student = await stack.signUp("STUDENT");
    const id = await registered(student, "Parked refunds");
    const live = await openSubscriptions(stack.router.url, 1, () => subscriber(student.token).subscribe(CASE_TIMELINE_CHANGES, { caseId: id }));
    expect((await stack.gql(CANCEL_REGISTRATION, { id }, student.token)).data?.cancelRegistration.status).toBe("CANCELED");

    const waiting = await timelineWhere(stack, id, student.token, "the parked refund", (t) => t.events.some((e) => e.parked), 60_000);
    const [request] = waiting.events.filter((e) => e.type === "PaymentCancellationRequested");
    const notice = waiting.events.find((e) => e.parked)!;
    expect(notice).toMatchObject({
      context: "payments",
      type: "EventParked",
      causedBy: request!.id,
      parkedDetail: { consumer: "payments-cancel-payment", eventId: request!.id, eventType: "PaymentCancellationRequested" },
    });
    expect(notice.parkedDetail!.reason).toContain(`failed ${MAX_DELIVERIES} times`);
    expect(notice.parkedDetail!.reason).toContain("refused the refund");
    expect(waiting.hasParked).toBe(true);
    expect(steps(waiting)).not.toContain("payments PaymentCanceled");
    // Pushed too: a change whose timeline shows the case waiting.
    const pushedParked = await waitFor("the parked notice pushed", () => live.received.find((r) => r.caseTimelineChanges.timeline.hasParked === true));
    expect(pushedParked.caseTimelineChanges.timeline.events.map((e: { id: string }) => e.id)).toContain(notice.id);

    // The operator fixes the processor and replays the parked request: payments refunds, caused by it.
    await payments().stop();
    await payments().start();
    const parked = await stack.sql<{ id: number }>("payments", `SELECT id::int FROM platform_dead_letter WHERE consumer = 'payments-cancel-payment' AND event_id = $1 AND replayed_at IS NULL`, [request!.id]);
    expect(parked).toHaveLength(1);
    expect(await deadLettersCli(stack, "payments", "replay", String(parked[0]!.id))).toContain("replayed 1");
    const refunded = await timelineWhere(stack, id, student.token, "the replayed refund", (t) => steps(t).includes("payments PaymentCanceled"), 60_000);
    expect(refunded.hasParked).toBe(false);
    expect(refunded.events.find((e) => e.type === "PaymentCanceled")).toMatchObject({ causedBy: request!.id, parked: false });
    expect(steps(refunded).indexOf("payments EventParked")).toBeLessThan(steps(refunded).indexOf("payments PaymentCanceled"));
    expect(causesAfterEffects(refunded)).toEqual([]);
    await waitFor("the refund pushed, nothing parked any more", () =>
      live.received.find((r) => r.caseTimelineChanges.eventType === "PaymentCanceled" && r.caseTimelineChanges.timeline.hasParked === false),
    );
    expect(live.errors).toEqual([]);
  });
});
