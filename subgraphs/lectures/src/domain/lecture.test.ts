import type { LectureEvent } from "@supergraph/contracts/lectures";
import { describe, expect, it } from "vitest";
import { LectureErrorCode } from "../generated/graphql.ts";
import { decide, evolve, type Lecture, type LectureCommand } from "./lecture.ts";
import { refusal } from "@supergraph/platform/testing/refusal";

const lectureId = "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d";
const instructorId = "0b7e8a52-7c1d-4f0a-8a3e-5d6c7b8a9f01";
const otherUserId = "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a";
const openedAt = new Date("2026-01-02T03:04:05.000Z");
const later = new Date("2026-01-03T00:00:00.000Z");

const open: Extract<LectureCommand, { type: "OpenLecture" }> = { type: "OpenLecture", lectureId, instructorId, title: "Category theory", price: 12_000, capacity: 30 };

function lecture(overrides: Partial<Lecture> = {}): Lecture {
  return { id: lectureId, instructorId, title: "Category theory", price: 12_000, capacity: 30, status: "OPEN", enrolledCount: 0, openedAt, canceledAt: null, ...overrides };
}


describe("opening a lecture", () => {
  it("given a valid request, when opened, then the lecture is opened with no enrolment", () => {
    const changes = decide(open, null);

    expect(changes).toEqual([{ type: "LectureOpened", subject: lectureId, data: { lectureId, instructorId, title: "Category theory", price: 12_000, capacity: 30 } }]);
    expect(evolve(null, changes[0]!, openedAt)).toEqual(lecture());
  });

  it("given a title with surrounding spaces, when opened, then the title is trimmed", () => {
    expect(decide({ ...open, title: "  Topology  " }, null)[0]!.data).toMatchObject({ title: "Topology" });
  });

  it("given the bounds (3-character title, free, 1 seat and 10000 seats), when opened, then they are accepted", () => {
    expect(decide({ ...open, title: "Art", price: 0, capacity: 1 }, null)).toHaveLength(1);
    expect(decide({ ...open, title: "x".repeat(200), capacity: 10_000 }, null)).toHaveLength(1);
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
    expect(refusal(() => decide({ ...open, ...change }, null)).code).toBe(LectureErrorCode.INVALID_LECTURE);
  });
});

describe("canceling a lecture", () => {
  it("given an open lecture, when its instructor cancels it, then it is canceled", () => {
    const changes = decide({ type: "CancelLecture", byUserId: instructorId, byAdmin: false }, lecture());

    expect(changes).toEqual([{ type: "LectureCanceled", subject: lectureId, data: { lectureId, instructorId } }]);
    expect(evolve(lecture(), changes[0]!, later)).toEqual(lecture({ status: "CANCELED", canceledAt: later }));
  });

  it("given an open lecture, when an admin cancels it, then it is canceled on behalf of its instructor", () => {
    expect(decide({ type: "CancelLecture", byUserId: otherUserId, byAdmin: true }, lecture())).toEqual([
      { type: "LectureCanceled", subject: lectureId, data: { lectureId, instructorId } },
    ]);
  });

  it("given an open lecture, when another user cancels it, then it is NOT_LECTURE_OWNER", () => {
    expect(refusal(() => decide({ type: "CancelLecture", byUserId: otherUserId, byAdmin: false }, lecture())).code).toBe(LectureErrorCode.NOT_LECTURE_OWNER);
  });

  it("given a canceled lecture, when canceled again, then it is LECTURE_ALREADY_CANCELED", () => {
    const canceled = lecture({ status: "CANCELED", canceledAt: later });

    expect(refusal(() => decide({ type: "CancelLecture", byUserId: instructorId, byAdmin: false }, canceled)).code).toBe(LectureErrorCode.LECTURE_ALREADY_CANCELED);
  });

  it("given no lecture, when canceled, then it is LECTURE_NOT_FOUND", () => {
    expect(refusal(() => decide({ type: "CancelLecture", byUserId: instructorId, byAdmin: true }, null)).code).toBe(LectureErrorCode.LECTURE_NOT_FOUND);
  });
});

describe("enrolment", () => {
  const changed: LectureEvent = { type: "EnrolmentChanged", subject: lectureId, data: { lectureId, instructorId, enrolledCount: 7 } };

  it("given a lecture, when its enrolment changed, then the count is the event's and nothing else moves", () => {
    expect(evolve(lecture({ enrolledCount: 6 }), changed, later)).toEqual(lecture({ enrolledCount: 7 }));
  });

  it("given no lecture, when its enrolment changed, then it is an error", () => {
    expect(() => evolve(null, changed, later)).toThrow(/does not exist/);
  });
});
