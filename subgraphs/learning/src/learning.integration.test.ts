/**
 * The learning context's policies and its start on real PostgreSQL and real NATS, with two
 * replicas of its consumers on one database: a record per course order (once however often
 * CourseOrdered comes), a cancel that arrives before its order waits for it, started once
 * (LearningStarted and its SMS request), evaluations applied once, and every step's SMS
 * request recorded with its event.
 */
import { randomUUID } from "node:crypto";
import { courseOrderEvents } from "@supergraph/contracts/course-orders";
import { evaluationEvents } from "@supergraph/contracts/evaluations";
import { createLogger, createMetrics, DomainError, startConsumers, type RunningConsumers, type Viewer } from "@supergraph/platform";
import { PolicyHarness, type PolicyDeps } from "@supergraph/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLearning } from "./commands/start-learning.ts";
import { cancelLearning, openLearning } from "./policies/course-orders.ts";
import { applyFinalEvaluation, applyInterimEvaluation } from "./policies/evaluations.ts";

const policies = [openLearning, cancelLearning, applyInterimEvaluation, applyFinalEvaluation];
let harness: PolicyHarness;
let deps: PolicyDeps;
let secondReplica: RunningConsumers;

beforeAll(async () => {
  harness = await PolicyHarness.start({
    context: "learning",
    policies: (given) => {
      deps = given;
      return policies;
    },
  });
  // A second replica's consumers on the same durables and database.
  secondReplica = await startConsumers(
    { context: "learning", bus: harness.bus, pool: harness.pool, transact: harness.transact, log: createLogger("learning-replica", "silent"), metrics: createMetrics("learning-replica") },
    policies,
  );
});
afterAll(async () => {
  await secondReplica?.stop();
  await harness?.stop();
});

const manager = (): Viewer => ({ userId: randomUUID(), roles: ["LEARNING_MANAGER"], token: "" });
const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => (error instanceof DomainError ? error.code : error));

let orders = 0;
async function order() {
  const orderId = randomUUID();
  const studentId = randomUUID();
  const orderNumber = `CO-2026-${String(900_000 + ++orders)}`;
  const data = {
    orderId, orderNumber, studentId, courseId: randomUUID(), courseCode: "TS-101", courseTitle: "TypeScript Fundamentals", phoneNumber: "01012345678",
    orderedAt: new Date().toISOString(), beginDate: "2026-12-10", endDate: "2026-12-20",
  };
  const published = await harness.publish(courseOrderEvents.CourseOrdered, { subject: orderId, data });
  return { orderId, studentId, orderNumber, published };
}
const recordOf = (orderId: string, status = "AWAITING_MANAGER") =>
  harness.waitForRow<{ id: string; status: string; interim: number; finalScore: number | null }>(
    `the learning of order ${orderId} to be ${status}`,
    `SELECT id, status::text AS status, interim_evaluations AS interim, final_score AS "finalScore" FROM learning_record WHERE order_id = $1`,
    [orderId],
    (r) => r.status === status,
    30_000,
  );
const ofLearning = async (type: string, learningId: string) => (await harness.recorded(type)).filter((e) => e.subject === learningId || (e.data as { caseId?: string }).caseId === learningId);
const smsKinds = async (orderId: string) =>
  (await harness.recorded("NotificationRequested")).filter((e) => e.subject === orderId).map((e) => (e.data as { kind: string }).kind);

describe("learning: opened per order, started once, evaluated, canceled", () => {
  it("opens one record per order however often CourseOrdered comes, over two replicas", async () => {
    const { orderId, published } = await order();
    const record = await recordOf(orderId);
    await harness.redeliver(published);
    await harness.redeliver(published);
    await harness.settled(30_000);
    expect(await harness.rows("SELECT id FROM learning_record WHERE order_id = $1", orderId)).toHaveLength(1);
    expect(await ofLearning("LearningOpened", record.id)).toHaveLength(1);
  });

  it("opens 30 orders' records once each across the two replicas", async () => {
    const many = await Promise.all(Array.from({ length: 30 }, () => order()));
    await harness.settled(30_000);
    const rows = await harness.rows<{ n: number }>("SELECT count(*)::int AS n FROM learning_record WHERE order_id = ANY($1::uuid[])", many.map((o) => o.orderId));
    expect(rows[0]!.n).toBe(30);
    const opened = (await harness.recorded("LearningOpened")).filter((e) => many.some((o) => o.orderId === (e.data as { orderId: string }).orderId));
    expect(opened).toHaveLength(30);
  });

  it("starts once with its SMS request; a second start is LEARNING_ALREADY_STARTED; evaluations apply once and complete it", async () => {
    const { orderId, studentId } = await order();
    const { id } = await recordOf(orderId);
    const lena = manager();
    const started = await startLearning(deps.transact, lena, { learningId: id, managerName: "Lena" }, new Date());
    expect(started).toMatchObject({ status: "IN_PROGRESS", managerId: lena.userId, managerName: "Lena" });
    expect(await refusal(startLearning(deps.transact, manager(), { learningId: id, managerName: "Max" }, new Date()))).toBe("LEARNING_ALREADY_STARTED");
    expect(await refusal(startLearning(deps.transact, lena, { learningId: id, managerName: "Lena", managerId: randomUUID() }, new Date()))).toBe("INVALID_MANAGER");
    expect(await ofLearning("LearningStarted", id)).toHaveLength(1);
    expect(await smsKinds(orderId)).toEqual(["LEARNING_STARTED"]);

    const base = { learningId: id, orderId, studentId, managerId: lena.userId, registeredAt: new Date().toISOString() };
    const interim = await harness.publish(evaluationEvents.InterimEvaluationRegistered, { subject: id, data: { ...base, evaluationId: randomUUID(), score: 70, note: "fine" } });
    await harness.waitForRow("the interim evaluation applied", "SELECT interim_evaluations AS n FROM learning_record WHERE id = $1", [id], (r: { n: number }) => r.n === 1);
    await harness.redeliver(interim);
    await harness.publish(evaluationEvents.FinalEvaluationRegistered, { subject: id, data: { ...base, evaluationId: randomUUID(), score: 90 } });
    const done = await recordOf(orderId, "COMPLETED");
    await harness.settled(30_000);
    expect(done).toMatchObject({ finalScore: 90, interim: 1 });
    expect(await ofLearning("LearningEvaluated", id)).toHaveLength(1);
    expect(await ofLearning("LearningCompleted", id)).toHaveLength(1);
  });

  it("cancels with its order, once, with its SMS request; a start after it is LEARNING_CANCELED", async () => {
    const { orderId, studentId, orderNumber } = await order();
    const { id } = await recordOf(orderId);
    const canceled = await harness.publish(courseOrderEvents.CourseOrderCanceled, { subject: orderId, data: { orderId, orderNumber, studentId, phoneNumber: "01012345678", canceledAt: new Date().toISOString() } });
    await recordOf(orderId, "CANCELED");
    await harness.redeliver(canceled);
    await harness.settled(30_000);
    expect(await ofLearning("LearningCanceled", id)).toHaveLength(1);
    expect(await smsKinds(orderId)).toEqual(["LEARNING_CANCELED"]);
    expect(await refusal(startLearning(deps.transact, manager(), { learningId: id, managerName: "Lena" }, new Date()))).toBe("LEARNING_CANCELED");
  });

  it("applies a cancel that arrives before its order once the order's record exists", async () => {
    const orderId = randomUUID();
    const studentId = randomUUID();
    const orderNumber = "CO-2026-999999";
    await harness.publish(courseOrderEvents.CourseOrderCanceled, { subject: orderId, data: { orderId, orderNumber, studentId, phoneNumber: "01012345678", canceledAt: new Date().toISOString() } });
    await harness.publish(courseOrderEvents.CourseOrdered, {
      subject: orderId,
      data: { orderId, orderNumber, studentId, courseId: randomUUID(), courseCode: "TS-101", courseTitle: "TypeScript Fundamentals", phoneNumber: "01012345678", orderedAt: new Date().toISOString(), beginDate: "2026-12-10", endDate: "2026-12-20" },
    });
    await recordOf(orderId, "CANCELED");
    await harness.settled(30_000);
    expect(await harness.deadLetters()).toEqual([]);
  });
});
