import { breakerEnv, int } from "@supergraph/platform";

/**
 * Settings of the pizza-orders context beyond the common ones (see the platform's env); each is
 * also in its declaration's `settings` in packages/platform/src/topology.ts.
 */
export const pizzaOrdersEnv = {
  /** The charge call to payments and its breaker: the timeout is how long a charge may take before the customer is told to retry (ms); the original's 500 ms against a payment of 400-700 ms. */
  ...breakerEnv("PAYMENT", 500),
  /** Payments in progress at once (each makes one charge); the others wait their turn. */
  PIZZA_PAYMENT_ADMISSION_LIMIT: int(16),
  /** How long a payment may wait for its turn before the customer is told to retry (ms). */
  PIZZA_PAYMENT_QUEUE_TIMEOUT_MS: int(5_000),
};
