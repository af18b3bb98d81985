import { int } from "@supergraph/platform";
import { z } from "zod";

/**
 * Settings of the notifications context beyond the common ones (see the platform's env); their
 * deploy values are in its declaration in packages/platform/src/topology.ts. How often a failing
 * send is retried is the platform's EVENT_MAX_DELIVERIES (with its backoff), after which the
 * request is parked as a dead letter.
 */
export const notificationsEnv = {
  /** Time the simulated SMS provider takes to take a message, in ms (0: at once). */
  SMS_LATENCY_MS: int(0),
  /** Share of sends the simulated SMS provider fails, 0 (none) to 1 (all): a failed send is retried with backoff, then parked. */
  SMS_FAILURE_RATE: z.coerce.number().min(0).max(1).default(0),
};
