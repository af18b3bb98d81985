import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SignedIn, Stack, waitFor } from "@supergraph/testkit";
import { final, interim, learningOf, orderAndStart, ordered, sheetOf } from "./helpers.ts";
import { CANCEL_ORDER, EVALUATION_SHEET, EVALUATIONS, LEARNING_WITH_SHEET, ORDER_BY_ID } from "./operations.ts";

/*
 * Requirements 3-6 through the router (evaluations' part): the assigned learning manager
 * registers interim evaluations and the final one, whose score course-orders records by the
 * sync call before the evaluation is stored (the order shows it, the learning completes); a
 * canceled order's sheet is canceled by events and its final evaluation refused with nothing
 * stored; roles, ownership and bad input get evaluations' typed errors.
 */
describe("online study: evaluations", () => {
  let stack: Stack;
  let manager: SignedIn;
  let student: SignedIn;

  beforeAll(async () => {
    stack = await Stack.start({}, { only: ["course-orders", "learning", "evaluations", "notifications"] });
    [manager, student] = await Promise.all([stack.signUp("LEARNING_MANAGER", "Lena Learning"), stack.signUp("STUDENT", "Sora Student")]);
  }, 180_000);
  afterAll(() => stack?.stop());

  const codeOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;
  const storedOf = (learningId: string) => stack.sql<{ kind: string; score: number }>("evaluations", "SELECT kind::text AS kind, score FROM evaluation WHERE learning_id = $1 ORDER BY registered_at", [learningId]);

  it("interim evaluations, then the final one: recorded in the order first, the learning completes, the sheet is FINAL", async () => {
    const { order, learningId } = await orderAndStart(stack, student, manager);
    const opened = await sheetOf(stack, student, learningId);
    expect(opened).toMatchObject({ learningId, orderId: order.id, student: { id: student.userId }, manager: { id: manager.userId }, evaluations: [], finalEvaluation: null });

    const first = await interim(stack, manager, learningId, 64, "  Week one done  ");
    expect(first.data?.registerInterimEvaluation).toMatchObject({ kind: "INTERIM", score: 64, note: "Week one done", status: "REGISTERED", manager: { id: manager.userId } });
    expect((await interim(stack, manager, learningId, 78)).data?.registerInterimEvaluation).toMatchObject({ score: 78, note: "" });

    const done = await final(stack, manager, learningId, 90);
    expect(done.errors).toBeUndefined();
    expect(done.data?.registerFinalEvaluation).toMatchObject({ kind: "FINAL", score: 90, learningId, orderId: order.id });
    expect((await stack.gql(ORDER_BY_ID, { id: order.id }, student.token)).data?.courseOrder).toMatchObject({ finalScore: 90 });
    const sheet = await sheetOf(stack, student, learningId, "FINAL");
    expect(sheet.evaluations.map((e) => [e.kind, e.score])).toEqual([["INTERIM", 64], ["INTERIM", 78], ["FINAL", 90]]);
    expect(sheet.finalEvaluation).toEqual({ id: done.data!.registerFinalEvaluation.id, score: 90 });
    // Learning applies evaluations' events: COMPLETED with the score, and its sheet in the same query.
    const learning = await waitFor("the learning to complete", async () => {
      const l = (await stack.gql(LEARNING_WITH_SHEET, { id: learningId }, student.token)).data?.learningRecord;
      return l?.status === "COMPLETED" ? l : null;
    });
    expect(learning).toMatchObject({ finalScore: 90, evaluationSheet: { status: "FINAL", finalEvaluation: { score: 90 } } });

    // The same final evaluation again is answered as it is; another score or more interims are refused.
    expect((await final(stack, manager, learningId, 90)).data?.registerFinalEvaluation.id).toBe(done.data!.registerFinalEvaluation.id);
    expect(codeOf(await final(stack, manager, learningId, 95))).toBe("FINAL_EVALUATION_ALREADY_REGISTERED");
    expect(codeOf(await interim(stack, manager, learningId, 50))).toBe("FINAL_EVALUATION_ALREADY_REGISTERED");
    expect(await storedOf(learningId)).toHaveLength(3);
    expect((await stack.gql(EVALUATIONS, { learningId }, manager.token)).data?.evaluations).toHaveLength(3);
  });

  it("a canceled order: its sheet and evaluations are canceled by events, and the final evaluation is refused with nothing stored", async () => {
    const { order, learningId } = await orderAndStart(stack, student, manager);
    await sheetOf(stack, manager, learningId);
    expect((await interim(stack, manager, learningId, 55, "slow start")).errors).toBeUndefined();
    expect((await stack.gql(CANCEL_ORDER, { id: order.id }, student.token)).data?.cancelCourseOrder).toMatchObject({ status: "CANCELED" });

    const canceled = await sheetOf(stack, student, learningId, "CANCELED");
    expect(canceled.evaluations.map((e) => e.status)).toEqual(["CANCELED"]);
    expect(canceled.canceledAt).toEqual(expect.any(String));
    expect(codeOf(await final(stack, manager, learningId, 80))).toBe("LEARNING_CANCELED");
    expect(codeOf(await interim(stack, manager, learningId, 80))).toBe("LEARNING_CANCELED");
    expect(await storedOf(learningId)).toEqual([{ kind: "INTERIM", score: 55 }]);
    expect((await stack.gql(ORDER_BY_ID, { id: order.id }, student.token)).data?.courseOrder).toMatchObject({ status: "CANCELED", finalScore: null });
  });

  it("a final evaluation course-orders refuses (its order canceled, the cancel not yet through learning): COURSE_ORDER_CANCELED, nothing stored", async () => {
    const { order, learningId } = await orderAndStart(stack, student, manager);
    await sheetOf(stack, manager, learningId);
    // Learning stopped: the cancel reaches course-orders, not yet the learning or its sheet.
    await stack.service("learning").stop();
    expect((await stack.gql(CANCEL_ORDER, { id: order.id }, student.token)).data?.cancelCourseOrder).toMatchObject({ status: "CANCELED" });
    expect((await sheetOf(stack, manager, learningId)).status).toBe("OPEN");
    const refused = await final(stack, manager, learningId, 70);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "COURSE_ORDER_CANCELED" });
    expect(refused.errors?.[0]?.extensions?.retryable).toBeUndefined();
    expect(await storedOf(learningId)).toEqual([]);
    // Learning back: the saga goes on, the sheet is canceled, the order never got a score.
    await stack.service("learning").start();
    await sheetOf(stack, manager, learningId, "CANCELED");
    expect((await stack.gql(ORDER_BY_ID, { id: order.id }, student.token)).data?.courseOrder).toMatchObject({ status: "CANCELED", finalScore: null });
  });

  it("who may evaluate and read: the assigned manager or an ADMIN evaluates; the student, managers and ADMINs read; others see nothing", async () => {
    const { learningId } = await orderAndStart(stack, student, manager);
    await sheetOf(stack, manager, learningId);
    const [otherManager, otherStudent, admin] = await Promise.all([stack.mintUser("LEARNING_MANAGER"), stack.mintUser("STUDENT"), stack.mintUser("ADMIN")]);
    expect(codeOf(await interim(stack, otherManager, learningId, 50))).toBe("NOT_ASSIGNED_MANAGER");
    expect(codeOf(await final(stack, otherManager, learningId, 50))).toBe("NOT_ASSIGNED_MANAGER");
    expect(codeOf(await interim(stack, student, learningId, 50))).toBe("FORBIDDEN");
    expect(codeOf(await final(stack, student, learningId, 50))).toBe("FORBIDDEN");
    expect(codeOf(await stack.gql(EVALUATION_SHEET, { learningId }))).toBe("UNAUTHENTICATED");
    expect((await interim(stack, admin, learningId, 61, "by the admin")).data?.registerInterimEvaluation).toMatchObject({ score: 61, manager: { id: admin.userId } });

    expect((await stack.gql(EVALUATION_SHEET, { learningId }, otherStudent.token)).data?.evaluationSheet).toBeNull();
    expect((await stack.gql(EVALUATIONS, { learningId }, otherStudent.token)).data?.evaluations).toEqual([]);
    expect((await stack.gql(EVALUATION_SHEET, { learningId }, otherManager.token)).data?.evaluationSheet).toMatchObject({ status: "OPEN" });
    expect((await stack.gql(EVALUATIONS, { learningId }, admin.token)).data?.evaluations).toHaveLength(1);
  });

  it("bad input: invalid scores and notes, unknown or malformed learnings and a learning not started get typed errors, nothing stored", async () => {
    const { learningId } = await orderAndStart(stack, student, manager);
    await sheetOf(stack, manager, learningId);
    for (const score of [-1, 101]) {
      expect(codeOf(await interim(stack, manager, learningId, score))).toBe("INVALID_SCORE");
      expect(codeOf(await final(stack, manager, learningId, score))).toBe("INVALID_SCORE");
    }
    expect(codeOf(await interim(stack, manager, learningId, 50, "x".repeat(1001)))).toBe("INVALID_NOTE");
    expect(codeOf(await interim(stack, manager, "not-a-uuid", 50))).toBe("EVALUATION_SHEET_NOT_FOUND");
    expect(codeOf(await final(stack, manager, "00000000-0000-4000-8000-000000000000", 50))).toBe("EVALUATION_SHEET_NOT_FOUND");
    // A fractional score is not an Int: refused before any resolver runs.
    expect((await interim(stack, manager, learningId, 50.5)).status).toBe(400);
    expect(await storedOf(learningId)).toEqual([]);

    // Ordered but not started: no sheet yet.
    const waiting = await ordered(stack, student);
    const learning = await learningOf(stack, student, waiting.id);
    expect(codeOf(await interim(stack, manager, learning.id, 50))).toBe("EVALUATION_SHEET_NOT_FOUND");
    expect((await stack.gql(EVALUATION_SHEET, { learningId: learning.id }, student.token)).data?.evaluationSheet).toBeNull();
  });
});
