import { PaymentErrorCode, type ChargeRequest, type ChargeResult } from "@supergraph/contracts/payments";
import { commandCausation, DomainError, executeCommand, ServiceUnavailableError, type Bulkhead, type Sql, type UnitOfWork } from "@supergraph/platform";
import { decide, PizzaOrderError, type PizzaOrder } from "../domain/pizza-order.ts";
import { findPizzaOrders } from "../infra/pizza-order-store.ts";
import { onPizzaOrder } from "./pizza-order.ts";

export interface PayPizzaOrderDeps {
  readonly sql: Sql;
  readonly transact: UnitOfWork;
  /** Payments' charge (a sync call in its breaker), idempotent by reference: the order id. */
  readonly charge: (request: ChargeRequest) => Promise<ChargeResult>;
  /**
   * The platform's admission on the charge (`admission({ callee: charge })`): a bounded number
   * of payments at a time, and every one refused at once, unsent, while payments' breaker is open.
   */
  readonly admit: Bulkhead;
  readonly clock: () => Date;
}

/**
 * Pays a PLACED order of the customer's: the charge first (reference = the order id, so a retry
 * or a duplicate gets the first payment back and nothing is charged twice), then PAID with
 * PizzaOrderPaid. Nothing is written before the charge: a charge refused, failed or unsent leaves
 * the order PLACED. A charge whose answer was lost (timeout, payments down) may still complete:
 * payments then publishes PaymentCompleted, from which the record-payment policy makes the order
 * PAID (or, when it was canceled meanwhile, the cancellation's request to payments refunds it);
 * so no charge is ever left without its order paid, and the customer may simply pay again.
 */
export async function payPizzaOrder(deps: PayPizzaOrderDeps, orderId: string, customerId: string): Promise<PizzaOrder> {
  const [order] = await findPizzaOrders(deps.sql, [orderId]);
  decide({ type: "CheckPayable", byUserId: customerId }, order ?? null);
  const { amount } = order!;
  return deps.admit(async () => {
    const charged = await deps.charge({ reference: orderId, purpose: "PIZZA_ORDER", payerId: customerId, amount }).catch((error: unknown) => {
      throw asOrderError(error);
    });
    const now = deps.clock();
    const { state } = await executeCommand(deps.transact, onPizzaOrder(orderId), { type: "RecordPayment", paymentId: charged.paymentId, paidAt: now, late: false }, {
      now,
      causation: commandCausation(orderId),
    });
    return state!;
  });
}

/** Payments' refusals in this context's codes; unavailability (PAYMENT_UNAVAILABLE, a code of both) passes as it is. */
function asOrderError(error: unknown): unknown {
  if (error instanceof ServiceUnavailableError || !(error instanceof DomainError)) return error;
  switch (error.code) {
    case PaymentErrorCode.DECLINED:
      return PizzaOrderError.refuse("PAYMENT_DECLINED", "The payment was declined; the order is still PLACED and may be paid again.");
    case PaymentErrorCode.VOIDED:
      // Voided by the order's own cancellation, which reached payments first.
      return PizzaOrderError.refuse("ORDER_ALREADY_CANCELED", "The order was canceled while it was being paid.");
    default:
      return new Error(`payments refused the charge: ${error.code} ${error.message}`);
  }
}
