import { breakerEnv, int } from "@supergraph/platform";

/** Settings of the vaccination-bookings context beyond the common ones. */
export const vaccinationBookingsEnv = {
  /** The reserve-a-dose call to vaccines and its breaker: the timeout is how long it may take before the customer is told to retry (ms); the original's proxy timeout was 3 s. */
  ...breakerEnv("DOSE_RESERVATION", 3_000),
  /** Bookings in progress at once (reservation and store); the others wait their turn. */
  BOOKING_ADMISSION_LIMIT: int(16),
  /** How long a booking may wait for its turn before the customer is told to retry (ms). */
  BOOKING_QUEUE_TIMEOUT_MS: int(5_000),
};
