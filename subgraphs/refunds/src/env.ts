import { breakerEnv, int } from "@supergraph/platform";

/**
 * Settings of the refunds context beyond the common ones (see the platform's env). A setting an
 * operator tunes per deployment also goes in its declaration's `settings` in
 * packages/platform/src/topology.ts, which gives it its value in the deployment files.
 */
export const refundsEnv = {
  /** The turn-into-a-refund-delivery call to deliveries and its breaker: the original's 500 ms timeout. */
  ...breakerEnv("REFUND_DELIVERY", 500),
  /** Refunds in progress at once (the call and the store); the others wait their turn. */
  REFUND_ADMISSION_LIMIT: int(16),
  /** How long a refund may wait for its turn before the customer is told to retry (ms). */
  REFUND_QUEUE_TIMEOUT_MS: int(2_000),
};
