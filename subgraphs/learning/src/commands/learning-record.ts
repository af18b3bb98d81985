import type { LearningEvent } from "@supergraph/contracts/learning";
import type { CommandSpec } from "@supergraph/platform";
import { learningRecordDecider, type LearningCommand, type LearningRecord } from "../domain/learning-record.ts";
import { lockLearningRecord, saveLearningRecord, type LearningKey } from "../infra/learning-record-store.ts";
import { withSms } from "./sms.ts";

/** A command on a learning record (by its id or its order's): locked while it is decided, saved whole, its SMS requested with its events. */
export function onLearningRecord(key: LearningKey): CommandSpec<LearningRecord, LearningCommand, LearningEvent> {
  return {
    decider: learningRecordDecider,
    load: (tx) => lockLearningRecord(tx, key),
    save: (tx, record) => saveLearningRecord(tx, record),
    publish: withSms,
  };
}
