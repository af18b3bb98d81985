import type { LearningRecordEvent } from "@supergraph/contracts/learning";
import { deciderSpec } from "@supergraph/testkit/decider";
import { describe, it } from "vitest";
import { LearningErrorCode } from "../generated/graphql.ts";
import { learningRecordDecider, type LearningRecord } from "./learning-record.ts";

const learningRecordId = "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d";
const ownerId = "0b7e8a52-7c1d-4f0a-8a3e-5d6c7b8a9f01";
const requestedAt = new Date("2026-01-02T03:04:05.000Z");
const later = new Date("2026-01-02T03:04:06.000Z");

const requested: LearningRecordEvent = { type: "LearningRecordRequested", subject: learningRecordId, data: { learningRecordId, ownerId, title: "First" } };
const confirmed: LearningRecordEvent = { type: "LearningRecordConfirmed", subject: learningRecordId, data: { learningRecordId, ownerId } };
const learningRecord: LearningRecord = { id: learningRecordId, ownerId, title: "First", status: "REQUESTED", requestedAt, confirmedAt: null };

const spec = deciderSpec(learningRecordDecider, { at: requestedAt });

describe("requesting a learning record", () => {
  it("given nothing, when requested, then it is requested with its title trimmed", () => {
    spec.given([]).when({ type: "RequestLearningRecord", learningRecordId, ownerId, title: "  First  " }).then([requested], learningRecord);
  });

  it.each([
    ["an empty title", "   "],
    ["a title of 201 characters", "x".repeat(201)],
  ])("given %s, when requested, then it is INVALID_LEARNING_RECORD", (_, title) => {
    spec.given([]).when({ type: "RequestLearningRecord", learningRecordId, ownerId, title }).thenRefuses(LearningErrorCode.INVALID_LEARNING_RECORD);
  });
});

describe("confirming a learning record", () => {
  it("given a requested learning record, when confirmed, then it is confirmed as of then", () => {
    spec.given([requested]).when({ type: "ConfirmLearningRecord" }, { at: later }).then([confirmed], { ...learningRecord, status: "CONFIRMED", confirmedAt: later });
  });

  it("given a confirmed learning record, when confirmed again, then nothing happens", () => {
    spec.given([requested, confirmed]).when({ type: "ConfirmLearningRecord" }).thenNothing();
  });

  it("given no learning record, when confirmed, then it is LEARNING_RECORD_NOT_FOUND", () => {
    spec.given([]).when({ type: "ConfirmLearningRecord" }).thenRefuses(LearningErrorCode.LEARNING_RECORD_NOT_FOUND);
  });
});
