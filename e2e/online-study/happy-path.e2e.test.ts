import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SignedIn, Stack, waitFor } from "@supergraph/testkit";
import { STUDY, studyDay } from "./my-learning-operations.ts";

/*
 * The original's happy path through the router, every online study context running: a student
 * orders a course, a learning manager starts the learning, registers an interim evaluation and a
 * final score of 90; the order shows 90, "my learning" shows it, and the SMS history holds one
 * SMS for the order and one for the start.
 */
describe("online study: the happy path", () => {
  let stack: Stack;
  let manager: SignedIn;
  let student: SignedIn;

  beforeAll(async () => {
    stack = await Stack.start({}, { only: ["course-orders", "learning", "evaluations", "notifications", "views"] });
    [manager, student] = await Promise.all([stack.signUp("LEARNING_MANAGER", "Lena Learning"), stack.signUp("STUDENT", "Sora Student")]);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("order -> manager assigned -> interim evaluation -> final score 90: the order shows 90, my learning shows it, one SMS per step", async () => {
    const courseId = await STUDY.aCourse(stack, student.token);
    const ordered = await STUDY.order(stack, student, courseId, studyDay(2), studyDay(32));
    expect(ordered).toMatchObject({ status: "ORDERED", orderNumber: expect.stringMatching(/^CO-\d{4}-\d{6,}$/) });

    const opened = await waitFor("my learning to show the order awaiting a manager", async () => {
      const row = await STUDY.myLearningRow(stack, student, ordered.id);
      return row?.learningStatus === "AWAITING_MANAGER" ? row : null;
    });
    expect(opened).toMatchObject({ orderNumber: ordered.orderNumber, orderStatus: "ORDERED", managerName: null, finalScore: null });
    const learningId = opened.learningId!;

    await STUDY.start(stack, manager, learningId);
    await STUDY.interim(stack, manager, learningId, 72, "on track");
    await STUDY.final(stack, manager, learningId, 90);

    expect(await STUDY.courseOrder(stack, student, ordered.id)).toMatchObject({ id: ordered.id, status: "ORDERED", finalScore: 90 });
    const done = await waitFor("my learning to show the final score", async () => {
      const row = await STUDY.myLearningRow(stack, student, ordered.id);
      return row?.learningStatus === "COMPLETED" && row.finalScore === 90 && row.interimScores.length === 1 ? row : null;
    });
    expect(done).toMatchObject({ managerName: "Lena Learning", managerId: manager.userId, interimScores: [{ score: 72, note: "on track" }], canceled: false });

    const sms = await waitFor("the SMS of the order and of the start", async () => {
      const list = await STUDY.smsHistory(stack, student);
      const kinds = list.filter((s) => s.caseId === ordered.id || s.caseLabel === ordered.orderNumber).map((s) => s.kind);
      return kinds.includes("COURSE_ORDERED") && kinds.includes("LEARNING_STARTED") ? list : null;
    });
    const mine = sms.filter((s) => s.caseId === ordered.id || s.caseLabel === ordered.orderNumber);
    expect(mine.map((s) => s.kind).sort()).toEqual(["COURSE_ORDERED", "LEARNING_STARTED"]);
    expect(mine.every((s) => s.address.replace(/\D/g, "") === "01012345678" && s.text.length > 0 && s.sentAt)).toBe(true);
  });
});
