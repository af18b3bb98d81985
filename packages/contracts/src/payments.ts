import { z } from "zod";
import { defineEvents, type EventOf, type EventsOf } from "./define.ts";

/*
 * The payments context's contract. Payments serves every paying system the same way, by a
 * reference the caller chooses (the id of the thing paid for), idempotent by that reference:
 * - charge: the sync call `payments.charge` (the caller needs the answer at once);
 * - call off (cancel and refund a completed charge, or void a reference not charged yet so a
 *   late charge is refused): the request event `PaymentCancellationRequested`, which the
 *   caller records in its own outbox in the transaction of its own change, so it is never lost
 *   while payments is down, and which payments consumes from any publisher.
 * Payments never reacts to another system's domain events: a new paying system publishes these
 * requests and changes nothing in payments.
 */

/** What a payment is for; the reference is the id of that thing. */
export const PaymentPurpose = z.enum(["COURSE_REGISTRATION", "PIZZA_ORDER"]);
export type PaymentPurpose = z.infer<typeof PaymentPurpose>;

/** A caller's reference: the id of the thing paid for, one payment per reference. */
const Reference = z.string().min(1).max(200);

const PaymentFacts = z.object({
  paymentId: z.uuid(),
  reference: z.string(),
  purpose: PaymentPurpose,
  payerId: z.uuid(),
  amount: z.number().int().nonnegative(),
});

/** The processor took the money. */
export const PaymentCompleted = PaymentFacts;
/** The payment was canceled: its money given back. */
export const PaymentCanceled = PaymentFacts.extend({
  /** Why, as the request said (absent on events of versions before the request events). */
  reason: z.string().optional(),
});

/** The events the payments context publishes. */
export const paymentEvents = defineEvents("payments", { PaymentCompleted, PaymentCanceled });
export type PaymentEvent = EventsOf<typeof paymentEvents>;

/**
 * A caller calls off what a reference pays for. Payments cancels and refunds the reference's
 * completed payment, or, when nothing was charged for it yet, voids the reference so that a
 * charge arriving later is refused; a reference already canceled or voided stays as it is
 * (a repeated request has no second effect). `purpose` and `payerId` describe the voided
 * reference when there is no payment yet; `reason` is kept with the payment for its history.
 */
export const PaymentCancellationRequested = z.object({
  reference: Reference,
  purpose: PaymentPurpose,
  payerId: z.uuid(),
  /** Why, in the caller's words (e.g. `STUDENT_CANCELED`, `REGISTRATION_ABANDONED`). */
  reason: z.string().min(1).max(200),
});

/**
 * The requests payments takes from any context (publisher `*`): a caller records them in its
 * own outbox, so they travel on `<ns>.events.<caller>.<type>`, and payments consumes them all.
 */
export const paymentRequests = defineEvents("*", { PaymentCancellationRequested });
export type PaymentRequest = EventsOf<typeof paymentRequests>;

/** The cancellation request for a reference, as a caller records it (its subject is the reference). */
export function paymentCancellationRequested(
  data: z.infer<typeof PaymentCancellationRequested>,
): EventOf<typeof paymentRequests.PaymentCancellationRequested> {
  return { type: "PaymentCancellationRequested", subject: data.reference, data };
}

/**
 * Sync call `payments.charge`: idempotent by `reference` — a retry with the same reference
 * returns the first payment and never charges twice.
 */
export const ChargeRequest = z.object({
  reference: Reference,
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
