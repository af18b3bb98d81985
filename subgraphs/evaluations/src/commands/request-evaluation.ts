import { randomUUID } from "node:crypto";
import { commandCausation, executeCommand, type UnitOfWork } from "@supergraph/platform";
import { evaluationDecider, type Evaluation } from "../domain/evaluation.ts";
import { saveEvaluation } from "../infra/evaluation-store.ts";

export interface RequestEvaluationInput {
  readonly title: string;
}

/** Requests a new evaluation for `ownerId`; the confirm-evaluation policy confirms it once EvaluationRequested is published. */
export async function requestEvaluation(transact: UnitOfWork, ownerId: string, input: RequestEvaluationInput, now: Date): Promise<Evaluation> {
  const evaluationId = randomUUID();
  const { state } = await executeCommand(
    transact,
    { decider: evaluationDecider, load: async () => null, save: (tx, evaluation) => saveEvaluation(tx, evaluation) },
    { type: "RequestEvaluation", evaluationId, ownerId, ...input },
    { now, causation: commandCausation(evaluationId) },
  );
  return state!;
}
