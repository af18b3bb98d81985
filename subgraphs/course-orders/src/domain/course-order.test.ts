import type { CourseOrderEvent } from "@supergraph/contracts/course-orders";
import { deciderSpec } from "@supergraph/testkit/decider";
import { describe, expect, it } from "vitest";
import { CourseOrdersErrorCode } from "../generated/graphql.ts";
import { courseOrderDecider, type Course, type CourseOrder, type CourseOrderCommand } from "./course-order.ts";
import { isCalendarDay, normalizePhoneNumber, orderNumberOf } from "./order-input.ts";

const orderId = "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d";
const studentId = "0b7e8a52-7c1d-4f0a-8a3e-5d6c7b8a9f01";
const otherStudent = "1c8f9b63-8d2e-4a1b-9b4f-6e7d8c9b0a12";
const evaluationId = "2d9a0c74-9e3f-4b2c-8c5a-7f8e9d0c1b23";
const orderedAt = new Date("2026-03-01T09:00:00.000Z");
const later = new Date("2026-03-02T09:00:00.000Z");
const course: Course = { id: "c0a1e001-0000-4000-8000-000000000001", code: "TS-101", title: "TypeScript Fundamentals", durationDays: 10 };

const order: Extract<CourseOrderCommand, { type: "OrderCourse" }> = {
  type: "OrderCourse", orderId, orderNumber: "CO-2026-000007", studentId, course, phoneNumber: "+82 10-1234-5678",
  beginDate: "2026-03-10", endDate: "2026-03-20", today: "2026-03-01", orderedAt: orderedAt.toISOString(),
};
const ordered: CourseOrderEvent = {
  type: "CourseOrdered", subject: orderId,
  data: { orderId, orderNumber: "CO-2026-000007", studentId, courseId: course.id, courseCode: "TS-101", courseTitle: course.title, phoneNumber: "+821012345678", orderedAt: orderedAt.toISOString(), beginDate: "2026-03-10", endDate: "2026-03-20" },
};
const state: CourseOrder = {
  id: orderId, orderNumber: "CO-2026-000007", studentId, courseId: course.id, courseCode: "TS-101", courseTitle: course.title, phoneNumber: "+821012345678",
  orderedAt, beginDate: "2026-03-10", endDate: "2026-03-20", status: "ORDERED", finalScore: null, finalEvaluationId: null, finalScoreRecordedAt: null, canceledAt: null,
};
const canceled: CourseOrderEvent = { type: "CourseOrderCanceled", subject: orderId, data: { orderId, orderNumber: "CO-2026-000007", studentId, phoneNumber: "+821012345678", canceledAt: later.toISOString() } };
const scored: CourseOrderEvent = { type: "FinalScoreRecorded", subject: orderId, data: { orderId, orderNumber: "CO-2026-000007", studentId, evaluationId, score: 90 } };

const spec = deciderSpec(courseOrderDecider, { at: orderedAt });
const cancel = (byUserId = studentId, byAdmin = false) => ({ type: "CancelCourseOrder" as const, byUserId, byAdmin, canceledAt: later.toISOString() });

describe("ordering a course", () => {
  it("given nothing, when a student orders a course, then it is ORDERED with the phone number without separators", () => {
    spec.given([]).when(order).then([ordered], state);
  });

  it.each([
    ["an unknown course", { course: null }, CourseOrdersErrorCode.COURSE_NOT_FOUND],
    ["a phone number of letters", { phoneNumber: "call me" }, CourseOrdersErrorCode.INVALID_PHONE_NUMBER],
    ["a phone number of 5 digits", { phoneNumber: "12345" }, CourseOrdersErrorCode.INVALID_PHONE_NUMBER],
    ["a begin date in the past", { beginDate: "2026-02-28" }, CourseOrdersErrorCode.INVALID_DATES],
    ["an end date before the begin date", { endDate: "2026-03-09" }, CourseOrdersErrorCode.INVALID_DATES],
    ["a day that does not exist", { endDate: "2026-02-30" }, CourseOrdersErrorCode.INVALID_DATES],
    ["a date in another format", { beginDate: "10/03/2026" }, CourseOrdersErrorCode.INVALID_DATES],
  ])("given %s, then it is refused", (_, change, code) => {
    spec.given([]).when({ ...order, ...change }).thenRefuses(code);
  });

  it("takes a course beginning and ending today", () => {
    expect(spec.given([]).when({ ...order, beginDate: "2026-03-01", endDate: "2026-03-01" }).outcome().events).toHaveLength(1);
  });
});

describe("canceling a course order", () => {
  it("given an order, when its student cancels it, then it is CANCELED", () => {
    spec.given([ordered]).when(cancel(), { at: later }).then([canceled], { ...state, status: "CANCELED", canceledAt: later });
  });

  it("given an order, when an ADMIN cancels it, then it is CANCELED", () => {
    spec.given([ordered]).when(cancel(otherStudent, true)).then([canceled]);
  });

  it("given another student's order, when canceled, then it is COURSE_ORDER_NOT_FOUND", () => {
    spec.given([ordered]).when(cancel(otherStudent)).thenRefuses(CourseOrdersErrorCode.COURSE_ORDER_NOT_FOUND);
  });

  it("given a canceled order, when canceled again, then it is COURSE_ORDER_ALREADY_CANCELED", () => {
    spec.given([ordered, canceled]).when(cancel()).thenRefuses(CourseOrdersErrorCode.COURSE_ORDER_ALREADY_CANCELED);
  });

  it("given an order with its final score, when canceled, then it is FINAL_SCORE_RECORDED", () => {
    spec.given([ordered, scored]).when(cancel()).thenRefuses(CourseOrdersErrorCode.FINAL_SCORE_RECORDED);
  });
});

describe("recording the final score (the sync call)", () => {
  const record = (score = 90, id = evaluationId) => ({ type: "RecordFinalScore" as const, evaluationId: id, score });

  it("given an order, when its final score is recorded, then FinalScoreRecorded", () => {
    spec.given([ordered]).when(record(), { at: later }).then([scored], { ...state, finalScore: 90, finalEvaluationId: evaluationId, finalScoreRecordedAt: later });
  });

  it("given the score recorded by the same evaluation, when recorded again, then nothing happens (the same answer)", () => {
    spec.given([ordered, scored]).when(record()).thenNothing();
  });

  it("given the score recorded by another evaluation, then it is FINAL_SCORE_ALREADY_RECORDED", () => {
    spec.given([ordered, scored]).when(record(80, otherStudent)).thenRefuses(CourseOrdersErrorCode.FINAL_SCORE_ALREADY_RECORDED);
  });

  it("given a canceled order, then it is COURSE_ORDER_CANCELED", () => {
    spec.given([ordered, canceled]).when(record()).thenRefuses(CourseOrdersErrorCode.COURSE_ORDER_CANCELED);
  });

  it("given no order, then it is COURSE_ORDER_NOT_FOUND", () => {
    spec.given([]).when(record()).thenRefuses(CourseOrdersErrorCode.COURSE_ORDER_NOT_FOUND);
  });

  it.each([[-1], [101], [90.5], [Number.NaN]])("given the score %s, then it is INVALID_SCORE", (score) => {
    spec.given([ordered]).when(record(score)).thenRefuses(CourseOrdersErrorCode.INVALID_SCORE);
  });

  it("records the scores 0 and 100", () => {
    expect(spec.given([ordered]).when(record(0)).outcome().state?.finalScore).toBe(0);
    expect(spec.given([ordered]).when(record(100)).outcome().state?.finalScore).toBe(100);
  });
});

describe("order input", () => {
  it("normalizes phone numbers and numbers orders", () => {
    expect(normalizePhoneNumber(" (010) 1234.5678 ")).toBe("01012345678");
    expect(normalizePhoneNumber("+1234567890123456")).toBeNull();
    expect(isCalendarDay("2028-02-29")).toBe(true);
    expect(isCalendarDay("2027-02-29")).toBe(false);
    expect(orderNumberOf(2026, 123)).toBe("CO-2026-000123");
  });
});
