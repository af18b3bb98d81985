import { setTimeout as sleep } from "node:timers/promises";
import { PaymentError } from "../domain/payment.ts";

export interface ProcessorSettings {
  /** Time every charge takes, in ms. */
  readonly latencyMs: number;
  /** Up to this many ms more, drawn per charge. */
  readonly jitterMs: number;
  /** Share of charges declined, 0 to 1. */
  readonly failureRate: number;
  /** Share of refunds refused, 0 to 1. */
  readonly refundFailureRate: number;
}

/** The processor would not give the money back this time (a retry may succeed). */
export class RefundRefused extends Error {
  constructor() {
    super("The payment processor refused the refund.");
    this.name = "RefundRefused";
  }
}

/** The third party that takes the money. */
export interface PaymentProcessor {
  /** Resolves when the money is taken; refuses with PAYMENT_DECLINED otherwise. */
  charge(): Promise<void>;
  /**
   * Resolves when the money of a completed charge is given back; throws {@link RefundRefused}
   * otherwise. Real processors take the payment id as idempotency key, so a refund retried
   * after a crash pays back once.
   */
  refund(): Promise<void>;
}

/**
 * A stand-in for a card processor, slow and unreliable on demand, so the caller's
 * timeout, circuit breaker and fallback can be shown, and a compensation that keeps
 * failing (refunds answer at once, refused at their own rate). `random` returns values in [0, 1).
 */
export function simulatedProcessor(
  settings: ProcessorSettings,
  random: () => number,
  wait: (ms: number) => Promise<unknown> = sleep,
): PaymentProcessor {
  return {
    async charge() {
      const delay = settings.latencyMs + Math.floor(random() * (settings.jitterMs + 1));
      if (delay > 0) await wait(delay);
      if (random() < settings.failureRate) {
        throw PaymentError.refuse("PAYMENT_DECLINED", "The payment processor declined the charge.");
      }
    },
    async refund() {
      if (random() < settings.refundFailureRate) throw new RefundRefused();
    },
  };
}
