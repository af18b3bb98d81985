/**
 * Container health check without curl (not in slim images): GETs a path on this
 * container's own service port and exits 0 on a 2xx answer, 1 otherwise. The port is PORT,
 * or the service's default from the topology when PORT is not set.
 *   node --import tsx deploy/docker/healthcheck.ts /healthz
 */
import { ROUTER_PORT, CONTEXTS } from "@supergraph/platform/topology";

const path = process.argv[2] ?? "/healthz";
const service = process.env.SERVICE;
const port = process.env.PORT || (service === "router" ? ROUTER_PORT : CONTEXTS.find((s) => s.name === service)?.port);
try {
  if (!port) throw new Error("neither PORT nor a known SERVICE is set");
  const res = await fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(2_500) });
  process.exit(res.ok ? 0 : 1);
} catch (error) {
  console.error(`healthcheck: ${(error as Error).message}`);
  process.exit(1);
}
