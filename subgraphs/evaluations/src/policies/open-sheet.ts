import { randomUUID } from "node:crypto";
import { learningEvents } from "@supergraph/contracts/learning";
import { inResponseTo, on, policy, runCommand } from "@supergraph/platform";
import { onSheetOfLearning } from "../commands/evaluation-sheet.ts";

/**
 * A learning manager started a learning: its evaluation sheet opens (once, however often the
 * event is delivered; when evaluations was down meanwhile, when it is back).
 */
export const openSheet = policy("open-sheet", on(learningEvents.LearningStarted), {
  async handle(event, tx, record) {
    const { learningId, orderId, studentId, managerId } = event.data;
    await runCommand(
      tx,
      record,
      onSheetOfLearning(learningId),
      { type: "OpenSheet", sheetId: randomUUID(), finalEvaluationId: randomUUID(), learningId, orderId, studentId, managerId },
      inResponseTo(event),
    );
  },
});
