import { z } from "zod";
import { defineEvents, type EventsOf } from "./define.ts";

/*
 * The course-orders context's contract: a student's order of a course from the seeded catalog,
 * its human-readable order number (`CO-2026-000123`, the online study's correlation), its
 * cancel, and the final score the sync call `course-orders.recordFinalScore` records before
 * evaluations stores a final evaluation.
 */

/** A calendar day, YYYY-MM-DD. */
export const CourseDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The human-readable order number, e.g. `CO-2026-000123`. */
export const OrderNumber = z.string().regex(/^CO-\d{4}-\d{6,}$/);

/** A student ordered a course (status ORDERED). */
export const CourseOrdered = z.object({
  orderId: z.uuid(),
  orderNumber: OrderNumber,
  studentId: z.uuid(),
  courseId: z.uuid(),
  courseCode: z.string(),
  courseTitle: z.string(),
  /** Where the student gets the SMS of the order's changes. */
  phoneNumber: z.string(),
  orderedAt: z.string(),
  beginDate: CourseDate,
  endDate: CourseDate,
});

/** The student canceled the order (status CANCELED); learning and evaluations follow by events. */
export const CourseOrderCanceled = z.object({
  orderId: z.uuid(),
  orderNumber: OrderNumber,
  studentId: z.uuid(),
  phoneNumber: z.string(),
  canceledAt: z.string(),
});

/** The order's final score was recorded by the sync call (before the final evaluation was stored). */
export const FinalScoreRecorded = z.object({
  orderId: z.uuid(),
  orderNumber: OrderNumber,
  studentId: z.uuid(),
  evaluationId: z.uuid(),
  score: z.number().int().min(0).max(100),
});

/** The events the course-orders context publishes. */
export const courseOrderEvents = defineEvents("course-orders", { CourseOrdered, CourseOrderCanceled, FinalScoreRecorded });

export type CourseOrderEvent = EventsOf<typeof courseOrderEvents>;

/**
 * Sync call `course-orders.recordFinalScore`: records the order's final score, idempotent by
 * `evaluationId` (the same evaluation again gets the same answer and records nothing twice);
 * refused with COURSE_ORDER_NOT_FOUND, COURSE_ORDER_CANCELED, FINAL_SCORE_ALREADY_RECORDED
 * (another evaluation's score is recorded) and INVALID_SCORE (not an integer 0-100).
 * Publishes FinalScoreRecorded in the transaction that records it.
 */
export const RecordFinalScoreRequest = z.object({
  orderId: z.uuid(),
  evaluationId: z.uuid(),
  /** Validated by the callee (INVALID_SCORE), so an out-of-range score is a typed refusal. */
  score: z.number(),
});
export type RecordFinalScoreRequest = z.infer<typeof RecordFinalScoreRequest>;

export interface RecordFinalScoreResult {
  orderId: string;
  orderNumber: string;
  studentId: string;
  evaluationId: string;
  score: number;
  /** When it was recorded (ISO-8601): the first time, also on a repeated call. */
  recordedAt: string;
}

/** Error codes of the record-final-score call, shared by caller and callee. */
export const RecordFinalScoreErrorCode = {
  /** Raised by the caller when course-orders is down, slow or its breaker is open. */
  UNAVAILABLE: "COURSE_ORDERS_UNAVAILABLE",
  /** No course order with that id. */
  COURSE_ORDER_NOT_FOUND: "COURSE_ORDER_NOT_FOUND",
  /** The order was canceled: no score any more. */
  COURSE_ORDER_CANCELED: "COURSE_ORDER_CANCELED",
  /** Another evaluation's final score is recorded for the order. */
  FINAL_SCORE_ALREADY_RECORDED: "FINAL_SCORE_ALREADY_RECORDED",
  /** The score is not an integer 0-100. */
  INVALID_SCORE: "INVALID_SCORE",
  /** The request was malformed (a caller's bug). */
  INVALID: "INVALID_RECORD_FINAL_SCORE_REQUEST",
} as const;
