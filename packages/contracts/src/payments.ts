import { z } from "zod";

/** What a payment is for; the reference is the id of that thing. */
export const PaymentPurpose = z.enum(["COURSE_REGISTRATION", "PIZZA_ORDER"]);
export type PaymentPurpose = z.infer<typeof PaymentPurpose>;

const PaymentFacts = z.object({
  paymentId: z.uuid(),
  reference: z.string(),
  purpose: PaymentPurpose,
  payerId: z.uuid(),
  amount: z.number().int().nonnegative(),
});

/** The processor took the money. */
export const PaymentCompleted = PaymentFacts;
/** The payment was canceled (refunded, or voided before completion). */
export const PaymentCanceled = PaymentFacts;

export const paymentEvents = { PaymentCompleted, PaymentCanceled } as const;

export type PaymentEvent =
  | { type: "PaymentCompleted"; subject: string; data: z.infer<typeof PaymentCompleted> }
  | { type: "PaymentCanceled"; subject: string; data: z.infer<typeof PaymentCanceled> };

/**
 * Sync call `payments.charge`: idempotent by `reference` — a retry with the same reference
 * returns the first payment and never charges twice.
 */
export const ChargeRequest = z.object({
  reference: z.string().min(1).max(200),
  purpose: PaymentPurpose,
  payerId: z.uuid(),
  amount: z.number().int().nonnegative(),
});
export type ChargeRequest = z.infer<typeof ChargeRequest>;

export interface ChargeResult {
  paymentId: string;
  status: "COMPLETED";
}

/** Error codes of the charge call, shared by caller and callee. */
export const PaymentErrorCode = {
  /** The processor declined the charge. */
  DECLINED: "PAYMENT_DECLINED",
  /** The payment for the reference was called off (voided or canceled); it cannot be charged any more. */
  VOIDED: "PAYMENT_VOIDED",
  /** Raised by the caller when payments is down, slow or its breaker is open. */
  UNAVAILABLE: "PAYMENT_UNAVAILABLE",
  /** The request was not a ChargeRequest (a caller's bug). */
  INVALID: "INVALID_CHARGE",
} as const;
