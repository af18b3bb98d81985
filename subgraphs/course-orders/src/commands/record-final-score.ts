import { RecordFinalScoreErrorCode, RecordFinalScoreRequest, type RecordFinalScoreResult } from "@supergraph/contracts/course-orders";
import { commandCausation, domainErrors, runCommand, type UnitOfWork } from "@supergraph/platform";
import { onCourseOrder } from "./course-order.ts";

/** The call's malformed-request refusal, its code from the contract shared with the caller. */
const { refuse } = domainErrors(RecordFinalScoreErrorCode);

/**
 * The sync call `course-orders.recordFinalScore`, for the context's `answers`: records the
 * order's final score with FinalScoreRecorded in one transaction, idempotent by evaluation id
 * (the same evaluation again is answered as the first time). `latencyMs` delays the answer (a
 * simulated slow course-orders, as the original's 800-1,100 ms): one answered after the caller
 * gave up is still recorded, and the caller's retry with the same evaluation id gets it.
 */
export function finalScoreAnswers(transact: UnitOfWork, clock: () => Date, latencyMs = 0) {
  return {
    recordFinalScore: async (payload: unknown): Promise<RecordFinalScoreResult> => {
      const parsed = RecordFinalScoreRequest.safeParse(payload);
      if (!parsed.success) throw refuse(RecordFinalScoreErrorCode.INVALID, `Invalid record-final-score request: ${parsed.error.issues[0]?.message ?? "malformed"}.`);
      const { orderId, evaluationId, score } = parsed.data;
      if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
      return transact(async (tx, record) => {
        const { state } = await runCommand(tx, record, onCourseOrder(orderId), { type: "RecordFinalScore", evaluationId, score }, { now: clock(), causation: commandCausation(orderId) });
        const order = state!;
        return {
          orderId, orderNumber: order.orderNumber, studentId: order.studentId, evaluationId,
          score: order.finalScore!, recordedAt: order.finalScoreRecordedAt!.toISOString(),
        };
      });
    },
  };
}
