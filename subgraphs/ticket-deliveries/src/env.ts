import { int } from "@supergraph/platform";

/**
 * Settings of the ticket-deliveries context beyond the common ones. The original's ticket
 * delivery was an outside courier; COURIER_LATENCY_MS simulates how long it takes to confirm a
 * canceled delivery, so a slow courier (and the lot's breaker on its call) can be shown.
 */
export const ticketDeliveriesEnv = {
  /** How long the courier takes to confirm a canceled delivery, after it is recorded (ms); 0 in production. */
  COURIER_LATENCY_MS: int(0),
};
