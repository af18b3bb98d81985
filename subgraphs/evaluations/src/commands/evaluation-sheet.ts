import type { EvaluationEvent } from "@supergraph/contracts/evaluations";
import type { CommandSpec, Sql } from "@supergraph/platform";
import { evaluationSheetDecider, type EvaluationSheet, type EvaluationSheetCommand } from "../domain/evaluation-sheet.ts";
import { lockSheetOfFinalEvaluation, lockSheetOfLearning, saveSheet } from "../infra/evaluation-sheet-store.ts";

function onSheet(load: (tx: Sql) => Promise<EvaluationSheet | null>): CommandSpec<EvaluationSheet, EvaluationSheetCommand, EvaluationEvent> {
  return {
    decider: evaluationSheetDecider,
    load,
    save: (tx, sheet, _previous, events) => saveSheet(tx, sheet, events),
  };
}

/** A command on the evaluation sheet of the learning `learningId` (none yet: a new one), locked while it is decided. */
export const onSheetOfLearning = (learningId: string) => onSheet((tx) => lockSheetOfLearning(tx, learningId));

/** A command on the sheet whose final evaluation id is `evaluationId`, locked while it is decided. */
export const onSheetOfFinalEvaluation = (evaluationId: string) => onSheet((tx) => lockSheetOfFinalEvaluation(tx, evaluationId));
