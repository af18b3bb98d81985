import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SignedIn, Stack, waitFor } from "@supergraph/testkit";
import { STUDY, studyDay } from "./my-learning-operations.ts";

/*
 * The original's happy path through the router, every online study context running: a student
 * orders a course, a learning manager starts the learning, registers an interim evaluation and a
 * final score of 90; the order shows 90, "my learning" shows it, and the SMS history holds one
 * SMS for the order and one for the start. The original's four SMS kinds: a second order, started
 * and then canceled by the student, adds its own four (ordered, learning started, order canceled,
 * learning canceled), each once.
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

  it("order -> manager assigned -> interim evaluation -> final score 90: the order shows 90, my learning shows it; SMS of the four kinds, one per event", async () => {
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

    // A second order, started, then canceled by the student: the four kinds of SMS, one each.
    const second = await STUDY.order(stack, student, courseId, studyDay(3), studyDay(33));
    const awaiting = await waitFor("my learning to show the second order", async () => (await STUDY.myLearningRow(stack, student, second.id))?.learningId ?? null);
    await STUDY.start(stack, manager, awaiting);
    await waitFor("my learning to show the second order started", async () => (await STUDY.myLearningRow(stack, student, second.id))?.learningStatus === "IN_PROGRESS");
    await STUDY.cancel(stack, student, second.id);
    const canceled = await waitFor("my learning to show the second order canceled", async () => {
      const row = await STUDY.myLearningRow(stack, student, second.id);
      return row?.canceled && row.learningStatus === "CANCELED" ? row : null;
    });
    expect(canceled).toMatchObject({ orderStatus: "CANCELED", managerName: "Lena Learning" });
    const four = await waitFor("the four SMS of the canceled order", async () => {
      const list = (await STUDY.smsHistory(stack, student)).filter((s) => s.caseId === second.id);
      return list.length >= 4 ? list : null;
    });
    expect(four.map((s) => s.kind).sort()).toEqual(["COURSE_ORDERED", "COURSE_ORDER_CANCELED", "LEARNING_CANCELED", "LEARNING_STARTED"]);
    expect(four.every((s) => s.caseLabel === second.orderNumber && s.text.length > 0 && s.sentAt)).toBe(true);
    // The scored order still has its two, none twice.
    expect((await STUDY.smsHistory(stack, student)).filter((s) => s.caseId === ordered.id).map((s) => s.kind).sort()).toEqual(["COURSE_ORDERED", "LEARNING_STARTED"]);
  });
});
