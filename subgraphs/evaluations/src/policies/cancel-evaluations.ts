import { randomUUID } from "node:crypto";
import { learningEvents } from "@supergraph/contracts/learning";
import { inResponseTo, on, policy, runCommand } from "@supergraph/platform";
import { onSheetOfLearning } from "../commands/evaluation-sheet.ts";

/**
 * The learning was canceled with its course order (the saga's last step): the sheet and its
 * evaluations are canceled. A learning canceled before its LearningStarted reached
 * evaluations (its own durable) leaves a canceled sheet, so a late LearningStarted opens nothing.
 */
export const cancelEvaluations = policy("cancel-evaluations", on(learningEvents.LearningCanceled), {
  async handle(event, tx, record) {
    const { learningId, orderId, studentId } = event.data;
    const at = inResponseTo(event);
    await runCommand(tx, record, onSheetOfLearning(learningId), { type: "CancelEvaluations", sheetId: randomUUID(), learningId, orderId, studentId, at: at.now.toISOString() }, at);
  },
});
