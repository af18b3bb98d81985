import { randomUUID } from "node:crypto";
import type { RecordFinalScoreRequest, RecordFinalScoreResult } from "@supergraph/contracts/course-orders";
import { createLogger, createMetrics, syncCall } from "@supergraph/platform";
import { type SignedIn, Stack, waitFor } from "@supergraph/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { day, learningOf, orderCourse, ordered, startLearning, TS101 } from "./helpers.ts";
import { CANCEL_ORDER, COURSE_SEARCH, MY_ORDERS, ORDER_BY_ID, REGISTER_FINAL } from "./operations.ts";

/**
 * Course orders through the router (requirements 1 and 6): a student searches the seeded
 * catalog and orders a course; bad input, the wrong role and no token get typed errors and
 * store nothing; the student cancels and the learning follows by events (the saga); a cancel
 * after the final score was recorded (by the manager's final evaluation through the router,
 * and by the record-final-score sync call sent over NATS as evaluations sends it) is refused
 * with FINAL_SCORE_RECORDED.
 */
describe("online study: course orders", () => {
  let stack: Stack;
  let student: SignedIn;
  let manager: SignedIn;
  let recordFinalScore: (r: RecordFinalScoreRequest) => Promise<RecordFinalScoreResult>;

  beforeAll(async () => {
    stack = await Stack.start({}, { only: ["course-orders", "learning", "evaluations"] });
    [student, manager] = await Promise.all([stack.signUp("STUDENT", "Sora Student"), stack.signUp("LEARNING_MANAGER", "Lena Learning")]);
    const bus = await stack.bus();
    const log = createLogger("e2e", "silent");
    recordFinalScore = syncCall({
      nc: bus.nc, subject: bus.names.syncSubject("course-orders", "recordFinalScore"), name: "course-orders.recordFinalScore", timeoutMs: 10_000,
      unavailable: { code: "COURSE_ORDERS_UNAVAILABLE", message: "down" }, log, metrics: createMetrics("e2e-orders"),
    });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const codes = (res: { errors?: { extensions?: { code?: string } }[] }) => (res.errors ?? []).map((e) => e.extensions?.code);

  it("1: anyone searches the catalog by title or code; a student orders a course and reads it, a stranger does not", async () => {
    const all = (await stack.gql(COURSE_SEARCH, {})).data?.courses as { id: string; code: string; title: string; durationDays: number }[];
    expect(all).toHaveLength(10);
    expect(all.every((c) => c.durationDays > 0)).toBe(true);
    expect((await stack.gql(COURSE_SEARCH, { search: "federation" })).data?.courses).toEqual([
      { id: "c0a1e001-0000-4000-8000-000000000003", code: "FED-301", title: "Apollo Federation in Practice", durationDays: 21 },
    ]);
    expect((await stack.gql(COURSE_SEARCH, { search: "ts-101" }, student.token)).data?.courses.map((c: { code: string }) => c.code)).toEqual(["TS-101"]);
    expect((await stack.gql(COURSE_SEARCH, { search: "no such course" })).data?.courses).toEqual([]);

    const order = await ordered(stack, student, { phoneNumber: "+82 10-9876-5432", beginDate: day(1), endDate: day(11) });
    expect(order).toMatchObject({
      status: "ORDERED", orderNumber: expect.stringMatching(/^CO-\d{4}-\d{6}$/), courseCode: "TS-101", courseTitle: "TypeScript Fundamentals",
      phoneNumber: "+821098765432", beginDate: day(1), endDate: day(11), finalScore: null, canceledAt: null, course: { id: TS101, code: "TS-101" }, student: { id: student.userId },
    });
    expect((await stack.gql(MY_ORDERS, {}, student.token)).data?.myCourseOrders).toContainEqual({ id: order.id, orderNumber: order.orderNumber, status: "ORDERED" });
    // The learning record follows by the order's event, readable through the order.
    const learning = await learningOf(stack, student, order.id);
    expect(learning).toMatchObject({ status: "AWAITING_MANAGER", orderNumber: order.orderNumber, courseTitle: "TypeScript Fundamentals", managerName: null });
    expect((await stack.gql(ORDER_BY_ID, { id: order.id }, manager.token)).data?.courseOrder).toMatchObject({ id: order.id });
    const stranger = await stack.signUp("STUDENT");
    expect((await stack.gql(ORDER_BY_ID, { id: order.id }, stranger.token)).data?.courseOrder).toBeNull();

    const second = await ordered(stack, student);
    expect(second.orderNumber).not.toBe(order.orderNumber);
  });

  it("bad input, the wrong role and no token get typed errors, and nothing is stored", async () => {
    const newcomer = await stack.signUp("STUDENT");
    const cases: [Parameters<typeof orderCourse>[2], string][] = [
      [{ courseId: randomUUID() }, "COURSE_NOT_FOUND"],
      [{ courseId: "not-a-uuid" }, "COURSE_NOT_FOUND"],
      [{ phoneNumber: "call me" }, "INVALID_PHONE_NUMBER"],
      [{ phoneNumber: "123" }, "INVALID_PHONE_NUMBER"],
      [{ beginDate: day(-1) }, "INVALID_DATES"],
      [{ beginDate: day(5), endDate: day(4) }, "INVALID_DATES"],
      [{ beginDate: "2026-02-30" }, "INVALID_DATES"],
      [{ endDate: "tomorrow" }, "INVALID_DATES"],
    ];
    for (const [input, code] of cases) {
      const res = await orderCourse(stack, newcomer, input);
      expect({ input, codes: codes(res) }).toEqual({ input, codes: [code] });
    }
    const customer = await stack.signUp("CUSTOMER");
    expect(codes(await orderCourse(stack, customer))).toEqual(["FORBIDDEN"]);
    expect(codes(await stack.gql(MY_ORDERS, {}))).toEqual(["UNAUTHENTICATED"]);
    expect((await stack.gql(MY_ORDERS, {}, newcomer.token)).data?.myCourseOrders).toEqual([]);
    expect(codes(await stack.gql(CANCEL_ORDER, { id: "nope" }, newcomer.token))).toEqual(["COURSE_ORDER_NOT_FOUND"]);
  });

  it("6: the student cancels; the learning is canceled by the order's event; a second cancel or a stranger's is refused", async () => {
    const order = await ordered(stack, student);
    await learningOf(stack, student, order.id);
    const stranger = await stack.signUp("STUDENT");
    expect(codes(await stack.gql(CANCEL_ORDER, { id: order.id }, stranger.token))).toEqual(["COURSE_ORDER_NOT_FOUND"]);

    const canceled = await stack.gql(CANCEL_ORDER, { id: order.id }, student.token);
    expect(canceled.data?.cancelCourseOrder).toMatchObject({ id: order.id, status: "CANCELED", canceledAt: expect.any(String) });
    expect(codes(await stack.gql(CANCEL_ORDER, { id: order.id }, student.token))).toEqual(["COURSE_ORDER_ALREADY_CANCELED"]);
    const learning = await learningOf(stack, student, order.id, "CANCELED");
    expect(learning.canceledAt).toEqual(expect.any(String));
  });

  it("6: after the manager's final evaluation (its score recorded in the order), the student's cancel is refused; learning stays COMPLETED", async () => {
    const order = await ordered(stack, student);
    const learning = await learningOf(stack, student, order.id);
    expect((await startLearning(stack, manager, learning.id)).data?.startLearning).toMatchObject({ status: "IN_PROGRESS" });
    // The evaluation sheet is opened by LearningStarted: retried while it is not there yet.
    await waitFor("the final evaluation to be registered", async () => {
      const res = await stack.gql(REGISTER_FINAL, { input: { learningId: learning.id, score: 85 } }, manager.token);
      if (res.errors && !/NOT_FOUND|NOT_STARTED|NOT_IN_PROGRESS/.test(JSON.stringify(res.errors))) throw new Error(JSON.stringify(res.errors));
      return res.data?.registerFinalEvaluation ?? null;
    });
    expect((await learningOf(stack, student, order.id, "COMPLETED")).finalScore).toBe(85);
    expect(codes(await stack.gql(CANCEL_ORDER, { id: order.id }, student.token))).toEqual(["FINAL_SCORE_RECORDED"]);
    expect((await stack.gql(ORDER_BY_ID, { id: order.id }, student.token)).data?.courseOrder).toMatchObject({ status: "ORDERED", finalScore: 85, learning: { status: "COMPLETED" } });
  });

  it("6: a cancel after the final score is recorded is refused with FINAL_SCORE_RECORDED; the order keeps its score", async () => {
    const order = await ordered(stack, student);
    const evaluationId = randomUUID();
    expect(await recordFinalScore({ orderId: order.id, evaluationId, score: 90 })).toMatchObject({ orderId: order.id, orderNumber: order.orderNumber, score: 90 });
    const res = await stack.gql(CANCEL_ORDER, { id: order.id }, student.token);
    expect(codes(res)).toEqual(["FINAL_SCORE_RECORDED"]);
    expect((await stack.gql(ORDER_BY_ID, { id: order.id }, student.token)).data?.courseOrder).toMatchObject({ status: "ORDERED", finalScore: 90, finalScoreRecordedAt: expect.any(String) });
  });
});
