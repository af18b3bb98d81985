import { randomUUID } from "node:crypto";
import { courseOrderEvents } from "@supergraph/contracts/course-orders";
import { learningEvents } from "@supergraph/contracts/learning";
import { PolicyHarness } from "@supergraph/testkit/policy-harness";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { myLearningRows } from "./infra/online-study-rows.ts";
import { onlineStudyPolicies } from "./policies/online-study.ts";

/** Views' online study "my learning" read model: its policies and store on real PostgreSQL and NATS. */
describe("views: the student's my learning", () => {
  let harness: PolicyHarness;

  beforeAll(async () => {
    harness = await PolicyHarness.start({ context: "views", policies: onlineStudyPolicies });
  });
  afterAll(async () => {
    await harness?.stop();
  });

  let seq = 0;
  const caseOf = (studentId: string = randomUUID()) => ({
    orderId: randomUUID(),
    learningId: randomUUID(),
    studentId,
    orderNumber: `CO-2031-${String(++seq).padStart(6, "0")}`,
    phoneNumber: "+821012345678",
  });
  type Case = ReturnType<typeof caseOf>;
  const manager = { managerId: randomUUID(), managerName: "Lena Learning" };
  const events = {
    ordered: (c: Case, orderedAt = new Date().toISOString()) =>
      harness.publish(courseOrderEvents.CourseOrdered, {
        subject: c.orderId,
        data: { orderId: c.orderId, orderNumber: c.orderNumber, studentId: c.studentId, courseId: "6a2f7c1e-1d1b-4c59-9a53-2b1f6e8d0c11", courseCode: "CS101", courseTitle: "Category theory", phoneNumber: c.phoneNumber, orderedAt, beginDate: "2031-03-01", endDate: "2031-04-30" },
      }),
    canceled: (c: Case) =>
      harness.publish(courseOrderEvents.CourseOrderCanceled, { subject: c.orderId, data: { orderId: c.orderId, orderNumber: c.orderNumber, studentId: c.studentId, phoneNumber: c.phoneNumber, canceledAt: new Date().toISOString() } }),
    finalRecorded: (c: Case, evaluationId: string, score: number) =>
      harness.publish(courseOrderEvents.FinalScoreRecorded, { subject: c.orderId, data: { orderId: c.orderId, orderNumber: c.orderNumber, studentId: c.studentId, evaluationId, score } }),
    opened: (c: Case) =>
      harness.publish(learningEvents.LearningOpened, {
        subject: c.learningId,
        data: { learningId: c.learningId, orderId: c.orderId, orderNumber: c.orderNumber, studentId: c.studentId, phoneNumber: c.phoneNumber, courseTitle: "Category theory", openedAt: new Date().toISOString() },
      }),
    started: (c: Case) =>
      harness.publish(learningEvents.LearningStarted, {
        subject: c.learningId,
        data: { learningId: c.learningId, orderId: c.orderId, orderNumber: c.orderNumber, studentId: c.studentId, phoneNumber: c.phoneNumber, ...manager, startedAt: new Date().toISOString() },
      }),
    evaluated: (c: Case, evaluationId: string, score: number, note?: string) =>
      harness.publish(learningEvents.LearningEvaluated, { subject: c.learningId, data: { learningId: c.learningId, orderId: c.orderId, studentId: c.studentId, evaluationId, score, ...(note !== undefined && { note }) } }),
    completed: (c: Case, evaluationId: string, score: number) =>
      harness.publish(learningEvents.LearningCompleted, { subject: c.learningId, data: { learningId: c.learningId, orderId: c.orderId, studentId: c.studentId, evaluationId, score } }),
    learningCanceled: (c: Case) =>
      harness.publish(learningEvents.LearningCanceled, {
        subject: c.learningId,
        data: { learningId: c.learningId, orderId: c.orderId, orderNumber: c.orderNumber, studentId: c.studentId, phoneNumber: c.phoneNumber, canceledAt: new Date().toISOString() },
      }),
  };
  const row = async (c: Case) => (await myLearningRows(harness.sql, c.studentId)).find((r) => r.id === c.orderId);

  it("shows an order from the moment of ordering, then awaiting a manager, started by its manager, its interim scores and its final score", async () => {
    const c = caseOf();
    await events.ordered(c);
    await harness.settled();
    expect(await row(c)).toMatchObject({
      orderNumber: c.orderNumber,
      courseCode: "CS101",
      courseTitle: "Category theory",
      beginDate: "2031-03-01",
      endDate: "2031-04-30",
      orderStatus: "ORDERED",
      learningId: null,
      learningStatus: null,
      managerName: null,
      interimScores: [],
      finalScore: null,
      canceledAt: null,
    });

    await events.opened(c);
    await harness.settled();
    expect(await row(c)).toMatchObject({ learningId: c.learningId, learningStatus: "AWAITING_MANAGER" });

    await events.started(c);
    await harness.settled();
    expect(await row(c)).toMatchObject({ learningStatus: "IN_PROGRESS", managerId: manager.managerId, managerName: "Lena Learning", startedAt: expect.any(Date) });

    const [first, second, final] = [randomUUID(), randomUUID(), randomUUID()];
    await events.evaluated(c, first, 70, "good start");
    await harness.settled();
    await events.evaluated(c, second, 80);
    await harness.settled();
    expect((await row(c))!.interimScores).toEqual([
      { evaluationId: first, score: 70, note: "good start", evaluatedAt: expect.any(String) },
      { evaluationId: second, score: 80, note: null, evaluatedAt: expect.any(String) },
    ]);

    await events.finalRecorded(c, final, 90);
    await harness.settled();
    expect(await row(c)).toMatchObject({ finalScore: 90, learningStatus: "IN_PROGRESS" });
    await events.completed(c, final, 90);
    await harness.settled();
    expect(await row(c)).toMatchObject({ finalScore: 90, learningStatus: "COMPLETED", completedAt: expect.any(Date), orderStatus: "ORDERED", canceledAt: null });
  });

  it("keeps a canceled order, canceled with its learning; redeliveries change nothing", async () => {
    const c = caseOf();
    await events.ordered(c);
    await events.opened(c);
    await events.started(c);
    const interim = await events.evaluated(c, randomUUID(), 55);
    const canceled = await events.canceled(c);
    await harness.settled();
    expect(await row(c)).toMatchObject({ orderStatus: "CANCELED", canceledAt: expect.any(Date), learningStatus: "IN_PROGRESS" });

    const learningCanceled = await events.learningCanceled(c);
    await harness.settled();
    const settled = await row(c);
    expect(settled).toMatchObject({ orderStatus: "CANCELED", learningStatus: "CANCELED", managerName: "Lena Learning", interimScores: [expect.objectContaining({ score: 55 })] });

    await harness.redeliver(canceled);
    await harness.redeliver(learningCanceled);
    await harness.redeliver(interim);
    await harness.settled();
    expect(await row(c)).toEqual(settled);
    expect(await harness.deadLetters()).toEqual([]);
  });

  it("events in any order end in the same row; a row shows once its CourseOrdered arrived", async () => {
    const c = caseOf();
    const final = randomUUID();
    await events.completed(c, final, 88);
    await events.started(c);
    await events.opened(c);
    await harness.settled();
    expect(await row(c)).toBeUndefined();

    await events.ordered(c);
    await harness.settled();
    expect(await row(c)).toMatchObject({ orderStatus: "ORDERED", learningStatus: "COMPLETED", managerName: "Lena Learning", finalScore: 88, learningId: c.learningId });
  });

  it("a student's page holds only their orders, newest first", async () => {
    const studentId = randomUUID();
    const older = caseOf(studentId);
    const newer = caseOf(studentId);
    await events.ordered(older, "2031-01-01T10:00:00.000Z");
    await events.ordered(newer, "2031-01-02T10:00:00.000Z");
    await events.ordered(caseOf());
    await harness.settled();
    expect((await myLearningRows(harness.sql, studentId)).map((r) => r.id)).toEqual([newer.orderId, older.orderId]);
  });
});
