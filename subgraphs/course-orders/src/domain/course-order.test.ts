import type { CourseOrderEvent } from "@supergraph/contracts/course-orders";
import { deciderSpec } from "@supergraph/testkit/decider";
import { describe, it } from "vitest";
import { CourseOrdersErrorCode } from "../generated/graphql.ts";
import { courseOrderDecider, type CourseOrder } from "./course-order.ts";

const courseOrderId = "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d";
const ownerId = "0b7e8a52-7c1d-4f0a-8a3e-5d6c7b8a9f01";
const requestedAt = new Date("2026-01-02T03:04:05.000Z");
const later = new Date("2026-01-02T03:04:06.000Z");

const requested: CourseOrderEvent = { type: "CourseOrderRequested", subject: courseOrderId, data: { courseOrderId, ownerId, title: "First" } };
const confirmed: CourseOrderEvent = { type: "CourseOrderConfirmed", subject: courseOrderId, data: { courseOrderId, ownerId } };
const courseOrder: CourseOrder = { id: courseOrderId, ownerId, title: "First", status: "REQUESTED", requestedAt, confirmedAt: null };

const spec = deciderSpec(courseOrderDecider, { at: requestedAt });

describe("requesting a course order", () => {
  it("given nothing, when requested, then it is requested with its title trimmed", () => {
    spec.given([]).when({ type: "RequestCourseOrder", courseOrderId, ownerId, title: "  First  " }).then([requested], courseOrder);
  });

  it.each([
    ["an empty title", "   "],
    ["a title of 201 characters", "x".repeat(201)],
  ])("given %s, when requested, then it is INVALID_COURSE_ORDER", (_, title) => {
    spec.given([]).when({ type: "RequestCourseOrder", courseOrderId, ownerId, title }).thenRefuses(CourseOrdersErrorCode.INVALID_COURSE_ORDER);
  });
});

describe("confirming a course order", () => {
  it("given a requested course order, when confirmed, then it is confirmed as of then", () => {
    spec.given([requested]).when({ type: "ConfirmCourseOrder" }, { at: later }).then([confirmed], { ...courseOrder, status: "CONFIRMED", confirmedAt: later });
  });

  it("given a confirmed course order, when confirmed again, then nothing happens", () => {
    spec.given([requested, confirmed]).when({ type: "ConfirmCourseOrder" }).thenNothing();
  });

  it("given no course order, when confirmed, then it is COURSE_ORDER_NOT_FOUND", () => {
    spec.given([]).when({ type: "ConfirmCourseOrder" }).thenRefuses(CourseOrdersErrorCode.COURSE_ORDER_NOT_FOUND);
  });
});
