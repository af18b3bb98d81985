import { RefundDeliveryErrorCode, TurnIntoRefundDeliveryRequest, type TurnIntoRefundDeliveryResult } from "@supergraph/contracts/deliveries";
import { commandCausation, domainErrors, runCommand, type UnitOfWork } from "@supergraph/platform";
import { onDeliveryOfOrder } from "./delivery.ts";

/** The call's refusal of a malformed request, its code from the contract shared with the caller. */
const { refuse } = domainErrors(RefundDeliveryErrorCode);

/**
 * The sync call `deliveries.turnIntoRefundDelivery`, for the context's `answers`: the order's
 * DELIVERED delivery becomes REFUNDED with DeliveryRefunded in one transaction, idempotent by
 * refund id (the same refund again answers the same delivery and records nothing). Refusals are
 * the decider's (DELIVERY_NOT_FOUND, DELIVERY_NOT_DELIVERED, DELIVERY_ALREADY_REFUNDED).
 * `latencyMs` delays the answer before anything is done (a simulated slow deliveries, for the
 * refunds' breaker): a call answered after its caller gave up still takes effect.
 */
export function refundDeliveryAnswers(transact: UnitOfWork, clock: () => Date, latencyMs = 0) {
  return {
    turnIntoRefundDelivery: async (payload: unknown): Promise<TurnIntoRefundDeliveryResult> => {
      const parsed = TurnIntoRefundDeliveryRequest.safeParse(payload);
      if (!parsed.success) throw refuse(RefundDeliveryErrorCode.INVALID, `Invalid refund delivery request: ${parsed.error.issues[0]?.message ?? "malformed"}.`);
      const { orderId, customerId, refundId } = parsed.data;
      if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
      const now = clock();
      return transact(async (tx, record) => {
        const { state } = await runCommand(tx, record, onDeliveryOfOrder(orderId), { type: "TurnIntoRefundDelivery", customerId, refundId, at: now }, { now, causation: commandCausation(orderId) });
        return { deliveryId: state!.id };
      });
    },
  };
}
