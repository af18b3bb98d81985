/**
 * The evaluations context on real PostgreSQL and real NATS, with two replicas of its consumers
 * on one database: a sheet per started learning (once however often LearningStarted comes),
 * interim evaluations, the final evaluation through the real record-final-score call (answered
 * here over NATS request/reply as course-orders would: agreeing, refusing, down or too slow),
 * stored only when course-orders agreed; a lost answer's score adopted once on
 * FinalScoreRecorded; the sheet canceled with its learning, before or after it opened.
 */
import { randomUUID } from "node:crypto";
import { courseOrderEvents, type RecordFinalScoreRequest, type RecordFinalScoreResult } from "@supergraph/contracts/course-orders";
import { learningEvents } from "@supergraph/contracts/learning";
import { admission, answerSyncCall, createLogger, createMetrics, DomainError, startConsumers, syncCall, type RunningConsumers } from "@supergraph/platform";
import { PolicyHarness, type PolicyDeps } from "@supergraph/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerFinalEvaluation, type RegisterFinalEvaluationDeps } from "./commands/register-final-evaluation.ts";
import { registerInterimEvaluation } from "./commands/register-interim-evaluation.ts";
import { EvaluationError } from "./domain/evaluation-sheet.ts";
import { adoptFinalScore } from "./policies/adopt-final-score.ts";
import { cancelEvaluations } from "./policies/cancel-evaluations.ts";
import { openSheet } from "./policies/open-sheet.ts";

const log = createLogger("evaluations-test", "silent");
const policies = [openSheet, cancelEvaluations, adoptFinalScore];
let harness: PolicyHarness;
let deps: PolicyDeps;
let secondReplica: RunningConsumers;
let finals: RegisterFinalEvaluationDeps;
const answerers: { drain(): Promise<void> }[] = [];

/** What course-orders does with a record-final-score call. */
let courseOrders: "up" | "canceled" | "down" | "late" = "up";
/** The scores course-orders recorded, by order id (idempotent by evaluation id, as the real one). */
const recorded = new Map<string, { evaluationId: string; score: number }>();
const calls: RecordFinalScoreRequest[] = [];
const TIMEOUT_MS = 300;

beforeAll(async () => {
  harness = await PolicyHarness.start({
    context: "evaluations",
    policies: (given) => {
      deps = given;
      return policies;
    },
  });
  secondReplica = await startConsumers(
    { context: "evaluations", bus: harness.bus, pool: harness.pool, transact: harness.transact, log, metrics: createMetrics("evaluations-replica") },
    policies,
  );
  const subject = harness.bus.names.syncSubject("course-orders", "recordFinalScore");
  answerers.push(
    answerSyncCall<RecordFinalScoreRequest, RecordFinalScoreResult>(harness.bus.nc, subject, async (r) => {
      calls.push(r);
      if (courseOrders === "down") throw new Error("course-orders is down");
      if (courseOrders === "canceled") throw new DomainError("COURSE_ORDER_CANCELED", "The course order was canceled.");
      // Too slow: the score is recorded after the caller gave up.
      if (courseOrders === "late") await new Promise((resolve) => setTimeout(resolve, TIMEOUT_MS * 2));
      const first = recorded.get(r.orderId) ?? { evaluationId: r.evaluationId, score: r.score };
      if (first.evaluationId !== r.evaluationId) throw new DomainError("FINAL_SCORE_ALREADY_RECORDED", "Another evaluation's score is recorded.");
      recorded.set(r.orderId, first);
      return { orderId: r.orderId, orderNumber: "CO-2026-000001", studentId: randomUUID(), evaluationId: r.evaluationId, score: first.score, recordedAt: new Date().toISOString() };
    }, log),
  );
  const recordFinalScore = syncCall<RecordFinalScoreRequest, RecordFinalScoreResult>({
    nc: harness.bus.nc,
    subject,
    name: "course-orders.recordFinalScore",
    timeoutMs: TIMEOUT_MS,
    // Never opens here: this file is about what is stored, the breaker is the e2e suite's.
    volumeThreshold: 1_000,
    unavailable: { code: "COURSE_ORDERS_UNAVAILABLE", message: "down" },
    log,
    metrics: createMetrics("evaluations-test-call"),
  });
  const admit = admission({ callee: recordFinalScore, limit: 4, maxWaitMs: 5_000, busy: () => EvaluationError.unavailable("EVALUATIONS_BUSY", "busy") });
  finals = { sql: harness.sql, transact: deps.transact, recordFinalScore, admit };
});
afterAll(async () => {
  await Promise.all(answerers.map((a) => a.drain()));
  await secondReplica?.stop();
  await harness?.stop();
});

const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => (error instanceof DomainError ? error.code : error));
const now = () => new Date();

async function startedLearning() {
  const learningId = randomUUID();
  const orderId = randomUUID();
  const studentId = randomUUID();
  const managerId = randomUUID();
  const data = { learningId, orderId, orderNumber: "CO-2026-000001", studentId, phoneNumber: "01012345678", managerId, managerName: "Lena", startedAt: now().toISOString() };
  const published = await harness.publish(learningEvents.LearningStarted, { subject: learningId, data });
  return { learningId, orderId, studentId, manager: { userId: managerId, admin: false }, published };
}
const sheetOf = (learningId: string, status = "OPEN") =>
  harness.waitForRow<{ id: string; status: string; finalEvaluationId: string }>(
    `the sheet of ${learningId} to be ${status}`,
    `SELECT id, status::text AS status, final_evaluation_id AS "finalEvaluationId" FROM evaluation_sheet WHERE learning_id = $1`,
    [learningId],
    (r) => r.status === status,
    30_000,
  );
const evaluationsOf = (learningId: string) =>
  harness.rows<{ id: string; kind: string; score: number; status: string }>(
    `SELECT id, kind::text AS kind, score, status::text AS status FROM evaluation WHERE learning_id = $1 ORDER BY registered_at`,
    learningId,
  );
const eventsOf = async (type: string, learningId: string) => (await harness.recorded(type)).filter((e) => e.subject === learningId);
const cancelLearning = (l: { learningId: string; orderId: string; studentId: string }) =>
  harness.publish(learningEvents.LearningCanceled, {
    subject: l.learningId,
    data: { ...l, orderNumber: "CO-2026-000001", phoneNumber: "01012345678", canceledAt: now().toISOString() },
  });

describe("the evaluation sheet", () => {
  it("opens once per started learning however often LearningStarted comes, over two replicas", async () => {
    const { learningId, published } = await startedLearning();
    await sheetOf(learningId);
    await harness.redeliver(published);
    await harness.redeliver(published);
    await harness.settled(30_000);
    expect(await harness.rows("SELECT id FROM evaluation_sheet WHERE learning_id = $1", learningId)).toHaveLength(1);
    expect(await eventsOf("EvaluationSheetOpened", learningId)).toHaveLength(1);
  });

  it("opens 20 learnings' sheets once each across the two replicas", async () => {
    const learnings = await Promise.all(Array.from({ length: 20 }, () => startedLearning()));
    await harness.settled(30_000);
    const opened = (await harness.recorded("EvaluationSheetOpened")).map((e) => e.subject);
    for (const { learningId } of learnings) expect(opened.filter((s) => s === learningId)).toHaveLength(1);
    expect(await harness.deadLetters()).toEqual([]);
  });
});

describe("evaluating", () => {
  it("registers interim evaluations, then the final one after course-orders recorded its score under the sheet's final evaluation id", async () => {
    courseOrders = "up";
    const l = await startedLearning();
    const sheet = await sheetOf(l.learningId);
    const interim = await registerInterimEvaluation(deps.transact, l.manager, { learningId: l.learningId, score: 70, note: "Keep going" }, now());
    expect(interim).toMatchObject({ kind: "INTERIM", score: 70, note: "Keep going" });
    const final = await registerFinalEvaluation(finals, l.manager, { learningId: l.learningId, score: 90 }, now());
    expect(final).toMatchObject({ id: sheet.finalEvaluationId, kind: "FINAL", score: 90, status: "REGISTERED" });
    expect(calls.filter((c) => c.orderId === l.orderId)).toEqual([{ orderId: l.orderId, evaluationId: sheet.finalEvaluationId, score: 90 }]);
    expect((await sheetOf(l.learningId, "FINAL")).status).toBe("FINAL");
    expect((await evaluationsOf(l.learningId)).map((e) => e.kind)).toEqual(["INTERIM", "FINAL"]);
    await harness.settled();
    expect(await eventsOf("InterimEvaluationRegistered", l.learningId)).toHaveLength(1);
    expect(await eventsOf("FinalEvaluationRegistered", l.learningId)).toHaveLength(1);

    // The same final evaluation again: the stored one, course-orders not asked again; another score: refused.
    const again = await registerFinalEvaluation(finals, l.manager, { learningId: l.learningId, score: 90 }, now());
    expect(again.id).toBe(final.id);
    expect(calls.filter((c) => c.orderId === l.orderId)).toHaveLength(1);
    expect(await refusal(registerFinalEvaluation(finals, l.manager, { learningId: l.learningId, score: 80 }, now()))).toBe("FINAL_EVALUATION_ALREADY_REGISTERED");
    expect(await refusal(registerInterimEvaluation(deps.transact, l.manager, { learningId: l.learningId, score: 50 }, now()))).toBe("FINAL_EVALUATION_ALREADY_REGISTERED");
  });

  it("two final evaluations of one learning at once: one evaluation, one score recorded", async () => {
    courseOrders = "up";
    const l = await startedLearning();
    await sheetOf(l.learningId);
    const both = await Promise.all([registerFinalEvaluation(finals, l.manager, { learningId: l.learningId, score: 88 }, now()), registerFinalEvaluation(finals, l.manager, { learningId: l.learningId, score: 88 }, now())]);
    expect(both[0].id).toBe(both[1].id);
    expect(await evaluationsOf(l.learningId)).toEqual([expect.objectContaining({ kind: "FINAL", score: 88 })]);
    await harness.settled();
    expect(await eventsOf("FinalEvaluationRegistered", l.learningId)).toHaveLength(1);
  });

  it("refused by course-orders (a canceled order): COURSE_ORDER_CANCELED, nothing stored or recorded", async () => {
    courseOrders = "canceled";
    const l = await startedLearning();
    await sheetOf(l.learningId);
    expect(await refusal(registerFinalEvaluation(finals, l.manager, { learningId: l.learningId, score: 90 }, now()))).toBe("COURSE_ORDER_CANCELED");
    expect(await evaluationsOf(l.learningId)).toEqual([]);
    expect((await sheetOf(l.learningId)).status).toBe("OPEN");
    expect(await eventsOf("FinalEvaluationRegistered", l.learningId)).toEqual([]);
  });

  it("course-orders down: COURSE_ORDERS_UNAVAILABLE and nothing stored; back: the same final evaluation succeeds", async () => {
    courseOrders = "down";
    const l = await startedLearning();
    const sheet = await sheetOf(l.learningId);
    expect(await refusal(registerFinalEvaluation(finals, l.manager, { learningId: l.learningId, score: 75 }, now()))).toBe("COURSE_ORDERS_UNAVAILABLE");
    expect(await evaluationsOf(l.learningId)).toEqual([]);
    courseOrders = "up";
    const final = await registerFinalEvaluation(finals, l.manager, { learningId: l.learningId, score: 75 }, now());
    expect(final).toMatchObject({ id: sheet.finalEvaluationId, score: 75 });
    expect(await evaluationsOf(l.learningId)).toHaveLength(1);
  });

  it("an answer lost after course-orders recorded the score: unavailable, then the evaluation is stored once from FinalScoreRecorded", async () => {
    courseOrders = "late";
    const l = await startedLearning();
    const sheet = await sheetOf(l.learningId);
    expect(await refusal(registerFinalEvaluation(finals, l.manager, { learningId: l.learningId, score: 65 }, now()))).toBe("COURSE_ORDERS_UNAVAILABLE");
    expect(await evaluationsOf(l.learningId)).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, TIMEOUT_MS * 2));
    expect(recorded.get(l.orderId)).toEqual({ evaluationId: sheet.finalEvaluationId, score: 65 });
    // What course-orders publishes with the score it recorded.
    const scoreRecorded = await harness.publish(courseOrderEvents.FinalScoreRecorded, {
      subject: l.orderId,
      data: { orderId: l.orderId, orderNumber: "CO-2026-000001", studentId: l.studentId, evaluationId: sheet.finalEvaluationId, score: 65 },
    });
    await sheetOf(l.learningId, "FINAL");
    await harness.redeliver(scoreRecorded);
    await harness.settled();
    expect(await evaluationsOf(l.learningId)).toEqual([expect.objectContaining({ id: sheet.finalEvaluationId, kind: "FINAL", score: 65 })]);
    expect(await eventsOf("FinalEvaluationRegistered", l.learningId)).toHaveLength(1);
    // The manager's retry gets the adopted evaluation.
    courseOrders = "up";
    expect(await registerFinalEvaluation(finals, l.manager, { learningId: l.learningId, score: 65 }, now())).toMatchObject({ id: sheet.finalEvaluationId });
  });

  it("refuses another manager, an invalid score and a learning evaluations has no sheet for, storing nothing", async () => {
    courseOrders = "up";
    const l = await startedLearning();
    await sheetOf(l.learningId);
    const other = { userId: randomUUID(), admin: false };
    expect(await refusal(registerInterimEvaluation(deps.transact, other, { learningId: l.learningId, score: 50 }, now()))).toBe("NOT_ASSIGNED_MANAGER");
    expect(await refusal(registerFinalEvaluation(finals, other, { learningId: l.learningId, score: 50 }, now()))).toBe("NOT_ASSIGNED_MANAGER");
    expect(await refusal(registerFinalEvaluation(finals, l.manager, { learningId: l.learningId, score: 101 }, now()))).toBe("INVALID_SCORE");
    expect(await refusal(registerInterimEvaluation(deps.transact, l.manager, { learningId: randomUUID(), score: 50 }, now()))).toBe("EVALUATION_SHEET_NOT_FOUND");
    expect(calls.filter((c) => c.orderId === l.orderId)).toEqual([]);
    expect(await evaluationsOf(l.learningId)).toEqual([]);
  });
});

describe("canceling with the learning", () => {
  it("cancels the sheet and its interim evaluations once; evaluating it then is refused", async () => {
    courseOrders = "up";
    const l = await startedLearning();
    await sheetOf(l.learningId);
    await registerInterimEvaluation(deps.transact, l.manager, { learningId: l.learningId, score: 60 }, now());
    const canceled = await cancelLearning(l);
    await sheetOf(l.learningId, "CANCELED");
    await harness.redeliver(canceled);
    await harness.settled();
    expect((await evaluationsOf(l.learningId)).map((e) => e.status)).toEqual(["CANCELED"]);
    expect(await eventsOf("EvaluationsCanceled", l.learningId)).toHaveLength(1);
    expect(await refusal(registerInterimEvaluation(deps.transact, l.manager, { learningId: l.learningId, score: 60 }, now()))).toBe("LEARNING_CANCELED");
    expect(await refusal(registerFinalEvaluation(finals, l.manager, { learningId: l.learningId, score: 60 }, now()))).toBe("LEARNING_CANCELED");
    expect(calls.filter((c) => c.orderId === l.orderId)).toEqual([]);
  });

  it("a cancel that arrives before its LearningStarted leaves a canceled sheet: the late start opens nothing", async () => {
    const learningId = randomUUID();
    const orderId = randomUUID();
    const studentId = randomUUID();
    await cancelLearning({ learningId, orderId, studentId });
    await sheetOf(learningId, "CANCELED");
    await harness.publish(learningEvents.LearningStarted, {
      subject: learningId,
      data: { learningId, orderId, orderNumber: "CO-2026-000001", studentId, phoneNumber: "01012345678", managerId: randomUUID(), managerName: "Lena", startedAt: now().toISOString() },
    });
    await harness.settled();
    expect((await sheetOf(learningId, "CANCELED")).status).toBe("CANCELED");
    expect(await eventsOf("EvaluationSheetOpened", learningId)).toEqual([]);
    expect(await harness.deadLetters()).toEqual([]);
  });
});
