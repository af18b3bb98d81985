import { RecordFinalScoreErrorCode, type RecordFinalScoreRequest, type RecordFinalScoreResult } from "@supergraph/contracts/course-orders";
import { commandCausation, DomainError, executeCommand, ServiceUnavailableError, type Bulkhead, type Sql, type UnitOfWork } from "@supergraph/platform";
import { checkFinalEvaluation, EvaluationError, finalOf, type Evaluation, type Evaluator } from "../domain/evaluation-sheet.ts";
import { findSheetsOfLearnings } from "../infra/evaluation-sheet-store.ts";
import { onSheetOfLearning } from "./evaluation-sheet.ts";

export interface RegisterFinalEvaluationDeps {
  readonly sql: Sql;
  readonly transact: UnitOfWork;
  /** Course-orders' record-final-score (a sync call in its breaker), idempotent by evaluation id. */
  readonly recordFinalScore: (request: RecordFinalScoreRequest) => Promise<RecordFinalScoreResult>;
  /**
   * The platform's admission on that call (`admission({ callee: recordFinalScore })`): a bounded
   * number at a time, and every one refused at once, unsent, while course-orders' breaker is open.
   */
  readonly admit: Bulkhead;
}

export interface FinalEvaluationInput {
  readonly learningId: string;
  readonly score: number;
}

/** Course-orders' refusals in evaluations' own codes (the same names where they mean the same). */
const REFUSALS: Record<string, Parameters<typeof EvaluationError.refuse>[0]> = {
  [RecordFinalScoreErrorCode.COURSE_ORDER_NOT_FOUND]: "COURSE_ORDER_NOT_FOUND",
  [RecordFinalScoreErrorCode.COURSE_ORDER_CANCELED]: "COURSE_ORDER_CANCELED",
  [RecordFinalScoreErrorCode.FINAL_SCORE_ALREADY_RECORDED]: "FINAL_SCORE_ALREADY_RECORDED",
  [RecordFinalScoreErrorCode.INVALID_SCORE]: "INVALID_SCORE",
};

function asOwnRefusal(error: unknown): unknown {
  // Unavailable (down, slow, breaker open): already COURSE_ORDERS_UNAVAILABLE, retryable, maybe with retryAfterMs.
  if (error instanceof ServiceUnavailableError || !(error instanceof DomainError)) return error;
  const code = REFUSALS[error.code];
  return code ? EvaluationError.refuse(code, `course-orders refused the final score: ${error.message}`) : error;
}

/**
 * Registers a learning's one final evaluation so that no final evaluation exists without the
 * course order's final score:
 * 0. the request is checked against the sheet (the same final evaluation again is answered as
 *    it is), and while course-orders' breaker is open it is refused at once (admission);
 * 1. course-orders records the score by the sync call, under the sheet's final evaluation id
 *    (idempotent by it); refused or unavailable: nothing is stored, a typed error;
 * 2. the evaluation is stored with FinalEvaluationRegistered, the score as course-orders recorded it.
 * An answer lost after course-orders recorded the score (a timeout), or a store failing after
 * it agreed, leaves the order holding it: the manager's retry uses the same evaluation id and
 * gets the same answer (the score the order holds, should the retry name another), and without
 * a retry the adopt-final-score policy stores the evaluation on FinalScoreRecorded.
 */
export async function registerFinalEvaluation(deps: RegisterFinalEvaluationDeps, by: Evaluator, input: FinalEvaluationInput, now: Date): Promise<Evaluation> {
  const [sheet] = await findSheetsOfLearnings(deps.sql, [input.learningId]);
  const registered = checkFinalEvaluation(sheet ?? null, by, input.score);
  if (registered) return registered;
  const { orderId, finalEvaluationId } = sheet!;
  return deps.admit(async () => {
    const recorded = await deps.recordFinalScore({ orderId, evaluationId: finalEvaluationId, score: input.score }).catch((error: unknown) => {
      throw asOwnRefusal(error);
    });
    const { state } = await executeCommand(
      deps.transact,
      onSheetOfLearning(input.learningId),
      { type: "RegisterFinalEvaluation", evaluationId: recorded.evaluationId, by, score: recorded.score, at: now.toISOString() },
      { now, causation: commandCausation(input.learningId) },
    );
    return finalOf(state)!;
  });
}
