import type { TurnIntoRefundDeliveryRequest, TurnIntoRefundDeliveryResult } from "@supergraph/contracts/deliveries";
import { commandCausation, DomainError, executeCommand, isUniqueViolation, isUuid, ServiceUnavailableError, type Bulkhead, type Sql, type UnitOfWork } from "@supergraph/platform";
import { checkReason, refundIdOf, RefundError, type PizzaRefund } from "../domain/pizza-refund.ts";
import { canceledOrphansOfOrder, findPizzaRefunds, refundsOfOrder } from "../infra/pizza-refund-store.ts";
import { onPizzaRefund } from "./pizza-refund.ts";

export interface RequestPizzaRefundDeps {
  readonly sql: Sql;
  readonly transact: UnitOfWork;
  /** Deliveries' turn-into-a-refund-delivery (a sync call in its breaker), idempotent by refund id. */
  readonly turnIntoRefundDelivery: (request: TurnIntoRefundDeliveryRequest) => Promise<TurnIntoRefundDeliveryResult>;
  /**
   * The platform's admission on that call (`admission({ callee: turnIntoRefundDelivery })`): a
   * bounded number of refunds at a time, each refused at once, unsent, while the breaker is open.
   */
  readonly admit: Bulkhead;
}

export interface RequestPizzaRefundInput {
  readonly orderId: string;
  readonly reason: string;
}

/** Deliveries' refusals, in the refunds context's own codes. */
const REFUSALS: Record<string, () => DomainError> = {
  DELIVERY_NOT_FOUND: () => RefundError.refuse("ORDER_NOT_FOUND", "No pizza order with that id is yours."),
  DELIVERY_NOT_DELIVERED: () => RefundError.refuse("ORDER_NOT_DELIVERED", "Only a delivered order can be refunded; nothing was stored."),
  DELIVERY_ALREADY_REFUNDED: () => RefundError.refuse("REFUND_ALREADY_EXISTS", "The order has a refund already; nothing was stored."),
};

const alreadyExists = () => RefundError.refuse("REFUND_ALREADY_EXISTS", "The order has a refund already; nothing was stored.");

/**
 * Takes a customer's refund of a delivered order so that no refund exists unless deliveries agreed:
 * 0. the reason and the order id are checked; an order with a live refund is refused (REFUND_ALREADY_EXISTS);
 * 1. the refund's id is derived from the order id and its earlier (canceled) refunds, so a retry
 *    of a request whose answer was lost names the same refund (a return run deliveries made for
 *    such a refund and the courier canceled counts as an earlier refund);
 * 2. deliveries turns the delivery into the refund delivery (the sync call, idempotent by that id;
 *    refused, down, slow or held off by the breaker: nothing stored);
 * 3. the refund is stored PENDING with PizzaRefunded in one transaction.
 * A call that timed out but that deliveries applied late leaves the delivery REFUNDED for a refund
 * not stored yet: the customer's retry (told DELIVERIES_UNAVAILABLE, retryable) names the same
 * refund, deliveries answers the same delivery, and the refund is stored then. Without a retry,
 * refunds knows that return run from DeliveryRefunded: canceled, it takes up its id; completed,
 * the refund is stored final so the money goes back (see the end-of-return-run policies).
 */
export async function requestPizzaRefund(deps: RequestPizzaRefundDeps, customerId: string, input: RequestPizzaRefundInput, now: Date): Promise<PizzaRefund> {
  const reason = checkReason(input.reason);
  if (!isUuid(input.orderId)) throw RefundError.refuse("ORDER_NOT_FOUND", "No pizza order with that id is yours.");
  const { orderId } = input;
  const earlier = await refundsOfOrder(deps.sql, orderId);
  const live = earlier.find((r) => r.status !== "CANCELED");
  if (live) throw live.customerId === customerId ? alreadyExists() : RefundError.refuse("ORDER_NOT_FOUND", "No pizza order with that id is yours.");
  const refundId = refundIdOf(orderId, earlier.length + (await canceledOrphansOfOrder(deps.sql, orderId)));

  return deps.admit(async () => {
    let deliveryId: string;
    try {
      ({ deliveryId } = await deps.turnIntoRefundDelivery({ orderId, customerId, refundId }));
    } catch (error) {
      if (error instanceof DomainError && !(error instanceof ServiceUnavailableError) && REFUSALS[error.code]) throw REFUSALS[error.code]!();
      throw error;
    }
    try {
      const { state } = await executeCommand(
        deps.transact,
        onPizzaRefund(refundId),
        { type: "RecordPizzaRefund", refundId, orderId, customerId, deliveryId, reason, at: now.toISOString() },
        // The order's case, as every pizza event: the refund is part of what happened to the order.
        { now, causation: commandCausation(orderId) },
      );
      return state!;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // Two requests at once for the order: the same refund (both named it) is one refund.
      const [same] = await findPizzaRefunds(deps.sql, [refundId]);
      if (same) return same;
      throw alreadyExists();
    }
  });
}
