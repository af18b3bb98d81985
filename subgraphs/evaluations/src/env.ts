import { breakerEnv, int } from "@supergraph/platform";

/**
 * Settings of the evaluations context beyond the common ones (see the platform's env); their
 * deploy values are in its declaration in packages/platform/src/topology.ts.
 */
export const evaluationsEnv = {
  /** The record-final-score call to course-orders and its breaker: the original's Feign timeout was 1,000 ms. */
  ...breakerEnv("FINAL_SCORE", 1_000),
  /** Final evaluations in progress at once (each makes the call once); the others wait their turn. */
  FINAL_EVALUATION_ADMISSION_LIMIT: int(16),
  /** How long a final evaluation may wait for its turn before the manager is told to retry (ms). */
  FINAL_EVALUATION_QUEUE_TIMEOUT_MS: int(5_000),
};
