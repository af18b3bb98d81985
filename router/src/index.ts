import { createLogger, createMetrics, repoRoot, runService } from "@supergraph/platform";
import { supergraphPath } from "./compose.ts";
import { loadRouterEnv } from "./env.ts";
import { startRouter } from "./server.ts";

await runService("router", async (lifecycle) => {
  const env = loadRouterEnv();
  const log = createLogger("router", env.LOG_LEVEL);
  const router = await startRouter({ ...env, supergraphPath: env.SUPERGRAPH_PATH ?? supergraphPath(repoRoot) }, log, createMetrics("router"));
  lifecycle.onStop(() => router.stop());
  log.info({ url: router.url }, "router ready");
});
