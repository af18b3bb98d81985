import { randomUUID } from "node:crypto";
import type { EventBus } from "@supergraph/platform";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { STUDY, studyDay } from "../online-study/my-learning-operations.ts";
import { deadLettersCli, metric, percentile, type SignedIn, Stack, waitFor } from "@supergraph/testkit";
import { timelineWhere } from "../one-graph/timeline-helpers.ts";
import { figures } from "./figures.ts";

const MAX_DELIVERIES = 3;
/** Short retries and small pools, so the faults play out in seconds and replicas fit PostgreSQL's connections. */
const QUICK = { EVENT_MAX_DELIVERIES: String(MAX_DELIVERIES), EVENT_ACK_WAIT_MS: "3000", DATABASE_POOL_SIZE: "4" };
/** The original's final-score call: 1,000 ms timeout, a breaker that resets after 2 s here. */
const EVALUATIONS_ENV = { ...QUICK, FINAL_SCORE_TIMEOUT_MS: "1000", FINAL_SCORE_BREAKER_RESET_MS: "2000", FINAL_SCORE_BREAKER_VOLUME: "3" };
const FINAL_CALL = "course-orders.recordFinalScore";

const INTERIM_OF = `query($learningId: ID!) { evaluationSheet(learningId: $learningId) { id status evaluations { id kind score } } }`;

/** System 2's fault cases: evaluations down, the final-score breaker, a failing SMS provider, redelivery, replicas, a parked compensation. */
describe("online study faults", () => {
  const report = figures(import.meta.filename);
  let stack: Stack;
  let manager: SignedIn;
  let courseId: string;
  let bus: EventBus;
  const service = (name: string) => stack.service(name);

  beforeAll(async () => {
    stack = await Stack.start(
      { evaluations: EVALUATIONS_ENV, notifications: QUICK, learning: QUICK, "course-orders": QUICK },
      { only: ["course-orders", "learning", "evaluations", "notifications", "views"] },
    );
    manager = await stack.signUp("LEARNING_MANAGER", "Lena Learning");
    courseId = await STUDY.aCourse(stack, manager.token);
    bus = await stack.bus();
  });
  afterAll(async () => {
    await stack?.stop();
    report.save();
  });

  let days = 10;
  const order = (student: SignedIn) => {
    const n = ++days;
    return STUDY.order(stack, student, courseId, studyDay(n), studyDay(n + 30));
  };
  const learningOf = (orderId: string) => waitFor(`the learning record of ${orderId}`, () => STUDY.learningIdOfOrder(stack, orderId));
  /** An order whose learning the manager started. */
  async function started(student: SignedIn): Promise<{ orderId: string; learningId: string }> {
    const o = await order(student);
    const learningId = await learningOf(o.id);
    await STUDY.start(stack, manager, learningId);
    return { orderId: o.id, learningId };
  }
  const sheet = async (learningId: string) => (await stack.gql(INTERIM_OF, { learningId }, manager.token)).data?.evaluationSheet as { id: string; status: string; evaluations: { kind: string; score: number }[] } | null | undefined;
  /** The stream sequences of the events of `type` from `publisher` whose data holds every value of `match`. */
  async function published(publisher: string, type: string, match: Record<string, string>): Promise<number[]> {
    const found: number[] = [];
    const info = await bus.jsm.streams.info(bus.names.stream);
    for (let seq = info.state.first_seq; seq <= info.state.last_seq; seq++) {
      const msg = await bus.jsm.streams.getMessage(bus.names.stream, { seq }).catch(() => null);
      if (!msg || msg.subject !== bus.names.eventSubject(publisher, type)) continue;
      const data = msg.json<{ data: Record<string, unknown> }>().data;
      if (Object.entries(match).every(([k, v]) => data[k] === v)) found.push(seq);
    }
    return found;
  }
  const count = async (publisher: string, type: string, match: Record<string, string>) => (await published(publisher, type, match)).length;
  /** Publishes the stored event again under a new message id: the consumers get it a second time. */
  async function redeliver(publisher: string, type: string, match: Record<string, string>): Promise<void> {
    const [seq] = await published(publisher, type, match);
    if (seq === undefined) throw new Error(`no ${type} of ${JSON.stringify(match)} in the stream`);
    const msg = await bus.jsm.streams.getMessage(bus.names.stream, { seq });
    await bus.js.publish(msg!.subject, msg!.data, { msgID: randomUUID() });
  }

  it("FS1: evaluations stopped: ordering and starting learning go on; back, it opens the sheet of every learning started meanwhile, once, and scoring works", async () => {
    const students = await Promise.all(Array.from({ length: 4 }, () => stack.mintUser("STUDENT")));
    await service("evaluations").stop();
    let cases: { orderId: string; learningId: string }[];
    const downAt = performance.now();
    try {
      cases = [];
      for (const s of students) cases.push(await started(s));
      expect(cases).toHaveLength(4);
    } finally {
      await service("evaluations").start();
    }
    const downMs = performance.now() - downAt;
    const backAt = performance.now();
    for (const c of cases) await waitFor(`the sheet of ${c.learningId}`, async () => (await sheet(c.learningId))?.status === "OPEN", 60_000);
    const catchUpMs = performance.now() - backAt;
    for (const c of cases) expect(await count("evaluations", "EvaluationSheetOpened", { learningId: c.learningId })).toBe(1);
    const scored = cases[0]!;
    await STUDY.interim(stack, manager, scored.learningId, 64, "after the outage");
    expect((await sheet(scored.learningId))?.evaluations.map((e) => e.score)).toEqual([64]);
    report.record("FS1", {
      "orders and starts while evaluations was down": `${cases.length} / ${cases.length}, all accepted`,
      "evaluations down for": `${Math.round(downMs)} ms`,
      "back to every sheet open": `${Math.round(catchUpMs)} ms`,
      "sheets per learning": 1,
      "interim evaluation after": "registered",
    });
  });

  it("FS2: course-orders slower than the final-score timeout under concurrent managers: the breaker opens, refusals are fast, nothing half-written; it closes after recovery", async () => {
    const students = await Promise.all(Array.from({ length: 11 }, () => stack.mintUser("STUDENT")));
    const cases: { orderId: string; learningId: string }[] = [];
    for (const s of students) cases.push(await started(s));
    for (const c of cases) await waitFor(`the sheet of ${c.learningId}`, async () => (await sheet(c.learningId))?.status === "OPEN");
    // One learning is scored only after the recovery: its call is the one that closes the breaker.
    const fresh = cases.pop()!;
    /** No final evaluation without the order's score: a stored one always matches the order. */
    const consistent = async (c: { orderId: string; learningId: string }) => {
      const finals = (await sheet(c.learningId))?.evaluations.filter((e) => e.kind === "FINAL") ?? [];
      const score = (await STUDY.courseOrder(stack, manager, c.orderId)).finalScore;
      if (finals.length > 0) expect([finals.length, score]).toEqual([1, finals[0]!.score]);
      return { stored: finals.length, scored: score !== null };
    };

    // course-orders now answers the call after 1.5 s, past the evaluations' 1,000 ms timeout (the original's 800-1,100 ms).
    await service("course-orders").stop();
    await service("course-orders").start({ FINAL_SCORE_LATENCY_MS: "1500" });
    const FINAL = `mutation($input: RegisterFinalEvaluationInput!) { registerFinalEvaluation(input: $input) { id score } }`;
    const attempt = async (learningId: string) => {
      const at = performance.now();
      const res = await stack.gql(FINAL, { input: { learningId, score: 80 } }, manager.token);
      return { ms: performance.now() - at, res };
    };
    let openMs: number;
    let fallback: number[];
    const started_ = performance.now();
    try {
      const rush = await Promise.all(cases.map((c) => attempt(c.learningId)));
      expect(rush.every((r) => r.res.errors?.[0]?.extensions?.code === "COURSE_ORDERS_UNAVAILABLE" && r.res.errors[0].extensions.retryable === true)).toBe(true);
      await waitFor("the final-score breaker to open", async () => (await metric(service("evaluations").url, "sync_call_breaker_open", { call: FINAL_CALL })) === 1, 30_000, 50);
      openMs = performance.now() - started_;
      // While it is open: refused at once, unsent.
      const whileOpen = [];
      for (const c of cases) whileOpen.push(await attempt(c.learningId));
      const refused = whileOpen.filter((r) => typeof r.res.errors?.[0]?.extensions?.retryAfterMs === "number");
      expect(refused.length).toBeGreaterThan(0);
      fallback = refused.map((r) => r.ms);
      // While open, an attempt is refused unsent, or answers the evaluation stored from a score that
      // landed late (adopted from FinalScoreRecorded): whatever is stored matches its order.
      expect(whileOpen.every((r) => r.res.errors?.[0]?.extensions?.code === "COURSE_ORDERS_UNAVAILABLE" || r.res.data?.registerFinalEvaluation?.score === 80)).toBe(true);
      for (const c of cases) await consistent(c);
    } finally {
      await service("course-orders").stop();
      await service("course-orders").start();
    }

    // The scores course-orders recorded after their caller gave up reach evaluations by FinalScoreRecorded.
    const adopted = (await Promise.all(cases.map(consistent))).filter((c) => c.stored > 0).length;
    const recoveredAt = performance.now();
    await waitFor("a final evaluation through the call once course-orders is fast again", async () => (await attempt(fresh.learningId)).res.data?.registerFinalEvaluation ?? null, 60_000, 250);
    await waitFor("the breaker to close", async () => (await metric(service("evaluations").url, "sync_call_breaker_open", { call: FINAL_CALL })) === 0, 30_000);
    const closedMs = performance.now() - recoveredAt;
    for (const c of cases) await waitFor(`the final evaluation of ${c.learningId}`, async () => (await attempt(c.learningId)).res.data?.registerFinalEvaluation ?? null, 60_000, 250);
    // Every order holds exactly the score of its one stored final evaluation.
    for (const c of [...cases, fresh]) {
      const finals = (await sheet(c.learningId))?.evaluations.filter((e) => e.kind === "FINAL") ?? [];
      expect(finals.map((e) => e.score)).toEqual([80]);
      expect((await STUDY.courseOrder(stack, manager, c.orderId)).finalScore).toBe(80);
      expect(await count("course-orders", "FinalScoreRecorded", { orderId: c.orderId })).toBe(1);
    }
    report.record("FS2", {
      "concurrent final evaluations": cases.length,
      "course-orders latency / timeout": "1500 ms / 1000 ms",
      "first refusals to breaker open": `${Math.round(openMs!)} ms`,
      "refusals while open, p50 / p99 through the router": `${percentile(fallback!, 50)} / ${percentile(fallback!, 99)} ms`,
      "final evaluations answered by the rush": 0,
      "late scores adopted from FinalScoreRecorded": `${adopted} of ${cases.length}`,
      "course-orders fast again to breaker closed": `${Math.round(closedMs)} ms`,
      "scores per order / FinalScoreRecorded": "1 / 1",
    });
  });

  it("FS3: the SMS provider failing: the SMS is retried, then parked and visible, nothing else blocked; replayed once it works, recorded once", async () => {
    await service("notifications").stop();
    await service("notifications").start({ SMS_FAILURE_RATE: "1" });
    const student = await stack.mintUser("STUDENT");
    const parkedBefore = await metric(service("notifications").url, "events_dead_letters_parked");
    let parkedMs: number;
    const orderedAt = performance.now();
    const o = await order(student);
    try {
      await waitFor("the SMS request parked", async () => {
        const rows = await stack.sql<{ deliveries: number }>("notifications", "SELECT deliveries FROM platform_dead_letter WHERE replayed_at IS NULL");
        return rows.length > 0 ? rows : null;
      }, 90_000, 200);
      parkedMs = performance.now() - orderedAt;
      expect(await metric(service("notifications").url, "events_dead_letters_parked")).toBeGreaterThan(parkedBefore);
      expect(await deadLettersCli(stack, "notifications", "list")).toMatch(/notifications-/);
      // Nothing else blocked: the learning opens and starts meanwhile.
      const learningId = await learningOf(o.id);
      await STUDY.start(stack, manager, learningId);
      expect((await STUDY.courseOrder(stack, student, o.id)).status).toBe("ORDERED");
    } finally {
      await service("notifications").stop();
      await service("notifications").start({ SMS_FAILURE_RATE: "0" });
    }
    const replayedAt = performance.now();
    expect(await deadLettersCli(stack, "notifications", "replay")).toMatch(/replayed/i);
    const sms = await waitFor("the SMS of the order after the replay", async () => {
      const list = (await STUDY.smsHistory(stack, student)).filter((s) => s.kind === "COURSE_ORDERED");
      return list.length > 0 ? list : null;
    }, 30_000);
    const replayMs = performance.now() - replayedAt;
    expect(sms).toHaveLength(1);
    report.record("FS3", {
      "provider failure rate": "100%",
      "deliveries before parking (EVENT_MAX_DELIVERIES)": MAX_DELIVERIES,
      "order to parked": `${Math.round(parkedMs!)} ms`,
      "learning while parked": "opened and started",
      "replay to SMS recorded": `${Math.round(replayMs)} ms`,
      "COURSE_ORDERED SMS after the replay": sms.length,
    });
  });

  it("FS4: CourseOrdered and LearningStarted delivered a second time have no second effect", async () => {
    const student = await stack.mintUser("STUDENT");
    const c = await started(student);
    await waitFor("the two SMS", async () => (await STUDY.smsHistory(stack, student)).length >= 2, 30_000);
    await waitFor("my learning to show it started", async () => (await STUDY.myLearningRow(stack, student, c.orderId))?.learningStatus === "IN_PROGRESS");
    await waitFor("the sheet", async () => (await sheet(c.learningId))?.status === "OPEN");
    const consumers = ["learning", "evaluations", "notifications", "views"];
    const duplicates = () => Promise.all(consumers.map((name) => metric(service(name).url, "events_handled_total", { outcome: "duplicate" })));
    const before = await duplicates();
    await redeliver("course-orders", "CourseOrdered", { orderId: c.orderId });
    await redeliver("learning", "LearningStarted", { learningId: c.learningId });
    // The SMS requests themselves, as their publishers' relays would publish them again.
    await redeliver("course-orders", "NotificationRequested", { recipientId: student.userId, kind: "COURSE_ORDERED" });
    await redeliver("learning", "NotificationRequested", { recipientId: student.userId, kind: "LEARNING_STARTED" });
    // learning and views consume CourseOrdered; evaluations and views LearningStarted; notifications the requests.
    const expected = [1, 1, 2, 2];
    const dropped = await waitFor("the redeliveries dropped by the inboxes", async () => {
      const after = await duplicates();
      const delta = after.map((n, i) => n - before[i]!);
      return delta.every((d, i) => d >= expected[i]!) ? delta : null;
    }, 30_000);
    expect(await count("learning", "LearningOpened", { orderId: c.orderId })).toBe(1);
    expect(await count("evaluations", "EvaluationSheetOpened", { learningId: c.learningId })).toBe(1);
    const sms = await STUDY.smsHistory(stack, student);
    expect(sms.map((s) => s.kind).sort()).toEqual(["COURSE_ORDERED", "LEARNING_STARTED"]);
    expect((await STUDY.myLearning(stack, student)).filter((r) => r.id === c.orderId)).toHaveLength(1);
    report.record("FS4", {
      "events delivered twice": "CourseOrdered, LearningStarted, their two NotificationRequested",
      "dropped as duplicates by learning / evaluations / notifications / views": dropped.join(" / "),
      "learning records / sheets / SMS / my learning rows": "1 / 1 / 2 / 1",
    });
  });

  it("FS5: two replicas of learning share its durable consumer; 30 orders at once: one learning record each", async () => {
    const replica = await stack.addReplica("learning", QUICK);
    onTestFinished(() => replica.stop());
    const applied = (url: string) => metric(url, "events_handled_total", { outcome: "applied" });
    const before = [await applied(service("learning").url), await applied(replica.url)];
    const students = await Promise.all(Array.from({ length: 30 }, () => stack.mintUser("STUDENT")));
    const startedAt = performance.now();
    const orders = await Promise.all(students.map((s) => order(s)));
    const learningIds = await Promise.all(orders.map((o) => waitFor(`the learning of ${o.id}`, () => STUDY.learningIdOfOrder(stack, o.id), 60_000)));
    const openedMs = performance.now() - startedAt;
    expect(new Set(learningIds).size).toBe(30);
    const opened = await stack.sql<{ n: number }>("learning", "SELECT count(*)::int AS n FROM platform_outbox WHERE payload->>'type' = 'LearningOpened' AND payload->'data'->>'orderId' = ANY($1::text[])", [orders.map((o) => o.id)]);
    expect(opened[0]!.n).toBe(30);
    const byReplica = [(await applied(service("learning").url)) - before[0]!, (await applied(replica.url)) - before[1]!];
    expect(byReplica[0]! + byReplica[1]!).toBe(30);
    expect(byReplica.every((n) => n > 0)).toBe(true);
    report.record("FS5", {
      "orders at once": 30,
      "LearningOpened per order": 1,
      "applied by replica 1 / replica 2": `${byReplica[0]} / ${byReplica[1]}`,
      "all opened after": `${Math.round(openedMs)} ms`,
    });
  });

  it("FS6: the saga's compensation failing again and again (learning's cancel, the order's CourseOrdered lost to it) is parked, shown to operators and on the student's timeline, and replayed: canceled once", async () => {
    const CANCEL_LEARNING = "learning-cancel-learning";
    const student = await stack.mintUser("STUDENT");
    await service("learning").stop();
    let o: { id: string; orderNumber: string };
    let lost: { subject: string; data: Uint8Array };
    let canceledAt: number;
    try {
      o = await order(student);
      // views has the order (my learning, the timeline) before learning's copy of CourseOrdered is lost.
      await waitFor("my learning to show the order", async () => (await STUDY.myLearningRow(stack, student, o.id)) ?? null);
      await timelineWhere(stack, o.id, student.token, "the order", (t) => t.events.some((e) => e.type === "CourseOrdered"));
      const [seq] = await published("course-orders", "CourseOrdered", { orderId: o.id });
      const msg = await bus.jsm.streams.getMessage(bus.names.stream, { seq: seq! });
      lost = { subject: msg!.subject, data: msg!.data };
      expect(await bus.jsm.streams.deleteMessage(bus.names.stream, seq!)).toBe(true);
      canceledAt = performance.now();
      await STUDY.cancel(stack, student, o.id);
    } finally {
      await service("learning").start();
    }
    // The cancel finds no learning record of its order: retried (RetryLater), then parked.
    const [dead] = await waitFor("the learning's cancel parked", async () => {
      const rows = await stack.sql<{ id: number; deliveries: number; reason: string }>("learning", "SELECT id::int, deliveries, reason FROM platform_dead_letter WHERE consumer = $1 AND replayed_at IS NULL", [CANCEL_LEARNING]);
      return rows.length > 0 ? rows : null;
    }, 90_000, 200);
    const parkedMs = performance.now() - canceledAt!;
    expect(dead).toMatchObject({ deliveries: MAX_DELIVERIES, reason: expect.stringContaining("not opened yet") });
    expect(await deadLettersCli(stack, "learning", "list")).toContain(CANCEL_LEARNING);
    const parked = await timelineWhere(stack, o!.id, student.token, "the parked cancel", (t) => t.hasParked);
    expect(parked.events.find((e) => e.parked)?.parkedDetail).toMatchObject({ consumer: CANCEL_LEARNING, eventType: "CourseOrderCanceled" });
    expect((await STUDY.myLearningRow(stack, student, o!.id))).toMatchObject({ orderStatus: "CANCELED" });

    // The operator restores the lost event (its record opens), then replays the parked cancel.
    await bus.js.publish(lost!.subject, lost!.data, { msgID: randomUUID() });
    await learningOf(o!.id);
    const replayedAt = performance.now();
    expect(await deadLettersCli(stack, "learning", "replay", String(dead!.id))).toContain(`replayed 1: ${dead!.id}`);
    await waitFor("my learning to show the learning canceled", async () => (await STUDY.myLearningRow(stack, student, o!.id))?.learningStatus === "CANCELED", 30_000);
    const replayMs = performance.now() - replayedAt;
    await timelineWhere(stack, o!.id, student.token, "the replayed cancel's effect", (t) => !t.hasParked);
    expect(await count("learning", "LearningCanceled", { orderId: o!.id })).toBe(1);
    const sms = await waitFor("the learning-canceled SMS", async () => {
      const list = (await STUDY.smsHistory(stack, student)).filter((s) => s.caseId === o!.id && s.kind === "LEARNING_CANCELED");
      return list.length > 0 ? list : null;
    }, 30_000);
    expect(sms).toHaveLength(1);
    report.record("FS6", {
      "compensation": "learning's cancel on CourseOrderCanceled, its order's record missing",
      "deliveries before parking (EVENT_MAX_DELIVERIES)": MAX_DELIVERIES,
      "cancel to parked": `${Math.round(parkedMs)} ms`,
      "while parked": "listed by the dead-letters CLI, hasParked on the student's case timeline",
      "replay to learning CANCELED": `${Math.round(replayMs)} ms`,
      "LearningCanceled / LEARNING_CANCELED SMS after the replay": "1 / 1",
    });
  });
});
