import { breakerEnv, int } from "@supergraph/platform";

/** Settings of the registrations context beyond the common ones. */
export const registrationsEnv = {
  /** The charge call to payments and its breaker: the timeout is how long a charge may take before the student is told to retry (ms). */
  ...breakerEnv("PAYMENT", 1_000),
  /** Age after which a seat hold left by a crash is released and its payment voided (ms). */
  SEAT_HOLD_TIMEOUT_MS: int(60_000),
  /**
   * Registrations in progress at once (seat check, charge, registration); the others wait
   * their turn. Bounds the charges payments is asked at once, whatever the pool size.
   */
  REGISTRATION_ADMISSION_LIMIT: int(16),
  /**
   * How long a registration may wait for its turn when many arrive at once
   * (REGISTRATION_ADMISSION_LIMIT run at a time) before the student is told to retry shortly (ms).
   */
  REGISTRATION_QUEUE_TIMEOUT_MS: int(5_000),
};
