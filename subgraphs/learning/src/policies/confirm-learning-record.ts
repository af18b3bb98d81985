import { learningRecordEvents } from "@supergraph/contracts/learning";
import { inResponseTo, on, policy, runCommand } from "@supergraph/platform";
import { onLearningRecord } from "../commands/learning-record.ts";

/**
 * A requested learning record is confirmed once its request is published: a step that runs after
 * the request's transaction, in the consumer's own (with its inbox record, so a redelivered
 * request confirms nothing twice). A policy on another context's event names it the same way,
 * through its publisher's contract: `on(lectureEvents.LectureOpened)`.
 */
export const confirmLearningRecord = policy("confirm-learning-record", on(learningRecordEvents.LearningRecordRequested), {
  async handle(event, tx, record) {
    await runCommand(tx, record, onLearningRecord(event.data.learningRecordId), { type: "ConfirmLearningRecord" }, inResponseTo(event));
  },
});
