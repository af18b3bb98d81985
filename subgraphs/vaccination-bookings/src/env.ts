import { int } from "@supergraph/platform";

/** Settings of the vaccination-bookings context beyond the common ones. */
export const vaccinationBookingsEnv = {
  /** How long the reserve-a-dose call may take before the customer is told to retry (ms); the original's proxy timeout was 3 s. */
  DOSE_RESERVATION_TIMEOUT_MS: int(3_000),
  /** How long the vaccines breaker stays open before a trial call (ms). */
  DOSE_RESERVATION_BREAKER_RESET_MS: int(5_000),
  /** Calls in the breaker's 10 s window before it may open. */
  DOSE_RESERVATION_BREAKER_VOLUME: int(5),
  /** Failure percentage in the window that opens the breaker. */
  DOSE_RESERVATION_BREAKER_ERROR_PERCENT: int(50),
  /** Bookings in progress at once (reservation and store); the others wait their turn. */
  BOOKING_ADMISSION_LIMIT: int(16),
  /** How long a booking may wait for its turn before the customer is told to retry (ms). */
  BOOKING_QUEUE_TIMEOUT_MS: int(5_000),
};
