import type { EvaluationEvent } from "@supergraph/contracts/evaluations";
import type { CommandSpec } from "@supergraph/platform";
import { evaluationDecider, type Evaluation, type EvaluationCommand } from "../domain/evaluation.ts";
import { lockEvaluation, saveEvaluation } from "../infra/evaluation-store.ts";

/** A command on the evaluation `evaluationId`: locked while it is decided, saved whole. */
export function onEvaluation(evaluationId: string): CommandSpec<Evaluation, EvaluationCommand, EvaluationEvent> {
  return {
    decider: evaluationDecider,
    load: (tx) => lockEvaluation(tx, evaluationId),
    save: (tx, evaluation) => saveEvaluation(tx, evaluation),
  };
}
