import { createLogger, createMetrics, repoRoot, runService, startTracing } from "@supergraph/platform";
import { supergraphPath } from "./compose.ts";
import { loadRouterEnv } from "./env.ts";
import { startRouter } from "./server.ts";

await runService("router", async (lifecycle) => {
  const env = loadRouterEnv();
  const log = createLogger("router", env.LOG_LEVEL);
  // Registered first, so stopped last: the spans of the router's own shutdown are flushed too.
  const tracer = startTracing(env, "router");
  lifecycle.onStop(() => tracer.stop());
  const router = await startRouter({ ...env, supergraphPath: env.SUPERGRAPH_PATH ?? supergraphPath(repoRoot) }, log, createMetrics("router"), tracer.tracingOf("router"));
  lifecycle.onStop(() => router.stop());
  log.info({ url: router.url }, "router ready");
});
