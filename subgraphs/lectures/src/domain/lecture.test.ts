import type { LectureEvent } from "@supergraph/contracts/lectures";
import { deciderSpec } from "@supergraph/testkit/decider";
import { describe, expect, it } from "vitest";
import { LectureErrorCode } from "../generated/graphql.ts";
import { lectureDecider, type Lecture, type LectureCommand } from "./lecture.ts";

const lectureId = "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d";
const instructorId = "0b7e8a52-7c1d-4f0a-8a3e-5d6c7b8a9f01";
const otherUserId = "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a";
const openedAt = new Date("2026-01-02T03:04:05.000Z");
const later = new Date("2026-01-03T00:00:00.000Z");

const open: Extract<LectureCommand, { type: "OpenLecture" }> = { type: "OpenLecture", lectureId, instructorId, title: "Category theory", price: 12_000, capacity: 30 };
const opened: LectureEvent = { type: "LectureOpened", subject: lectureId, data: { lectureId, instructorId, title: "Category theory", price: 12_000, capacity: 30 } };
const canceled: LectureEvent = { type: "LectureCanceled", subject: lectureId, data: { lectureId, instructorId } };
const enrolment = (enrolledCount: number): LectureEvent => ({ type: "EnrolmentChanged", subject: lectureId, data: { lectureId, instructorId, enrolledCount } });
const cancel = (byUserId: string, byAdmin = false): LectureCommand => ({ type: "CancelLecture", byUserId, byAdmin });

function lecture(overrides: Partial<Lecture> = {}): Lecture {
  return { id: lectureId, instructorId, title: "Category theory", price: 12_000, capacity: 30, status: "OPEN", enrolledCount: 0, openedAt, canceledAt: null, ...overrides };
}

/** The lecture's history is given as of `openedAt`; commands run `later` unless said otherwise. */
const lectures = deciderSpec(lectureDecider, { at: later });
const given = (events: LectureEvent[]) => lectures.given(events, { at: openedAt });

describe("opening a lecture", () => {
  it("given a valid request, when opened, then the lecture is opened with no enrolment", () => {
    given([]).when(open, { at: openedAt }).then([opened], lecture());
  });

  it("given a title with surrounding spaces, when opened, then the title is trimmed", () => {
    expect(given([]).when({ ...open, title: "  Topology  " }).outcome().events[0]!.data).toMatchObject({ title: "Topology" });
  });

  it("given the bounds (3-character title, free, 1 seat and 10000 seats), when opened, then they are accepted", () => {
    expect(given([]).when({ ...open, title: "Art", price: 0, capacity: 1 }).outcome().events).toHaveLength(1);
    expect(given([]).when({ ...open, title: "x".repeat(200), capacity: 10_000 }).outcome().events).toHaveLength(1);
  });

  it.each([
    ["a title of 2 characters after trimming", { title: "  ab  " }],
    ["a title of 201 characters", { title: "x".repeat(201) }],
    ["a negative price", { price: -1 }],
    ["a fractional price", { price: 10.5 }],
    ["a price that is not a number", { price: Number.NaN }],
    ["no seats", { capacity: 0 }],
    ["more than 10000 seats", { capacity: 10_001 }],
    ["a fractional capacity", { capacity: 2.5 }],
  ])("given %s, when opened, then it is INVALID_LECTURE", (_, change) => {
    given([]).when({ ...open, ...change }).thenRefuses(LectureErrorCode.INVALID_LECTURE);
  });
});

describe("canceling a lecture", () => {
  it("given an open lecture, when its instructor cancels it, then it is canceled", () => {
    given([opened]).when(cancel(instructorId)).then([canceled], lecture({ status: "CANCELED", canceledAt: later }));
  });

  it("given an open lecture, when an admin cancels it, then it is canceled on behalf of its instructor", () => {
    given([opened]).when(cancel(otherUserId, true)).then([canceled]);
  });

  it("given an open lecture, when another user cancels it, then it is NOT_LECTURE_OWNER", () => {
    given([opened]).when(cancel(otherUserId)).thenRefuses(LectureErrorCode.NOT_LECTURE_OWNER);
  });

  it("given a canceled lecture, when canceled again, then it is LECTURE_ALREADY_CANCELED", () => {
    given([opened, canceled]).when(cancel(instructorId)).thenRefuses(LectureErrorCode.LECTURE_ALREADY_CANCELED);
  });

  it("given no lecture, when canceled, then it is LECTURE_NOT_FOUND", () => {
    given([]).when(cancel(instructorId, true)).thenRefuses(LectureErrorCode.LECTURE_NOT_FOUND);
  });
});

describe("enrolment", () => {
  it("given a lecture, when its enrolment changed, then the count is the event's and nothing else moves", () => {
    expect(given([opened, enrolment(6), enrolment(7)]).state()).toEqual(lecture({ enrolledCount: 7 }));
  });

  it("given no lecture, when its enrolment changed, then it is an error", () => {
    expect(() => given([enrolment(7)]).state()).toThrow(/does not exist/);
  });

  it("given 6 enrolled, when a registration is counted, then 7 are enrolled and that is announced", () => {
    given([opened, enrolment(6)]).when({ type: "ChangeEnrolment", by: 1 }).then([enrolment(7)], lecture({ enrolledCount: 7 }));
  });

  it("given 6 enrolled, when a registration is uncounted, then 5 are enrolled", () => {
    given([opened, enrolment(6)]).when({ type: "ChangeEnrolment", by: -1 }).then([enrolment(5)]);
  });

  it("given a canceled lecture, when its registrations are uncounted, then the count still follows them", () => {
    given([opened, enrolment(2), canceled]).when({ type: "ChangeEnrolment", by: -1 }).then([enrolment(1)], lecture({ status: "CANCELED", canceledAt: openedAt, enrolledCount: 1 }));
  });

  it("given no lecture, when a registration is counted, then it is LECTURE_NOT_FOUND", () => {
    given([]).when({ type: "ChangeEnrolment", by: 1 }).thenRefuses(LectureErrorCode.LECTURE_NOT_FOUND);
  });
});
