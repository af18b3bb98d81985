import type { EvaluationEvent } from "@supergraph/contracts/evaluations";
import { domainErrors, type Decider } from "@supergraph/platform";
import { EvaluationsErrorCode, type EvaluationKind, type EvaluationSheetStatus, type EvaluationStatus } from "../generated/graphql.ts";

/** The SDL's enums (the Prisma schema's copies are checked by scripts/enums.test.ts). */
export type { EvaluationKind, EvaluationSheetStatus, EvaluationStatus };

export interface Evaluation {
  readonly id: string;
  readonly sheetId: string;
  readonly learningId: string;
  readonly orderId: string;
  readonly studentId: string;
  readonly managerId: string;
  readonly kind: EvaluationKind;
  readonly score: number;
  readonly note: string;
  readonly status: EvaluationStatus;
  readonly registeredAt: Date;
}

/** The evaluation record of one learning, with its evaluations (oldest first). */
export interface EvaluationSheet {
  readonly id: string;
  readonly learningId: string;
  readonly orderId: string;
  readonly studentId: string;
  /** Null only for a learning canceled before evaluations heard it started. */
  readonly managerId: string | null;
  readonly status: EvaluationSheetStatus;
  /**
   * The id the final evaluation will have, chosen when the sheet opens: course-orders records
   * the final score under it (idempotent by it), so a final evaluation retried after a lost
   * answer is the same evaluation, never a second one.
   */
  readonly finalEvaluationId: string;
  readonly openedAt: Date;
  readonly canceledAt: Date | null;
  readonly evaluations: readonly Evaluation[];
}

/** Who registers an evaluation. */
export interface Evaluator {
  readonly userId: string;
  readonly admin: boolean;
}

export type EvaluationSheetCommand =
  /** Learning's LearningStarted (ids chosen by the policy). */
  | { type: "OpenSheet"; sheetId: string; finalEvaluationId: string; learningId: string; orderId: string; studentId: string; managerId: string }
  | { type: "RegisterInterimEvaluation"; evaluationId: string; by: Evaluator; score: number; note: string; at: string }
  /** Made once course-orders recorded the final score: `evaluationId` and `score` as it recorded them. */
  | { type: "RegisterFinalEvaluation"; evaluationId: string; by: Evaluator; score: number; at: string }
  /**
   * Course-orders' FinalScoreRecorded: a final score recorded for this sheet whose evaluation was
   * not stored (the answer came after the caller's timeout) is stored now, so no order holds a
   * score without its evaluation.
   */
  | { type: "AdoptRecordedScore"; evaluationId: string; score: number; at: string }
  /** Learning's LearningCanceled (`sheetId` for a sheet that does not exist yet). */
  | { type: "CancelEvaluations"; sheetId: string; learningId: string; orderId: string; studentId: string; at: string };

/** Refusals of the evaluations context, their codes from its SDL's EvaluationsErrorCode. */
export const EvaluationError = domainErrors(EvaluationsErrorCode);

export const NOTE_MAX = 1000;

/** Whether a score is an integer 0 to 100. */
export const isScore = (score: number) => Number.isInteger(score) && score >= 0 && score <= 100;

const sheetNotFound = () => EvaluationError.refuse("EVALUATION_SHEET_NOT_FOUND", "No evaluation sheet for that learning: it is unknown or has not started yet.");

/** The refusals every registration shares, in the order a manager would want to hear them. */
function checkRegistration(state: EvaluationSheet | null, by: Evaluator, score: number): EvaluationSheet {
  if (!isScore(score)) throw EvaluationError.refuse("INVALID_SCORE", "The score must be an integer from 0 to 100.");
  if (!state) throw sheetNotFound();
  if (state.managerId !== by.userId && !by.admin) throw EvaluationError.refuse("NOT_ASSIGNED_MANAGER", "Only the learning's assigned learning manager registers its evaluations.");
  if (state.status === "CANCELED") throw EvaluationError.refuse("LEARNING_CANCELED", "The learning was canceled; it can no longer be evaluated.");
  return state;
}

/** The sheet's final evaluation, once registered. */
export const finalOf = (sheet: EvaluationSheet | null) => sheet?.evaluations.find((e) => e.kind === "FINAL") ?? null;

/**
 * What a final evaluation request must be before course-orders is asked to record its score
 * (a sync call, so checked before it, and again under the sheet's lock after it). Returns the
 * final evaluation when the very same one is registered already (a repeated submit), which is
 * then answered without asking course-orders again; null when course-orders is to be asked.
 */
export function checkFinalEvaluation(state: EvaluationSheet | null, by: Evaluator, score: number): Evaluation | null {
  const sheet = checkRegistration(state, by, score);
  const final = finalOf(sheet);
  if (!final) return null;
  if (final.score === score) return final;
  throw EvaluationError.refuse("FINAL_EVALUATION_ALREADY_REGISTERED", `The final evaluation is registered already, with the score ${final.score}.`);
}

/** Decides the events of a command on a learning's evaluation sheet. */
export function decide(command: EvaluationSheetCommand, state: EvaluationSheet | null): EvaluationEvent[] {
  switch (command.type) {
    case "OpenSheet": {
      // Opened already (a redelivery), or canceled before evaluations heard the learning started.
      if (state) return [];
      const { sheetId, finalEvaluationId, learningId, orderId, studentId, managerId } = command;
      return [{ type: "EvaluationSheetOpened", subject: learningId, data: { sheetId, learningId, orderId, studentId, managerId, finalEvaluationId } }];
    }
    case "RegisterInterimEvaluation": {
      const sheet = checkRegistration(state, command.by, command.score);
      if (sheet.status === "FINAL") throw EvaluationError.refuse("FINAL_EVALUATION_ALREADY_REGISTERED", "The final evaluation is registered; no more interim evaluations.");
      const note = command.note.trim();
      if (note.length > NOTE_MAX) throw EvaluationError.refuse("INVALID_NOTE", `The note may have at most ${NOTE_MAX} characters.`);
      const { evaluationId, score, at } = command;
      const { learningId, orderId, studentId } = sheet;
      return [{ type: "InterimEvaluationRegistered", subject: learningId, data: { evaluationId, learningId, orderId, studentId, managerId: command.by.userId, score, note, registeredAt: at } }];
    }
    case "RegisterFinalEvaluation": {
      const sheet = checkRegistration(state, command.by, command.score);
      // Stored already: by this attempt's twin, or by AdoptRecordedScore after a lost answer.
      if (finalOf(sheet)?.id === command.evaluationId) return [];
      if (sheet.status === "FINAL") throw EvaluationError.refuse("FINAL_EVALUATION_ALREADY_REGISTERED", "The final evaluation is registered already.");
      return [finalRegistered(sheet, command.evaluationId, command.by.userId, command.score, command.at)];
    }
    case "AdoptRecordedScore": {
      // Not this sheet's final evaluation, or stored already (the usual case: the command stored it).
      if (!state || state.finalEvaluationId !== command.evaluationId || state.status !== "OPEN" || !state.managerId) return [];
      return [finalRegistered(state, command.evaluationId, state.managerId, command.score, command.at)];
    }
    case "CancelEvaluations": {
      // Canceled already (a redelivery); a FINAL sheet stays (course-orders refuses a cancel after the final score).
      if (state && state.status !== "OPEN") return [];
      const { learningId, orderId, studentId, at } = command;
      return [{ type: "EvaluationsCanceled", subject: learningId, data: { sheetId: state?.id ?? command.sheetId, learningId, orderId, studentId, canceledAt: at } }];
    }
    default: {
      const unknown: never = command;
      throw new Error(`unknown command ${JSON.stringify(unknown)}`);
    }
  }
}

function finalRegistered(sheet: EvaluationSheet, evaluationId: string, managerId: string, score: number, registeredAt: string): EvaluationEvent {
  const { learningId, orderId, studentId } = sheet;
  return { type: "FinalEvaluationRegistered", subject: learningId, data: { evaluationId, learningId, orderId, studentId, managerId, score, registeredAt } };
}

/** A sheet's final evaluation id when its event carries none (a tombstone, which never takes one). */
const finalIdOf = (sheetId: string, finalEvaluationId: string | undefined) => finalEvaluationId ?? sheetId;

/** Applies an event to the sheet it is about, as of `at`. */
export function evolve(state: EvaluationSheet | null, event: EvaluationEvent, at: Date): EvaluationSheet | null {
  switch (event.type) {
    case "EvaluationSheetOpened": {
      const { sheetId, learningId, orderId, studentId, managerId } = event.data;
      return { id: sheetId, learningId, orderId, studentId, managerId, status: "OPEN", finalEvaluationId: finalIdOf(sheetId, event.data.finalEvaluationId), openedAt: at, canceledAt: null, evaluations: [] };
    }
    case "InterimEvaluationRegistered":
    case "FinalEvaluationRegistered": {
      if (!state) return state;
      const { evaluationId, learningId, orderId, studentId, managerId, score } = event.data;
      const kind = event.type === "FinalEvaluationRegistered" ? "FINAL" : "INTERIM";
      const note = event.type === "InterimEvaluationRegistered" ? event.data.note : "";
      const evaluation: Evaluation = { id: evaluationId, sheetId: state.id, learningId, orderId, studentId, managerId, kind, score, note, status: "REGISTERED", registeredAt: at };
      return { ...state, status: kind === "FINAL" ? "FINAL" : state.status, evaluations: [...state.evaluations, evaluation] };
    }
    case "EvaluationsCanceled": {
      const { sheetId, learningId, orderId, studentId } = event.data;
      const sheet = state ?? { id: sheetId, learningId, orderId, studentId, managerId: null, finalEvaluationId: finalIdOf(sheetId, undefined), openedAt: at, evaluations: [] };
      return { ...sheet, status: "CANCELED", canceledAt: at, evaluations: sheet.evaluations.map((e) => ({ ...e, status: "CANCELED" as const })) };
    }
    default: {
      const unknown: never = event;
      throw new Error(`unknown event ${JSON.stringify(unknown)}`);
    }
  }
}

/** The evaluations context's decisions on a learning's evaluation sheet, for the platform's command layer. */
export const evaluationSheetDecider: Decider<EvaluationSheet, EvaluationSheetCommand, EvaluationEvent> = { decide, evolve };
