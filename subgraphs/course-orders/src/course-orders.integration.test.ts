/**
 * The course-orders context on real PostgreSQL and real NATS: the seeded catalog and its
 * search, an order and its cancel each saved with its event and its SMS request in one
 * outbox transaction (a refusal writes nothing), unique order numbers under concurrent
 * orders, and the sync call `course-orders.recordFinalScore` over NATS request/reply,
 * answered by two replicas: idempotent by evaluation id, one score per order whatever
 * arrives at once, refusals typed.
 */
import { randomUUID } from "node:crypto";
import type { RecordFinalScoreRequest, RecordFinalScoreResult } from "@supergraph/contracts/course-orders";
import { answerSyncCall, createLogger, createMetrics, DomainError, syncCall } from "@supergraph/platform";
import { PolicyHarness, type PolicyDeps } from "@supergraph/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cancelCourseOrder, orderCourse } from "./commands/order-course.ts";
import { finalScoreAnswers } from "./commands/record-final-score.ts";
import { findCourseOrders } from "./infra/course-order-store.ts";
import { searchCourses } from "./infra/course-store.ts";

const log = createLogger("course-orders-test", "silent");
let harness: PolicyHarness;
let deps: PolicyDeps;
let replicas: { drain(): Promise<void> }[] = [];
let recordFinalScore: (r: RecordFinalScoreRequest) => Promise<RecordFinalScoreResult>;

beforeAll(async () => {
  harness = await PolicyHarness.start({
    context: "course-orders",
    policies: (given) => {
      deps = given;
      return [];
    },
  });
  const subject = harness.bus.names.syncSubject("course-orders", "recordFinalScore");
  // Two replicas answering in one queue group, as two course-orders processes would.
  replicas = [0, 1].map(() => answerSyncCall(harness.bus.nc, subject, finalScoreAnswers(deps.transact, deps.clock).recordFinalScore, log));
  recordFinalScore = syncCall({
    nc: harness.bus.nc, subject, name: "course-orders.recordFinalScore", timeoutMs: 5_000,
    unavailable: { code: "COURSE_ORDERS_UNAVAILABLE", message: "down" }, log, metrics: createMetrics("course-orders-test"),
  });
});
afterAll(async () => {
  await Promise.all(replicas.map((r) => r.drain()));
  await harness?.stop();
});

const TS101 = "c0a1e001-0000-4000-8000-000000000001";
const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const input = (change: Partial<{ courseId: string; phoneNumber: string; beginDate: string; endDate: string }> = {}) => ({
  courseId: TS101, phoneNumber: "010-1234-5678", beginDate: day(3), endDate: day(13), ...change,
});
const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => (error instanceof DomainError ? error.code : error));
const ofOrder = async (type: string, orderId: string) => (await harness.recorded(type)).filter((e) => e.subject === orderId);

describe("the catalog", () => {
  it("is seeded with 10 courses, searchable by title or code, case-insensitively", async () => {
    expect(await searchCourses(harness.sql, null)).toHaveLength(10);
    expect((await searchCourses(harness.sql, "graphql")).map((c) => c.code)).toEqual(["GQL-201"]);
    expect((await searchCourses(harness.sql, "k8s")).map((c) => c.title)).toEqual(["Kubernetes Operations"]);
    expect(await searchCourses(harness.sql, "100%_")).toEqual([]);
  });
});

describe("ordering and canceling", () => {
  it("saves an order with CourseOrdered and its SMS request; a cancel with CourseOrderCanceled and its SMS", async () => {
    const studentId = randomUUID();
    const order = await orderCourse(deps.transact, studentId, input(), new Date());
    expect(order).toMatchObject({ studentId, courseCode: "TS-101", phoneNumber: "01012345678", status: "ORDERED", finalScore: null });
    expect(order.orderNumber).toMatch(/^CO-\d{4}-\d{6}$/);
    const [stored] = await findCourseOrders(harness.sql, [order.id]);
    expect(stored).toEqual(order);
    expect((await ofOrder("CourseOrdered", order.id)).map((e) => e.data)).toEqual([expect.objectContaining({ orderNumber: order.orderNumber, courseTitle: "TypeScript Fundamentals" })]);
    expect((await ofOrder("NotificationRequested", order.id)).map((e) => e.data)).toEqual([
      expect.objectContaining({ recipientId: studentId, channel: "SMS", address: "01012345678", kind: "COURSE_ORDERED", caseLabel: order.orderNumber }),
    ]);

    const canceled = await cancelCourseOrder(deps.transact, order.id, { userId: studentId, byAdmin: false }, new Date());
    expect(canceled.status).toBe("CANCELED");
    expect(await refusal(cancelCourseOrder(deps.transact, order.id, { userId: studentId, byAdmin: false }, new Date()))).toBe("COURSE_ORDER_ALREADY_CANCELED");
    expect(await ofOrder("CourseOrderCanceled", order.id)).toHaveLength(1);
    expect((await ofOrder("NotificationRequested", order.id)).map((e) => (e.data as { kind: string }).kind)).toEqual(["COURSE_ORDERED", "COURSE_ORDER_CANCELED"]);
  });

  it("refuses bad input with typed errors and writes nothing", async () => {
    const studentId = randomUUID();
    const before = (await harness.recorded()).length;
    expect(await refusal(orderCourse(deps.transact, studentId, input({ courseId: randomUUID() }), new Date()))).toBe("COURSE_NOT_FOUND");
    expect(await refusal(orderCourse(deps.transact, studentId, input({ courseId: "nope" }), new Date()))).toBe("COURSE_NOT_FOUND");
    expect(await refusal(orderCourse(deps.transact, studentId, input({ phoneNumber: "12" }), new Date()))).toBe("INVALID_PHONE_NUMBER");
    expect(await refusal(orderCourse(deps.transact, studentId, input({ beginDate: day(-1) }), new Date()))).toBe("INVALID_DATES");
    expect(await refusal(orderCourse(deps.transact, studentId, input({ endDate: day(2) }), new Date()))).toBe("INVALID_DATES");
    expect(await harness.rows("SELECT id FROM course_order WHERE student_id = $1", studentId)).toEqual([]);
    expect((await harness.recorded()).length).toBe(before);
  });

  it("gives 20 concurrent orders 20 distinct order numbers", async () => {
    const orders = await Promise.all(Array.from({ length: 20 }, () => orderCourse(deps.transact, randomUUID(), input(), new Date())));
    expect(new Set(orders.map((o) => o.orderNumber)).size).toBe(20);
  });
});

describe("recordFinalScore (sync call, two replicas)", () => {
  it("records the score once: the same evaluation again gets the same answer, another evaluation is refused", async () => {
    const order = await orderCourse(deps.transact, randomUUID(), input(), new Date());
    const evaluationId = randomUUID();
    const first = await recordFinalScore({ orderId: order.id, evaluationId, score: 90 });
    expect(first).toMatchObject({ orderId: order.id, orderNumber: order.orderNumber, evaluationId, score: 90 });
    expect(await recordFinalScore({ orderId: order.id, evaluationId, score: 90 })).toEqual(first);
    expect(await refusal(recordFinalScore({ orderId: order.id, evaluationId: randomUUID(), score: 70 }))).toBe("FINAL_SCORE_ALREADY_RECORDED");
    expect((await findCourseOrders(harness.sql, [order.id]))[0]).toMatchObject({ finalScore: 90, finalEvaluationId: evaluationId });
    expect(await ofOrder("FinalScoreRecorded", order.id)).toHaveLength(1);
    expect(await refusal(cancelCourseOrder(deps.transact, order.id, { userId: order.studentId, byAdmin: false }, new Date()))).toBe("FINAL_SCORE_RECORDED");
  });

  it("keeps one score when 10 evaluations arrive at once over both replicas, and one event when one evaluation arrives 10 times", async () => {
    const order = await orderCourse(deps.transact, randomUUID(), input(), new Date());
    const outcomes = await Promise.all(Array.from({ length: 10 }, () => refusal(recordFinalScore({ orderId: order.id, evaluationId: randomUUID(), score: 80 }))));
    expect(outcomes.filter((o) => o === null)).toHaveLength(1);
    expect(outcomes.filter((o) => o === "FINAL_SCORE_ALREADY_RECORDED")).toHaveLength(9);

    const again = await orderCourse(deps.transact, randomUUID(), input(), new Date());
    const evaluationId = randomUUID();
    const answers = await Promise.all(Array.from({ length: 10 }, () => recordFinalScore({ orderId: again.id, evaluationId, score: 75 })));
    expect(new Set(answers.map((a) => a.recordedAt)).size).toBe(1);
    expect(await ofOrder("FinalScoreRecorded", again.id)).toHaveLength(1);
  });

  it("refuses unknown and canceled orders, bad scores and malformed requests, recording nothing", async () => {
    const order = await orderCourse(deps.transact, randomUUID(), input(), new Date());
    expect(await refusal(recordFinalScore({ orderId: randomUUID(), evaluationId: randomUUID(), score: 50 }))).toBe("COURSE_ORDER_NOT_FOUND");
    expect(await refusal(recordFinalScore({ orderId: order.id, evaluationId: randomUUID(), score: 101 }))).toBe("INVALID_SCORE");
    expect(await refusal(recordFinalScore({ orderId: "x", evaluationId: randomUUID(), score: 1 } as RecordFinalScoreRequest))).toBe("INVALID_RECORD_FINAL_SCORE_REQUEST");
    await cancelCourseOrder(deps.transact, order.id, { userId: order.studentId, byAdmin: false }, new Date());
    expect(await refusal(recordFinalScore({ orderId: order.id, evaluationId: randomUUID(), score: 50 }))).toBe("COURSE_ORDER_CANCELED");
    expect(await ofOrder("FinalScoreRecorded", order.id)).toEqual([]);
  });
});
