import type { EvaluationEvent } from "@supergraph/contracts/evaluations";
import { deciderSpec } from "@supergraph/testkit/decider";
import { describe, expect, it } from "vitest";
import { EvaluationsErrorCode } from "../generated/graphql.ts";
import { checkFinalEvaluation, evaluationSheetDecider, finalOf, type EvaluationSheet } from "./evaluation-sheet.ts";

const sheetId = "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d";
const finalEvaluationId = "6b4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1e";
const learningId = "0b7e8a52-7c1d-4f0a-8a3e-5d6c7b8a9f01";
const orderId = "7c1d0b7e-8a52-4f0a-8a3e-5d6c7b8a9f02";
const studentId = "8a3e5d6c-7b8a-4f01-8a52-7c1d0b7e4f0a";
const managerId = "9f019f01-7c1d-4f0a-8a3e-5d6c7b8a9f01";
const otherManagerId = "1f019f01-7c1d-4f0a-8a3e-5d6c7b8a9f03";
const interimId = "2f019f01-7c1d-4f0a-8a3e-5d6c7b8a9f04";
const at = new Date("2026-01-02T03:04:05.000Z");
const later = new Date("2026-01-03T03:04:05.000Z");
const manager = { userId: managerId, admin: false };
const admin = { userId: otherManagerId, admin: true };

const opened: EvaluationEvent = { type: "EvaluationSheetOpened", subject: learningId, data: { sheetId, learningId, orderId, studentId, managerId, finalEvaluationId } };
const interim: EvaluationEvent = {
  type: "InterimEvaluationRegistered",
  subject: learningId,
  data: { evaluationId: interimId, learningId, orderId, studentId, managerId, score: 70, note: "Good start", registeredAt: at.toISOString() },
};
const final: EvaluationEvent = {
  type: "FinalEvaluationRegistered",
  subject: learningId,
  data: { evaluationId: finalEvaluationId, learningId, orderId, studentId, managerId, score: 90, registeredAt: later.toISOString() },
};
const canceled = (id = sheetId): EvaluationEvent => ({ type: "EvaluationsCanceled", subject: learningId, data: { sheetId: id, learningId, orderId, studentId, canceledAt: later.toISOString() } });
const sheet: EvaluationSheet = { id: sheetId, learningId, orderId, studentId, managerId, status: "OPEN", finalEvaluationId, openedAt: at, canceledAt: null, evaluations: [] };

const spec = deciderSpec(evaluationSheetDecider, { at });
const open = { type: "OpenSheet", sheetId, finalEvaluationId, learningId, orderId, studentId, managerId } as const;
const registerInterim = (by = manager, score = 70, note = " Good start ") => ({ type: "RegisterInterimEvaluation" as const, evaluationId: interimId, by, score, note, at: at.toISOString() });
const registerFinal = (by = manager, score = 90) => ({ type: "RegisterFinalEvaluation" as const, evaluationId: finalEvaluationId, by, score, at: later.toISOString() });
const cancel = { type: "CancelEvaluations", sheetId: "3f019f01-7c1d-4f0a-8a3e-5d6c7b8a9f05", learningId, orderId, studentId, at: later.toISOString() } as const;

describe("opening the sheet", () => {
  it("given no sheet, when the learning started, then it is OPEN with its manager and its final evaluation's id", () => {
    spec.given([]).when(open).then([opened], sheet);
  });
  it("given an open sheet, when the learning started comes again, then nothing happens", () => {
    spec.given([opened]).when(open).thenNothing();
  });
  it("given a sheet canceled before the start reached evaluations, when the start comes, then it stays canceled", () => {
    spec.given([canceled()]).when(open).thenNothing();
  });
});

describe("interim evaluations", () => {
  it("given an open sheet, when its manager registers one, then it is registered with the trimmed note", () => {
    const outcome = spec.given([opened]).when(registerInterim()).then([interim]);
    expect(outcome.state?.evaluations).toEqual([expect.objectContaining({ id: interimId, kind: "INTERIM", score: 70, note: "Good start", status: "REGISTERED" })]);
    expect(outcome.state?.status).toBe("OPEN");
  });
  it("given an open sheet, when an ADMIN registers one, then it is registered as theirs", () => {
    const [event] = spec.given([opened]).when(registerInterim(admin)).outcome().events;
    expect(event?.data).toMatchObject({ managerId: otherManagerId });
  });
  it.each([
    ["a score over 100", registerInterim(manager, 101), EvaluationsErrorCode.INVALID_SCORE],
    ["a negative score", registerInterim(manager, -1), EvaluationsErrorCode.INVALID_SCORE],
    ["a fractional score", registerInterim(manager, 70.5), EvaluationsErrorCode.INVALID_SCORE],
    ["a note over 1000 characters", registerInterim(manager, 70, "x".repeat(1001)), EvaluationsErrorCode.INVALID_NOTE],
    ["another learning manager", registerInterim({ userId: otherManagerId, admin: false }), EvaluationsErrorCode.NOT_ASSIGNED_MANAGER],
  ])("given an open sheet, when %s, then it is refused", (_, command, code) => {
    spec.given([opened]).when(command).thenRefuses(code);
  });
  it("given no sheet (not started, or not heard yet), then EVALUATION_SHEET_NOT_FOUND", () => {
    spec.given([]).when(registerInterim()).thenRefuses(EvaluationsErrorCode.EVALUATION_SHEET_NOT_FOUND);
  });
  it("given a canceled learning, then LEARNING_CANCELED", () => {
    spec.given([opened, canceled()]).when(registerInterim()).thenRefuses(EvaluationsErrorCode.LEARNING_CANCELED);
  });
  it("given the final evaluation, then FINAL_EVALUATION_ALREADY_REGISTERED", () => {
    spec.given([opened, final]).when(registerInterim()).thenRefuses(EvaluationsErrorCode.FINAL_EVALUATION_ALREADY_REGISTERED);
  });
});

describe("the final evaluation", () => {
  it("given an open sheet, when course-orders recorded the score, then it is FINAL with the final evaluation", () => {
    const outcome = spec.given([opened, interim]).when(registerFinal(), { at: later }).then([final]);
    expect(outcome.state?.status).toBe("FINAL");
    expect(finalOf(outcome.state)).toMatchObject({ id: finalEvaluationId, kind: "FINAL", score: 90, registeredAt: later });
  });
  it("given the same final evaluation stored (a twin attempt, or adopted), when it comes again, then nothing happens", () => {
    spec.given([opened, final]).when(registerFinal()).thenNothing();
  });
  it("given a canceled learning, then LEARNING_CANCELED", () => {
    spec.given([opened, canceled()]).when(registerFinal()).thenRefuses(EvaluationsErrorCode.LEARNING_CANCELED);
  });
  it("given another learning manager, then NOT_ASSIGNED_MANAGER", () => {
    spec.given([opened]).when(registerFinal({ userId: otherManagerId, admin: false })).thenRefuses(EvaluationsErrorCode.NOT_ASSIGNED_MANAGER);
  });

  describe("checked before course-orders is asked", () => {
    const stateAfter = (events: EvaluationEvent[]) => spec.given(events).state();
    it("given an open sheet and a valid score, then course-orders is to be asked", () => {
      expect(checkFinalEvaluation(stateAfter([opened]), manager, 90)).toBeNull();
    });
    it("given the same final evaluation registered, then it is the answer (no second call)", () => {
      expect(checkFinalEvaluation(stateAfter([opened, final]), manager, 90)).toMatchObject({ id: finalEvaluationId, score: 90 });
    });
    it.each([
      ["another score than the registered one", [opened, final], manager, 80, EvaluationsErrorCode.FINAL_EVALUATION_ALREADY_REGISTERED],
      ["an invalid score", [opened], manager, 100.5, EvaluationsErrorCode.INVALID_SCORE],
      ["no sheet", [], manager, 90, EvaluationsErrorCode.EVALUATION_SHEET_NOT_FOUND],
      ["a canceled learning", [opened, canceled()], manager, 90, EvaluationsErrorCode.LEARNING_CANCELED],
      ["another manager", [opened], { userId: otherManagerId, admin: false }, 90, EvaluationsErrorCode.NOT_ASSIGNED_MANAGER],
    ])("given %s, then it is refused", (_, events, by, score, code) => {
      expect(() => checkFinalEvaluation(stateAfter(events as EvaluationEvent[]), by, score)).toThrow(expect.objectContaining({ code }));
    });
  });

  describe("adopting a score course-orders recorded after the caller gave up", () => {
    const adopt = (evaluationId = finalEvaluationId) => ({ type: "AdoptRecordedScore" as const, evaluationId, score: 85, at: later.toISOString() });
    it("given an open sheet, then the final evaluation is stored with the order's score, as its manager's", () => {
      const [event] = spec.given([opened]).when(adopt()).outcome().events;
      expect(event).toMatchObject({ type: "FinalEvaluationRegistered", data: { evaluationId: finalEvaluationId, managerId, score: 85 } });
    });
    it("given the final evaluation stored, then nothing happens", () => {
      spec.given([opened, final]).when(adopt()).thenNothing();
    });
    it("given a score recorded under another id, then nothing happens", () => {
      spec.given([opened]).when(adopt(interimId)).thenNothing();
    });
  });
});

describe("canceling with the learning", () => {
  it("given an open sheet with an interim evaluation, then the sheet and its evaluations are CANCELED", () => {
    const outcome = spec.given([opened, interim]).when(cancel, { at: later }).then([canceled()]);
    expect(outcome.state).toMatchObject({ status: "CANCELED", canceledAt: later });
    expect(outcome.state?.evaluations.map((e) => e.status)).toEqual(["CANCELED"]);
  });
  it("given no sheet (canceled before its start reached evaluations), then a canceled sheet without manager is kept", () => {
    const outcome = spec.given([]).when(cancel).then([canceled(cancel.sheetId)]);
    expect(outcome.state).toMatchObject({ id: cancel.sheetId, status: "CANCELED", managerId: null, evaluations: [] });
  });
  it("given a canceled sheet, when the cancel comes again, then nothing happens", () => {
    spec.given([opened, canceled()]).when(cancel).thenNothing();
  });
  it("given a FINAL sheet, then it stays FINAL (course-orders refuses a cancel after the final score)", () => {
    spec.given([opened, final]).when(cancel).thenNothing();
  });
});
