import { randomUUID } from "node:crypto";
import type { PaymentCancellationRequested } from "@supergraph/contracts/payments";
import { RetryLater, runCommand, type CommandOptions, type RecordEvents, type Sql } from "@supergraph/platform";
import type { z } from "zod";
import type { Payment } from "../domain/payment.ts";
import { isReferenceTaken } from "../infra/payment-store.ts";
import type { PaymentProcessor } from "../infra/processor.ts";
import { paymentOfReference } from "./payment-of-reference.ts";

/**
 * Calls off the payment of a reference inside the caller's transaction: a completed payment
 * is refunded and canceled, a reference not charged yet is voided (a late charge is then
 * refused), one already called off stays as it is. Whatever the purpose: the request says it.
 */
export async function cancelPayment(
  tx: Sql,
  record: RecordEvents,
  processor: PaymentProcessor,
  request: z.infer<typeof PaymentCancellationRequested>,
  options: CommandOptions,
): Promise<Payment | null> {
  try {
    const { state } = await runCommand(tx, record, paymentOfReference(request.reference, processor), { type: "CancelPayment", paymentId: randomUUID(), ...request }, options);
    return state;
  } catch (error) {
    // A charge was written between our look and our tombstone: next time we cancel it.
    if (isReferenceTaken(error)) throw new RetryLater("a charge for the reference landed meanwhile");
    throw error;
  }
}
