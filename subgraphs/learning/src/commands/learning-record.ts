import type { LearningRecordEvent } from "@supergraph/contracts/learning";
import type { CommandSpec } from "@supergraph/platform";
import { learningRecordDecider, type LearningRecord, type LearningRecordCommand } from "../domain/learning-record.ts";
import { lockLearningRecord, saveLearningRecord } from "../infra/learning-record-store.ts";

/** A command on the learning record `learningRecordId`: locked while it is decided, saved whole. */
export function onLearningRecord(learningRecordId: string): CommandSpec<LearningRecord, LearningRecordCommand, LearningRecordEvent> {
  return {
    decider: learningRecordDecider,
    load: (tx) => lockLearningRecord(tx, learningRecordId),
    save: (tx, learningRecord) => saveLearningRecord(tx, learningRecord),
  };
}
