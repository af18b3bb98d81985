import { evaluationEvents } from "@supergraph/contracts/evaluations";
import { inResponseTo, on, policy, RetryLater, runCommand } from "@supergraph/platform";
import { onLearningRecord } from "../commands/learning-record.ts";
import { lockLearningRecord } from "../infra/learning-record-store.ts";

const exists = async (tx: Parameters<typeof lockLearningRecord>[0], learningId: string) => {
  if (!(await lockLearningRecord(tx, { id: learningId }))) throw new RetryLater(`learning ${learningId} is not here yet`);
};

/** An interim evaluation registered: the record counts it and shows its score (LearningEvaluated). */
export const applyInterimEvaluation = policy("apply-interim-evaluation", on(evaluationEvents.InterimEvaluationRegistered), {
  async handle(event, tx, record) {
    const { learningId, evaluationId, score, note } = event.data;
    await exists(tx, learningId);
    await runCommand(tx, record, onLearningRecord({ id: learningId }), { type: "ApplyInterimEvaluation", evaluationId, score, note }, inResponseTo(event));
  },
});

/** The final evaluation registered (its score recorded in the order first): the learning is COMPLETED. */
export const applyFinalEvaluation = policy("apply-final-evaluation", on(evaluationEvents.FinalEvaluationRegistered), {
  async handle(event, tx, record) {
    const { learningId, evaluationId, score } = event.data;
    await exists(tx, learningId);
    await runCommand(tx, record, onLearningRecord({ id: learningId }), { type: "ApplyFinalEvaluation", evaluationId, score }, inResponseTo(event));
  },
});
