import { randomUUID } from "node:crypto";
import { RegistrationAbandoned, RegistrationCanceled } from "@supergraph/contracts/registrations";
import { causedBy, policy, RetryLater, type EventEnvelope, type RecordEvents, type Sql } from "@supergraph/platform";
import { decide, evolve, published, type Payment, type PaymentCommand } from "../domain/payment.ts";
import { insertPayment, isReferenceTaken, lockPayment, lockPaymentByReference, updatePayment } from "../infra/payment-store.ts";
import type { PaymentProcessor } from "../infra/processor.ts";

/** What the cancellation policies need. */
export interface CancellationDeps {
  readonly clock: () => Date;
  /** Gives the money of a canceled payment back. */
  readonly processor: PaymentProcessor;
}

/** A canceled registration gets its payment canceled and refunded (the compensation of the charge). */
export const cancelRegistrationPayment = (deps: CancellationDeps) =>
  policy({
    name: "cancel-registration-payment",
    from: "registrations",
    event: "RegistrationCanceled",
    schema: RegistrationCanceled,
    async handle(event, tx, record) {
      const state = await lockPayment(tx, event.data.paymentId);
      // The charge commits before a registration can exist; a miss is retried, then dead-lettered for operators.
      if (!state) throw new RetryLater("payment not known");
      await apply(deps, tx, record, event, { type: "CancelPayment" }, state);
    },
  });

/**
 * An abandoned registration (its charge failed or timed out) gets its reference voided:
 * a charge that did land is canceled, and one still on its way will be refused.
 */
export const voidAbandonedRegistration = (deps: CancellationDeps) =>
  policy({
    name: "void-abandoned-registration",
    from: "registrations",
    event: "RegistrationAbandoned",
    schema: RegistrationAbandoned,
    async handle(event, tx, record) {
      const { registrationId, studentId } = event.data;
      const state = await lockPaymentByReference(tx, registrationId);
      const command: PaymentCommand = {
        type: "VoidReference",
        paymentId: randomUUID(),
        reference: registrationId,
        purpose: "COURSE_REGISTRATION",
        payerId: studentId,
      };
      try {
        await apply(deps, tx, record, event, command, state);
      } catch (error) {
        // The charge was written between our look and our tombstone: next time we cancel it.
        if (isReferenceTaken(error)) throw new RetryLater("a charge for the reference landed meanwhile");
        throw error;
      }
    },
  });

async function apply(deps: CancellationDeps, tx: Sql, record: RecordEvents, event: EventEnvelope, command: PaymentCommand, state: Payment | null) {
  const changes = decide(command, state);
  if (changes.length === 0) return;
  // The money goes back before the payment is recorded as canceled: a refused refund rolls
  // this back, and the consumer retries it with backoff, then parks it for an operator.
  if (changes.some((c) => c.type === "PaymentCanceled")) await deps.processor.refund();
  const payment = changes.reduce<Payment | null>((s, c) => evolve(s, c, deps.clock()), state)!;
  await (state ? updatePayment(tx, payment) : insertPayment(tx, payment));
  await record(published(changes), causedBy(event));
}
