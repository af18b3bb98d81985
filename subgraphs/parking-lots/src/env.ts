import { breakerEnv, int } from "@supergraph/platform";

/**
 * Settings of the parking-lots context beyond the common ones. PARKING_SPACES_PER_DAY is
 * configuration from outside (a ConfigMap value in Kubernetes, an environment value in
 * compose), as the original's `maxparking`.
 */
export const parkingLotsEnv = {
  /** Spaces the car park gives out per day; a day keeps the capacity it had at its first reservation. */
  PARKING_SPACES_PER_DAY: int(5),
  /** The cancel-delivery call to ticket-deliveries and its breaker: past the timeout (ms) the cancellation is retried later. */
  ...breakerEnv("TICKET_CANCEL", 1_000),
  /**
   * Deliveries of a failing event before it is dead-lettered: more than the platform's 8, so a
   * cancellation held while ticket deliveries is down is retried for about 2.5 min (backoff up to
   * 10 s) before it is parked for an operator to replay.
   */
  EVENT_MAX_DELIVERIES: int(20),
};
