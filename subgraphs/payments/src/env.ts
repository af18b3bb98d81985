import { int } from "@supergraph/platform";
import { z } from "zod";

/** Settings of the payments context beyond the common ones (see the platform's env). */
export const paymentsEnv = {
  /** Time the simulated payment processor takes to answer a charge, in ms (0: at once). */
  PAYMENT_LATENCY_MS: int(0),
  /** Up to this many ms, drawn at random per charge, added to PAYMENT_LATENCY_MS. */
  PAYMENT_LATENCY_JITTER_MS: int(0),
  /** Share of charges the simulated processor declines, 0 (none) to 1 (all). */
  PAYMENT_FAILURE_RATE: z.coerce.number().min(0).max(1).default(0),
  /**
   * Share of refunds the simulated processor refuses, 0 (none) to 1 (all): a refused refund
   * is retried with backoff, then parked as a dead letter for an operator to replay.
   */
  PAYMENT_REFUND_FAILURE_RATE: z.coerce.number().min(0).max(1).default(0),
};
