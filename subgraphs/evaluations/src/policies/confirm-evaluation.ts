import { evaluationEvents } from "@supergraph/contracts/evaluations";
import { inResponseTo, on, policy, runCommand } from "@supergraph/platform";
import { onEvaluation } from "../commands/evaluation.ts";

/**
 * A requested evaluation is confirmed once its request is published: a step that runs after
 * the request's transaction, in the consumer's own (with its inbox record, so a redelivered
 * request confirms nothing twice). A policy on another context's event names it the same way,
 * through its publisher's contract: `on(lectureEvents.LectureOpened)`.
 */
export const confirmEvaluation = policy("confirm-evaluation", on(evaluationEvents.EvaluationRequested), {
  async handle(event, tx, record) {
    await runCommand(tx, record, onEvaluation(event.data.evaluationId), { type: "ConfirmEvaluation" }, inResponseTo(event));
  },
});
