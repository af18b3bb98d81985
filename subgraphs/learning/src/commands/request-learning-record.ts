import { randomUUID } from "node:crypto";
import { commandCausation, executeCommand, type UnitOfWork } from "@supergraph/platform";
import { learningRecordDecider, type LearningRecord } from "../domain/learning-record.ts";
import { saveLearningRecord } from "../infra/learning-record-store.ts";

export interface RequestLearningRecordInput {
  readonly title: string;
}

/** Requests a new learning record for `ownerId`; the confirm-learning-record policy confirms it once LearningRecordRequested is published. */
export async function requestLearningRecord(transact: UnitOfWork, ownerId: string, input: RequestLearningRecordInput, now: Date): Promise<LearningRecord> {
  const learningRecordId = randomUUID();
  const { state } = await executeCommand(
    transact,
    { decider: learningRecordDecider, load: async () => null, save: (tx, learningRecord) => saveLearningRecord(tx, learningRecord) },
    { type: "RequestLearningRecord", learningRecordId, ownerId, ...input },
    { now, causation: commandCausation(learningRecordId) },
  );
  return state!;
}
