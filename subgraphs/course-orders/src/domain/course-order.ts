import type { CourseOrderEvent } from "@supergraph/contracts/course-orders";
import { domainErrors, type Decider } from "@supergraph/platform";
import { CourseOrdersErrorCode, type CourseOrderStatus } from "../generated/graphql.ts";
import { isCalendarDay, normalizePhoneNumber } from "./order-input.ts";

/** Statuses of a course order: the SDL's enum (the Prisma schema's copy is checked by scripts/enums.test.ts). */
export type { CourseOrderStatus };

/** A course of the catalog, as an order keeps it. */
export interface Course {
  readonly id: string;
  readonly code: string;
  readonly title: string;
  readonly durationDays: number;
}

export interface CourseOrder {
  readonly id: string;
  readonly orderNumber: string;
  readonly studentId: string;
  readonly courseId: string;
  readonly courseCode: string;
  readonly courseTitle: string;
  readonly phoneNumber: string;
  readonly orderedAt: Date;
  /** YYYY-MM-DD. */
  readonly beginDate: string;
  readonly endDate: string;
  readonly status: CourseOrderStatus;
  readonly finalScore: number | null;
  readonly finalEvaluationId: string | null;
  readonly finalScoreRecordedAt: Date | null;
  readonly canceledAt: Date | null;
}

export type CourseOrderCommand =
  | {
      type: "OrderCourse";
      orderId: string;
      orderNumber: string;
      studentId: string;
      /** The catalog's course, null when there is none with the id asked for. */
      course: Course | null;
      phoneNumber: string;
      beginDate: string;
      endDate: string;
      /** The student's today (UTC), YYYY-MM-DD: a begin date before it is in the past. */
      today: string;
      orderedAt: string;
    }
  | { type: "CancelCourseOrder"; byUserId: string; byAdmin: boolean; canceledAt: string }
  /** The sync call `course-orders.recordFinalScore` (the final evaluation, before it is stored). */
  | { type: "RecordFinalScore"; evaluationId: string; score: number };

/** Refusals of the course-orders context, their codes from its SDL's CourseOrdersErrorCode. */
export const CourseOrderError = domainErrors(CourseOrdersErrorCode);

const notFound = () => CourseOrderError.refuse("COURSE_ORDER_NOT_FOUND", "No course order with that id.");

/** Decides which events a command on a course order yields, or refuses it. */
export function decide(command: CourseOrderCommand, state: CourseOrder | null): CourseOrderEvent[] {
  switch (command.type) {
    case "OrderCourse": {
      const { course, orderId, orderNumber, studentId, beginDate, endDate, orderedAt } = command;
      if (!course) throw CourseOrderError.refuse("COURSE_NOT_FOUND", "No course with that id.");
      const phoneNumber = normalizePhoneNumber(command.phoneNumber);
      if (!phoneNumber) throw CourseOrderError.refuse("INVALID_PHONE_NUMBER", "The phone number must have 8 to 15 digits, optionally after a +.");
      if (!isCalendarDay(beginDate) || !isCalendarDay(endDate)) throw CourseOrderError.refuse("INVALID_DATES", "The dates must be real days, YYYY-MM-DD.");
      if (beginDate < command.today) throw CourseOrderError.refuse("INVALID_DATES", "The begin date is in the past.");
      if (endDate < beginDate) throw CourseOrderError.refuse("INVALID_DATES", "The end date is before the begin date.");
      const data = { orderId, orderNumber, studentId, courseId: course.id, courseCode: course.code, courseTitle: course.title, phoneNumber, orderedAt, beginDate, endDate };
      return [{ type: "CourseOrdered", subject: orderId, data }];
    }
    case "CancelCourseOrder": {
      // Another student's order is not found: its existence is not theirs to learn.
      if (!state || (!command.byAdmin && state.studentId !== command.byUserId)) throw notFound();
      if (state.status === "CANCELED") throw CourseOrderError.refuse("COURSE_ORDER_ALREADY_CANCELED", "The order was canceled already.");
      if (state.finalScore !== null) throw CourseOrderError.refuse("FINAL_SCORE_RECORDED", "The order's final score is recorded: it can no longer be canceled.");
      const { id: orderId, orderNumber, studentId, phoneNumber } = state;
      return [{ type: "CourseOrderCanceled", subject: orderId, data: { orderId, orderNumber, studentId, phoneNumber, canceledAt: command.canceledAt } }];
    }
    case "RecordFinalScore": {
      if (!state) throw notFound();
      const { evaluationId, score } = command;
      // The same evaluation again (a retry after a lost answer): the same answer, nothing recorded twice.
      if (state.finalEvaluationId === evaluationId) return [];
      if (!Number.isInteger(score) || score < 0 || score > 100) throw CourseOrderError.refuse("INVALID_SCORE", "The score must be a whole number from 0 to 100.");
      if (state.status === "CANCELED") throw CourseOrderError.refuse("COURSE_ORDER_CANCELED", "The order was canceled: no final score can be recorded.");
      if (state.finalEvaluationId !== null) throw CourseOrderError.refuse("FINAL_SCORE_ALREADY_RECORDED", "Another evaluation's final score is recorded for this order.");
      const { id: orderId, orderNumber, studentId } = state;
      return [{ type: "FinalScoreRecorded", subject: orderId, data: { orderId, orderNumber, studentId, evaluationId, score } }];
    }
    default: {
      const unknown: never = command;
      throw new Error(`unknown command ${JSON.stringify(unknown)}`);
    }
  }
}

/** Applies an event to the course order it is about, as of `at`. */
export function evolve(state: CourseOrder | null, event: CourseOrderEvent, at: Date): CourseOrder | null {
  switch (event.type) {
    case "CourseOrdered": {
      const { orderId, orderNumber, studentId, courseId, courseCode, courseTitle, phoneNumber, beginDate, endDate } = event.data;
      return {
        id: orderId, orderNumber, studentId, courseId, courseCode, courseTitle, phoneNumber, orderedAt: new Date(event.data.orderedAt), beginDate, endDate,
        status: "ORDERED", finalScore: null, finalEvaluationId: null, finalScoreRecordedAt: null, canceledAt: null,
      };
    }
    case "CourseOrderCanceled":
      return state && { ...state, status: "CANCELED", canceledAt: new Date(event.data.canceledAt) };
    case "FinalScoreRecorded":
      return state && { ...state, finalScore: event.data.score, finalEvaluationId: event.data.evaluationId, finalScoreRecordedAt: at };
    default: {
      const unknown: never = event;
      throw new Error(`unknown event ${JSON.stringify(unknown)}`);
    }
  }
}

/** The course-orders context's decisions on a course order, for the platform's command layer. */
export const courseOrderDecider: Decider<CourseOrder, CourseOrderCommand, CourseOrderEvent> = { decide, evolve };
