import type { PaymentEvent, PaymentPurpose } from "@supergraph/contracts/payments";
import { domainErrors, type Decider } from "@supergraph/platform";
import { PaymentErrorCode as PaymentErrorCodeOfSdl, type PaymentStatus } from "../generated/graphql.ts";

/** Statuses of a payment: the SDL's enum (the Prisma schema's copy is checked by scripts/enums.test.ts). */
export type { PaymentStatus };

export interface Payment {
  readonly id: string;
  /** Id of the thing paid for; at most one payment per reference. */
  readonly reference: string;
  readonly purpose: PaymentPurpose;
  readonly payerId: string;
  /** Amount in cents. */
  readonly amount: number;
  readonly status: PaymentStatus;
  readonly createdAt: Date;
  readonly canceledAt: Date | null;
  /** Why it was canceled or voided, as the context that asked said (null before, and for older rows). */
  readonly cancellationReason: string | null;
}

/** Refusals of the payments context, their codes from its SDL's PaymentErrorCode. */
export const PaymentError = domainErrors(PaymentErrorCodeOfSdl);

/**
 * What callers may ask of the payment of one reference (payments' contract): charge it
 * (`payments.charge`), or call it off (`PaymentCancellationRequested`). `paymentId` is the id a
 * payment made by the command gets.
 */
export type PaymentCommand =
  | { type: "ChargePayment"; paymentId: string; reference: string; purpose: PaymentPurpose; payerId: string; amount: number }
  | { type: "CancelPayment"; paymentId: string; reference: string; purpose: PaymentPurpose; payerId: string; reason: string };

/**
 * What happens to payments: the published events, plus the voiding of a reference nobody
 * paid for yet, which only this context needs to know (it refuses a late charge).
 */
export type PaymentChange =
  | PaymentEvent
  | {
      type: "ReferenceVoided";
      subject: string;
      data: { paymentId: string; reference: string; purpose: PaymentPurpose; payerId: string; reason: string };
    };

/**
 * Decides what a command on the payment of one reference yields, or refuses it.
 * No change means the payment stands as it is (a retried charge, a repeated cancel).
 */
export function decide(command: PaymentCommand, state: Payment | null): PaymentChange[] {
  switch (command.type) {
    case "ChargePayment": {
      if (state) return refuseOrKeep(state);
      const { paymentId, reference, purpose, payerId, amount } = command;
      return [{ type: "PaymentCompleted", subject: paymentId, data: { paymentId, reference, purpose, payerId, amount } }];
    }
    case "CancelPayment": {
      const { paymentId, reference, purpose, payerId, reason } = command;
      // Nothing charged yet (the charge failed, or is still on its way): void the reference.
      if (!state) return [{ type: "ReferenceVoided", subject: paymentId, data: { paymentId, reference, purpose, payerId, reason } }];
      return cancel(state, reason);
    }
    default: {
      const unknown: never = command;
      throw new Error(`unknown command ${JSON.stringify(unknown)}`);
    }
  }
}

/** A charge for a reference that already has a payment: the same payment, unless it was called off. */
function refuseOrKeep(state: Payment): PaymentChange[] {
  switch (state.status) {
    case "COMPLETED":
      return [];
    case "CANCELED":
    case "VOIDED":
      throw PaymentError.refuse("PAYMENT_VOIDED", "The payment for this reference was called off; it cannot be charged any more.");
    default: {
      const unknown: never = state.status;
      throw new Error(`unknown status ${JSON.stringify(unknown)}`);
    }
  }
}

function cancel(state: Payment, reason: string): PaymentChange[] {
  switch (state.status) {
    case "COMPLETED": {
      const { id: paymentId, reference, purpose, payerId, amount } = state;
      return [{ type: "PaymentCanceled", subject: paymentId, data: { paymentId, reference, purpose, payerId, amount, reason } }];
    }
    case "CANCELED":
    case "VOIDED":
      return [];
    default: {
      const unknown: never = state.status;
      throw new Error(`unknown status ${JSON.stringify(unknown)}`);
    }
  }
}

/** Applies a change to the payment it is about. */
export function evolve(state: Payment | null, change: PaymentChange, at: Date): Payment {
  switch (change.type) {
    case "PaymentCompleted": {
      const { paymentId, reference, purpose, payerId, amount } = change.data;
      return { id: paymentId, reference, purpose, payerId, amount, status: "COMPLETED", createdAt: at, canceledAt: null, cancellationReason: null };
    }
    case "PaymentCanceled":
      if (!state) throw new Error("PaymentCanceled for a payment that does not exist");
      return { ...state, status: "CANCELED", canceledAt: at, cancellationReason: change.data.reason ?? null };
    case "ReferenceVoided": {
      const { paymentId, reference, purpose, payerId, reason } = change.data;
      return { id: paymentId, reference, purpose, payerId, amount: 0, status: "VOIDED", createdAt: at, canceledAt: at, cancellationReason: reason };
    }
    default: {
      const unknown: never = change;
      throw new Error(`unknown change ${JSON.stringify(unknown)}`);
    }
  }
}

/** The payment decisions, for the platform's command layer. */
export const paymentDecider: Decider<Payment, PaymentCommand, PaymentChange> = { decide, evolve };

/** The changes other contexts hear about. */
export function published(changes: readonly PaymentChange[]): PaymentEvent[] {
  return changes.filter((c): c is PaymentEvent => c.type !== "ReferenceVoided");
}
