import type { CommandSpec } from "@supergraph/platform";
import { paymentDecider, published, type Payment, type PaymentChange, type PaymentCommand } from "../domain/payment.ts";
import { lockPaymentByReference, savePayment } from "../infra/payment-store.ts";
import type { PaymentProcessor } from "../infra/processor.ts";

/**
 * How a command finds and stores the payment of one reference: locked by reference (a
 * reference has at most one payment), and written after its changes. The money of a canceled
 * payment goes back before the payment is recorded as canceled: a refused refund rolls the
 * transaction back, and the request is retried with backoff, then parked for an operator.
 */
export function paymentOfReference(reference: string, processor: PaymentProcessor): CommandSpec<Payment, PaymentCommand, PaymentChange> {
  return {
    decider: paymentDecider,
    load: (tx) => lockPaymentByReference(tx, reference),
    async save(tx, payment, previous, changes) {
      if (changes.some((c) => c.type === "PaymentCanceled")) await processor.refund();
      await savePayment(tx, payment, previous);
    },
    publish: published,
  };
}
