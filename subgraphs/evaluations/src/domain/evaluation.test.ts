import type { EvaluationEvent } from "@supergraph/contracts/evaluations";
import { deciderSpec } from "@supergraph/testkit/decider";
import { describe, it } from "vitest";
import { EvaluationsErrorCode } from "../generated/graphql.ts";
import { evaluationDecider, type Evaluation } from "./evaluation.ts";

const evaluationId = "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d";
const ownerId = "0b7e8a52-7c1d-4f0a-8a3e-5d6c7b8a9f01";
const requestedAt = new Date("2026-01-02T03:04:05.000Z");
const later = new Date("2026-01-02T03:04:06.000Z");

const requested: EvaluationEvent = { type: "EvaluationRequested", subject: evaluationId, data: { evaluationId, ownerId, title: "First" } };
const confirmed: EvaluationEvent = { type: "EvaluationConfirmed", subject: evaluationId, data: { evaluationId, ownerId } };
const evaluation: Evaluation = { id: evaluationId, ownerId, title: "First", status: "REQUESTED", requestedAt, confirmedAt: null };

const spec = deciderSpec(evaluationDecider, { at: requestedAt });

describe("requesting a evaluation", () => {
  it("given nothing, when requested, then it is requested with its title trimmed", () => {
    spec.given([]).when({ type: "RequestEvaluation", evaluationId, ownerId, title: "  First  " }).then([requested], evaluation);
  });

  it.each([
    ["an empty title", "   "],
    ["a title of 201 characters", "x".repeat(201)],
  ])("given %s, when requested, then it is INVALID_EVALUATION", (_, title) => {
    spec.given([]).when({ type: "RequestEvaluation", evaluationId, ownerId, title }).thenRefuses(EvaluationsErrorCode.INVALID_EVALUATION);
  });
});

describe("confirming a evaluation", () => {
  it("given a requested evaluation, when confirmed, then it is confirmed as of then", () => {
    spec.given([requested]).when({ type: "ConfirmEvaluation" }, { at: later }).then([confirmed], { ...evaluation, status: "CONFIRMED", confirmedAt: later });
  });

  it("given a confirmed evaluation, when confirmed again, then nothing happens", () => {
    spec.given([requested, confirmed]).when({ type: "ConfirmEvaluation" }).thenNothing();
  });

  it("given no evaluation, when confirmed, then it is EVALUATION_NOT_FOUND", () => {
    spec.given([]).when({ type: "ConfirmEvaluation" }).thenRefuses(EvaluationsErrorCode.EVALUATION_NOT_FOUND);
  });
});
