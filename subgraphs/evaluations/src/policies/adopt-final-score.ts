import { courseOrderEvents } from "@supergraph/contracts/course-orders";
import { inResponseTo, on, policy, runCommand } from "@supergraph/platform";
import { onSheetOfFinalEvaluation } from "../commands/evaluation-sheet.ts";

/**
 * Course-orders recorded a final score: usually the final evaluation it is for is stored
 * already (nothing happens). When the call's answer was lost (course-orders answered after the
 * timeout, so the manager was told to retry) and no retry came, the evaluation is stored now,
 * with the score the order holds, so no order keeps a score without its evaluation.
 */
export const adoptFinalScore = policy("adopt-final-score", on(courseOrderEvents.FinalScoreRecorded), {
  async handle(event, tx, record) {
    const { evaluationId, score } = event.data;
    const at = inResponseTo(event);
    await runCommand(tx, record, onSheetOfFinalEvaluation(evaluationId), { type: "AdoptRecordedScore", evaluationId, score, at: at.now.toISOString() }, at);
  },
});
