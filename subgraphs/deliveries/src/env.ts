import { int } from "@supergraph/platform";

/**
 * Settings of the deliveries context beyond the common ones (see the platform's env); each is
 * also in its declaration's `settings` in packages/platform/src/topology.ts.
 */
export const deliveriesEnv = {
  /** How long the turn-into-a-refund-delivery call waits before it is handled and answered (ms): a slow deliveries, for the refunds' breaker; 0 in production. */
  DELIVERY_LATENCY_MS: int(0),
};
