import { int } from "@supergraph/platform";

/**
 * Settings of the parking-lots context beyond the common ones. PARKING_SPACES_PER_DAY is
 * configuration from outside (a ConfigMap value in Kubernetes, an environment value in
 * compose), as the original's `maxparking`.
 */
export const parkingLotsEnv = {
  /** Spaces the car park gives out per day; a day keeps the capacity it had at its first reservation. */
  PARKING_SPACES_PER_DAY: int(5),
  /** How long the cancel-delivery call may take before the cancellation is retried later (ms). */
  TICKET_CANCEL_TIMEOUT_MS: int(1_000),
  /** How long the cancel-delivery breaker stays open before a trial call (ms). */
  TICKET_CANCEL_BREAKER_RESET_MS: int(5_000),
  /** Calls in the breaker's 10 s window before it may open. */
  TICKET_CANCEL_BREAKER_VOLUME: int(5),
  /** Failure percentage in the window that opens the breaker. */
  TICKET_CANCEL_BREAKER_ERROR_PERCENT: int(50),
  /**
   * Deliveries of a failing event before it is dead-lettered: more than the platform's 8, so a
   * cancellation held while ticket deliveries is down is retried for about 2.5 min (backoff up to
   * 10 s) before it is parked for an operator to replay.
   */
  EVENT_MAX_DELIVERIES: int(20),
};
