import { int } from "@supergraph/platform";

/**
 * Settings of the course-orders context beyond the common ones (see the platform's env). Its
 * catalog is seeded by its migration, not configured. FINAL_SCORE_LATENCY_MS slows the
 * record-final-score answer down, so a slow course-orders (and the evaluations' breaker on
 * the call) can be shown, as the original's 800-1,100 ms against its 1,000 ms timeout did.
 */
export const courseOrdersEnv = {
  /** How long a record-final-score call waits before it is recorded and answered (ms); 0 in production. */
  FINAL_SCORE_LATENCY_MS: int(0),
};
