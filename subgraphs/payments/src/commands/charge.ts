import { randomUUID } from "node:crypto";
import { ChargeRequest, type ChargeResult } from "@supergraph/contracts/payments";
import { commandCausation, executeCommand, type Sql, type UnitOfWork } from "@supergraph/platform";
import { decide, PaymentError, type Payment, type PaymentCommand } from "../domain/payment.ts";
import { findPaymentByReference, isReferenceTaken } from "../infra/payment-store.ts";
import type { PaymentProcessor } from "../infra/processor.ts";
import { paymentOfReference } from "./payment-of-reference.ts";

type ChargePayment = Extract<PaymentCommand, { type: "ChargePayment" }>;

export interface ChargeDeps {
  readonly sql: Sql;
  readonly transact: UnitOfWork;
  readonly processor: PaymentProcessor;
  readonly clock: () => Date;
}

/**
 * The sync call `payments.charge`, idempotent by reference: the first charge of a reference
 * goes to the processor and is written as COMPLETED; every later one (a retry, or a
 * duplicate racing it) gets that same payment back, and a called-off reference is refused.
 * The processor is called outside any transaction (it is slow), so the payment is looked up
 * before and locked again after it.
 */
export function chargeAnswer({ sql, transact, processor, clock }: ChargeDeps) {
  return async function charge(payload: unknown): Promise<ChargeResult> {
    const parsed = ChargeRequest.safeParse(payload);
    if (!parsed.success) {
      throw PaymentError.refuse("INVALID_CHARGE", `Invalid charge request: ${parsed.error.issues[0]?.message ?? "malformed"}.`);
    }
    const request = parsed.data;
    const command: ChargePayment = { type: "ChargePayment", paymentId: randomUUID(), ...request };

    const existing = await findPaymentByReference(sql, request.reference);
    if (existing) return repeated(command, existing);

    await processor.charge();
    try {
      const { state } = await executeCommand(transact, paymentOfReference(request.reference, processor), command, {
        now: clock(),
        causation: commandCausation(request.reference),
      });
      return { paymentId: state!.id, status: "COMPLETED" };
    } catch (error) {
      if (!isReferenceTaken(error)) throw error;
      // A duplicate of this charge, or the voiding of its reference, was written first.
      const winner = await findPaymentByReference(sql, request.reference);
      if (!winner) throw error;
      return repeated(command, winner);
    }
  };
}

/** A charge of a reference that already has a payment: that payment, unless it was called off. */
function repeated(command: ChargePayment, payment: Payment): ChargeResult {
  if (decide(command, payment).length > 0) throw new Error("a repeated charge changed its payment");
  return { paymentId: payment.id, status: "COMPLETED" };
}
