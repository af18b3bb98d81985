import { z } from "zod";
import { defineEvents, type EventsOf } from "./define.ts";

/*
 * The learning context's contract: one learning record per course order, opened on
 * course-orders' CourseOrdered (AWAITING_MANAGER), started once by its learning manager
 * (IN_PROGRESS), evaluated and completed by evaluations' events (COMPLETED), canceled on
 * CourseOrderCanceled (CANCELED).
 */

/** The learning record's statuses. */
export const LearningStatus = z.enum(["AWAITING_MANAGER", "IN_PROGRESS", "COMPLETED", "CANCELED"]);
export type LearningStatus = z.infer<typeof LearningStatus>;

/** A course order got its learning record, waiting for a learning manager. */
export const LearningOpened = z.object({
  learningId: z.uuid(),
  orderId: z.uuid(),
  orderNumber: z.string(),
  studentId: z.uuid(),
  phoneNumber: z.string(),
  courseTitle: z.string(),
  openedAt: z.string(),
});

/** A learning manager was assigned and learning started (once per record). */
export const LearningStarted = z.object({
  learningId: z.uuid(),
  orderId: z.uuid(),
  orderNumber: z.string(),
  studentId: z.uuid(),
  phoneNumber: z.string(),
  managerId: z.uuid(),
  managerName: z.string(),
  startedAt: z.string(),
});

/** Learning applied an interim evaluation (evaluations' InterimEvaluationRegistered). */
export const LearningEvaluated = z.object({
  learningId: z.uuid(),
  orderId: z.uuid(),
  studentId: z.uuid(),
  evaluationId: z.uuid(),
  score: z.number().int(),
  note: z.string().optional(),
});

/** Learning applied the final evaluation (evaluations' FinalEvaluationRegistered): COMPLETED. */
export const LearningCompleted = z.object({
  learningId: z.uuid(),
  orderId: z.uuid(),
  studentId: z.uuid(),
  evaluationId: z.uuid(),
  score: z.number().int(),
});

/** The course order was canceled: so is its learning. */
export const LearningCanceled = z.object({
  learningId: z.uuid(),
  orderId: z.uuid(),
  orderNumber: z.string(),
  studentId: z.uuid(),
  phoneNumber: z.string(),
  canceledAt: z.string(),
});

/** The events the learning context publishes. */
export const learningEvents = defineEvents("learning", { LearningOpened, LearningStarted, LearningEvaluated, LearningCompleted, LearningCanceled });

export type LearningEvent = EventsOf<typeof learningEvents>;
