import { randomUUID } from "node:crypto";
import { commandCausation, executeCommand, type UnitOfWork } from "@supergraph/platform";
import type { Evaluation, Evaluator } from "../domain/evaluation-sheet.ts";
import { onSheetOfLearning } from "./evaluation-sheet.ts";

export interface InterimEvaluationInput {
  readonly learningId: string;
  readonly score: number;
  readonly note?: string | null;
}

/** Registers an interim evaluation of a learning in progress, with InterimEvaluationRegistered (learning applies it). */
export async function registerInterimEvaluation(transact: UnitOfWork, by: Evaluator, input: InterimEvaluationInput, now: Date): Promise<Evaluation> {
  const evaluationId = randomUUID();
  const { state } = await executeCommand(
    transact,
    onSheetOfLearning(input.learningId),
    { type: "RegisterInterimEvaluation", evaluationId, by, score: input.score, note: input.note ?? "", at: now.toISOString() },
    { now, causation: commandCausation(input.learningId) },
  );
  return state!.evaluations.find((e) => e.id === evaluationId)!;
}
