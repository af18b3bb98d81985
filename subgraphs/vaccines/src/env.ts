import { int } from "@supergraph/platform";

/**
 * Settings of the vaccines context beyond the common ones (see the platform's env). Its stock
 * is data the vaccine manager enters, not configuration. DOSE_RESERVATION_LATENCY_MS slows the
 * reserve-a-dose answer down, so a slow vaccines (and the bookings' breaker on the call) can
 * be shown, as the original's breaker test did.
 */
export const vaccinesEnv = {
  /** How long a reservation waits before it is made and answered (ms); 0 in production. */
  DOSE_RESERVATION_LATENCY_MS: int(0),
  /** Reservations worked on at once, the others waiting their turn (0: no bound); with the latency, a vaccines that slows down with its load. 0 in production. */
  DOSE_RESERVATION_CAPACITY: int(0),
};
