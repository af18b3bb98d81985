import type { PaymentStatus, RefundStatus } from "../generated/graphql.ts";
import type { RegistrationStatus } from "./registration.ts";

/**
 * Where a registration's refund stands, from its own status and its payment's (payments owns
 * that one; the router reads it for `refund` through `@requires`). A cancellation asks payments
 * for the refund in its own transaction, so a canceled registration whose payment is still
 * COMPLETED has its refund on the way: PENDING, not a payment that stays taken. Null while it
 * is PAID, and when the payment's status is unknown (payments unreachable) or has no money to
 * give back (VOIDED: a registration's payment never is, but it would be nothing to refund).
 */
export function refundOf(status: RegistrationStatus, payment: PaymentStatus | null | undefined): RefundStatus | null {
  if (status !== "CANCELED") return null;
  switch (payment) {
    case "COMPLETED":
      return "PENDING";
    case "CANCELED":
      return "REFUNDED";
    case "VOIDED":
    case null:
    case undefined:
      return null;
    default: {
      const unknown: never = payment;
      throw new Error(`unknown payment status ${String(unknown)}`);
    }
  }
}
