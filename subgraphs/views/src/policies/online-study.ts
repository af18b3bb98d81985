import { courseOrderEvents } from "@supergraph/contracts/course-orders";
import { learningEvents } from "@supergraph/contracts/learning";
import type { EventContract } from "@supergraph/contracts/define";
import { on, policy, type EnvelopeOf } from "@supergraph/platform";
import { applyInterimScore, applyStudyChange, type StudyChange } from "../infra/online-study-rows.ts";

/*
 * The online study "my learning" read model: the student's course orders from the moment of
 * ordering, with their learning record (status, manager), interim scores, final score and
 * cancellation, built only from the events of course-orders and learning (views calls no other
 * context; the interim and final evaluations reach it as learning's LearningEvaluated and
 * LearningCompleted, which learning publishes once it applied evaluations' events). While
 * learning is down, an order shows its order columns alone and completes once learning is back.
 */

/** A policy that applies to its order's row what its event says. */
function studyPolicy<C extends EventContract>(name: string, contract: C, change: (data: EnvelopeOf<C>["data"], at: Date) => StudyChange) {
  return policy(name, on(contract), {
    async handle(event, tx) {
      await applyStudyChange(tx, change(event.data, new Date(event.time)));
    },
  });
}

export const onlineStudyPolicies = [
  studyPolicy("course-ordered", courseOrderEvents.CourseOrdered, (d) => ({
    orderId: d.orderId,
    studentId: d.studentId,
    orderNumber: d.orderNumber,
    courseId: d.courseId,
    courseCode: d.courseCode,
    courseTitle: d.courseTitle,
    beginDate: d.beginDate,
    endDate: d.endDate,
    orderedAt: new Date(d.orderedAt),
    orderStatus: "ORDERED",
  })),
  studyPolicy("course-order-canceled", courseOrderEvents.CourseOrderCanceled, (d) => ({
    orderId: d.orderId,
    studentId: d.studentId,
    orderNumber: d.orderNumber,
    orderStatus: "CANCELED",
    canceledAt: new Date(d.canceledAt),
  })),
  studyPolicy("final-score-recorded", courseOrderEvents.FinalScoreRecorded, (d) => ({
    orderId: d.orderId,
    studentId: d.studentId,
    finalScore: d.score,
    finalEvaluationId: d.evaluationId,
  })),
  studyPolicy("learning-opened", learningEvents.LearningOpened, (d) => ({
    orderId: d.orderId,
    studentId: d.studentId,
    orderNumber: d.orderNumber,
    courseTitle: d.courseTitle,
    learningId: d.learningId,
    learningStatus: "AWAITING_MANAGER",
  })),
  studyPolicy("learning-started", learningEvents.LearningStarted, (d) => ({
    orderId: d.orderId,
    studentId: d.studentId,
    learningId: d.learningId,
    learningStatus: "IN_PROGRESS",
    managerId: d.managerId,
    managerName: d.managerName,
    startedAt: new Date(d.startedAt),
  })),
  policy("learning-evaluated", on(learningEvents.LearningEvaluated), {
    async handle(event, tx) {
      const d = event.data;
      await applyInterimScore(tx, { evaluationId: d.evaluationId, orderId: d.orderId, studentId: d.studentId, score: d.score, note: d.note ?? null, evaluatedAt: new Date(event.time) });
      await applyStudyChange(tx, { orderId: d.orderId, studentId: d.studentId, learningId: d.learningId, learningStatus: "IN_PROGRESS" });
    },
  }),
  studyPolicy("learning-completed", learningEvents.LearningCompleted, (d, at) => ({
    orderId: d.orderId,
    studentId: d.studentId,
    learningId: d.learningId,
    learningStatus: "COMPLETED",
    finalScore: d.score,
    finalEvaluationId: d.evaluationId,
    completedAt: at,
  })),
  studyPolicy("learning-canceled", learningEvents.LearningCanceled, (d) => ({
    orderId: d.orderId,
    studentId: d.studentId,
    learningId: d.learningId,
    learningStatus: "CANCELED",
    canceledAt: new Date(d.canceledAt),
  })),
];
