import { breakerEnv, int } from "@supergraph/platform";

/**
 * Settings of the certificate-applications context beyond the common ones (see the platform's env). A setting an
 * operator tunes per deployment also goes in its declaration's `settings` in
 * packages/platform/src/topology.ts, which gives it its value in the deployment files.
 */
export const certificateApplicationsEnv = {
  /** The injection-status call to injections and its breaker: how long it may take before the customer is told to retry (ms). */
  ...breakerEnv("INJECTION_STATUS", 3_000),
  /** Applications asking injections at once (the platform's admission on the injection-status call); the others wait their turn. */
  APPLICATION_ADMISSION_LIMIT: int(16),
  /** How long an application may wait for its turn before the customer is told to retry (ms). */
  APPLICATION_QUEUE_TIMEOUT_MS: int(5_000),
};
