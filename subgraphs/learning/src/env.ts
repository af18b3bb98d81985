import { int } from "@supergraph/platform";

/**
 * Settings of the learning context beyond the common ones (see the platform's env): its load
 * shedding. Past LEARNING_ADMISSION_LIMIT mutations in hand, the next ones wait their turn; one
 * waiting longer than LEARNING_QUEUE_TIMEOUT_MS is refused with the retryable
 * LEARNING_OVERLOADED ("overloaded: try again shortly"), the original's "hold users off".
 */
export const learningEnv = {
  /** Learning's mutations (startLearning) in hand at once; the others wait their turn. */
  LEARNING_ADMISSION_LIMIT: int(16),
  /** How long a request may wait for its turn before it is refused with LEARNING_OVERLOADED (ms). */
  LEARNING_QUEUE_TIMEOUT_MS: int(2_000),
};
