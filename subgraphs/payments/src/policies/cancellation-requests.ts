import { paymentRequests } from "@supergraph/contracts/payments";
import { causedBy, on, policy } from "@supergraph/platform";
import { cancelPayment } from "../commands/cancel.ts";
import type { PaymentProcessor } from "../infra/processor.ts";

/** What the cancellation policy needs. */
export interface CancellationDeps {
  readonly clock: () => Date;
  /** Gives the money of a canceled payment back. */
  readonly processor: PaymentProcessor;
}

/**
 * A request of payments' own contract, from whichever context publishes it: the payment of
 * its reference is called off (refunded, or the reference voided). Purpose, payer and reason
 * come from the request, so a new paying system needs nothing here.
 */
export const cancelRequestedPayment = (deps: CancellationDeps) =>
  policy("cancel-payment", on(paymentRequests.PaymentCancellationRequested), {
    async handle(event, tx, record) {
      await cancelPayment(tx, record, deps.processor, event.data, { now: deps.clock(), causation: causedBy(event) });
    },
  });
