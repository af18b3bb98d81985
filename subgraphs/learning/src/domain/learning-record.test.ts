import type { LearningEvent } from "@supergraph/contracts/learning";
import { deciderSpec } from "@supergraph/testkit/decider";
import { describe, it } from "vitest";
import { LearningErrorCode } from "../generated/graphql.ts";
import { learningRecordDecider, type LearningRecord } from "./learning-record.ts";

const learningId = "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d";
const orderId = "6b5c4d3e-2f10-4b0c-9d8e-7f6a5b4c3d2e";
const studentId = "0b7e8a52-7c1d-4f0a-8a3e-5d6c7b8a9f01";
const managerId = "1c8f9b63-8d2e-4a1b-9b4f-6e7d8c9b0a12";
const evaluationId = "2d9a0c74-9e3f-4b2c-8c5a-7f8e9d0c1b23";
const finalId = "3e0b1d85-0f4a-4c3d-9d6b-8a9f0e1d2c34";
const openedAt = new Date("2026-03-01T09:00:00.000Z");
const later = new Date("2026-03-02T09:00:00.000Z");
const orderNumber = "CO-2026-000007";
const phoneNumber = "01012345678";

const open = { type: "OpenLearning" as const, learningId, orderId, orderNumber, studentId, phoneNumber, courseTitle: "TypeScript Fundamentals", openedAt: openedAt.toISOString() };
const opened: LearningEvent = { type: "LearningOpened", subject: learningId, data: { learningId, orderId, orderNumber, studentId, phoneNumber, courseTitle: "TypeScript Fundamentals", openedAt: openedAt.toISOString() } };
const start = { type: "StartLearning" as const, managerId, managerName: "  Lena  ", startedAt: later.toISOString() };
const started: LearningEvent = { type: "LearningStarted", subject: learningId, data: { learningId, orderId, orderNumber, studentId, phoneNumber, managerId, managerName: "Lena", startedAt: later.toISOString() } };
const evaluated: LearningEvent = { type: "LearningEvaluated", subject: learningId, data: { learningId, orderId, studentId, evaluationId, score: 70, note: "good" } };
const completed: LearningEvent = { type: "LearningCompleted", subject: learningId, data: { learningId, orderId, studentId, evaluationId: finalId, score: 90 } };
const canceled: LearningEvent = { type: "LearningCanceled", subject: learningId, data: { learningId, orderId, orderNumber, studentId, phoneNumber, canceledAt: later.toISOString() } };
const cancel = { type: "CancelLearning" as const, canceledAt: later.toISOString() };
const interim = { type: "ApplyInterimEvaluation" as const, evaluationId, score: 70, note: "good" };
const final = { type: "ApplyFinalEvaluation" as const, evaluationId: finalId, score: 90 };

const awaiting: LearningRecord = {
  id: learningId, orderId, orderNumber, studentId, phoneNumber, courseTitle: "TypeScript Fundamentals", status: "AWAITING_MANAGER", managerId: null, managerName: null,
  interimEvaluations: 0, lastInterimScore: null, lastEvaluationId: null, finalScore: null, openedAt, startedAt: null, completedAt: null, canceledAt: null,
};
const inProgress: LearningRecord = { ...awaiting, status: "IN_PROGRESS", managerId, managerName: "Lena", startedAt: later };

const spec = deciderSpec(learningRecordDecider, { at: openedAt });

describe("opening a learning (on CourseOrdered)", () => {
  it("given nothing, then it is AWAITING_MANAGER", () => {
    spec.given([]).when(open).then([opened], awaiting);
  });
  it("given its record, when the order's event comes again, then nothing happens", () => {
    spec.given([opened]).when(open).thenNothing();
  });
});

describe("starting a learning", () => {
  it("given a learning awaiting a manager, when a manager starts it, then it is IN_PROGRESS with the trimmed name", () => {
    spec.given([opened]).when(start).then([started], inProgress);
  });
  it("given a started learning, when started again, then it is LEARNING_ALREADY_STARTED", () => {
    spec.given([opened, started]).when({ ...start, managerId: studentId }).thenRefuses(LearningErrorCode.LEARNING_ALREADY_STARTED);
  });
  it("given a completed learning, when started, then it is LEARNING_ALREADY_STARTED", () => {
    spec.given([opened, started, completed]).when(start).thenRefuses(LearningErrorCode.LEARNING_ALREADY_STARTED);
  });
  it("given a canceled learning, when started, then it is LEARNING_CANCELED", () => {
    spec.given([opened, canceled]).when(start).thenRefuses(LearningErrorCode.LEARNING_CANCELED);
  });
  it.each([["an empty name", "  "], ["a name of 101 characters", "x".repeat(101)]])("given %s, then it is INVALID_MANAGER", (_, managerName) => {
    spec.given([opened]).when({ ...start, managerName }).thenRefuses(LearningErrorCode.INVALID_MANAGER);
  });
  it("given no learning, then it is LEARNING_RECORD_NOT_FOUND", () => {
    spec.given([]).when(start).thenRefuses(LearningErrorCode.LEARNING_RECORD_NOT_FOUND);
  });
});

describe("applying evaluations", () => {
  it("given a learning in progress, when an interim evaluation comes, then LearningEvaluated with its score", () => {
    spec.given([opened, started]).when(interim).then([evaluated], { ...inProgress, interimEvaluations: 1, lastInterimScore: 70, lastEvaluationId: evaluationId });
  });
  it("given the interim evaluation applied, when it comes again, then nothing happens", () => {
    spec.given([opened, started, evaluated]).when(interim).thenNothing();
  });
  it("given a learning in progress, when the final evaluation comes, then it is COMPLETED with the score", () => {
    spec.given([opened, started, evaluated]).when(final, { at: later }).then([completed], {
      ...inProgress, status: "COMPLETED", interimEvaluations: 1, lastInterimScore: 70, lastEvaluationId: finalId, finalScore: 90, completedAt: later,
    });
  });
  it("given a completed learning, when the final evaluation comes again, then nothing happens", () => {
    spec.given([opened, started, completed]).when(final).thenNothing();
  });
  it("given a canceled learning, when an evaluation comes, then nothing happens", () => {
    spec.given([opened, started, canceled]).when(interim).thenNothing();
    spec.given([opened, started, canceled]).when(final).thenNothing();
  });
});

describe("canceling a learning (on CourseOrderCanceled)", () => {
  it("given a learning awaiting a manager, then it is CANCELED", () => {
    spec.given([opened]).when(cancel).then([canceled], { ...awaiting, status: "CANCELED", canceledAt: later });
  });
  it("given a learning in progress, then it is CANCELED", () => {
    spec.given([opened, started]).when(cancel).then([canceled]);
  });
  it("given a canceled learning, when the cancel comes again, then nothing happens", () => {
    spec.given([opened, canceled]).when(cancel).thenNothing();
  });
  it("given no learning, then it is LEARNING_RECORD_NOT_FOUND (the policy retries until the record exists)", () => {
    spec.given([]).when(cancel).thenRefuses(LearningErrorCode.LEARNING_RECORD_NOT_FOUND);
  });
});
