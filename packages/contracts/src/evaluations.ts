import { z } from "zod";
import { defineEvents, type EventsOf } from "./define.ts";

/*
 * The evaluations context's contract: one evaluation sheet per learning, opened on learning's
 * LearningStarted (the evaluation record that exists even when evaluations was down while the
 * learning started), interim evaluations any number of times while learning is in progress,
 * the one final evaluation (stored only after the sync call `course-orders.recordFinalScore`
 * agreed), and the sheet canceled with its learning (LearningCanceled).
 */

/** A score: an integer 0-100. */
export const Score = z.number().int().min(0).max(100);

/** The evaluation sheet of a started learning was opened (status OPEN). */
export const EvaluationSheetOpened = z.object({
  sheetId: z.uuid(),
  learningId: z.uuid(),
  orderId: z.uuid(),
  studentId: z.uuid(),
  managerId: z.uuid(),
  /**
   * The id the sheet's final evaluation will have: course-orders records the final score under
   * it, so a final evaluation retried after a lost answer is the same one.
   */
  finalEvaluationId: z.uuid().optional(),
});

/** The learning manager registered an interim evaluation (score and note). */
export const InterimEvaluationRegistered = z.object({
  evaluationId: z.uuid(),
  learningId: z.uuid(),
  orderId: z.uuid(),
  studentId: z.uuid(),
  managerId: z.uuid(),
  score: Score,
  note: z.string(),
  registeredAt: z.string(),
});

/** The final evaluation was stored, after course-orders recorded its score (the sheet is FINAL). */
export const FinalEvaluationRegistered = z.object({
  evaluationId: z.uuid(),
  learningId: z.uuid(),
  orderId: z.uuid(),
  studentId: z.uuid(),
  managerId: z.uuid(),
  score: Score,
  registeredAt: z.string(),
});

/** The learning was canceled: its sheet and open evaluations are canceled (status CANCELED). */
export const EvaluationsCanceled = z.object({
  sheetId: z.uuid(),
  learningId: z.uuid(),
  orderId: z.uuid(),
  studentId: z.uuid(),
  canceledAt: z.string(),
});

/** The events the evaluations context publishes. */
export const evaluationEvents = defineEvents("evaluations", {
  EvaluationSheetOpened,
  InterimEvaluationRegistered,
  FinalEvaluationRegistered,
  EvaluationsCanceled,
});

export type EvaluationEvent = EventsOf<typeof evaluationEvents>;
