import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createMetrics, mountOperationalRoutes } from "@supergraph/platform";
import express from "express";

/**
 * The HTTP status each path gets from the operational routes every subgraph and the router
 * mount (health.ts), served for real with all readiness checks passing.
 */
export async function operationalStatus(paths: readonly string[]): Promise<Map<string, number>> {
  const app = express();
  mountOperationalRoutes(app, createMetrics("deploy-tests"), [["dependency", () => true]], () => false);
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  try {
    const statuses = new Map<string, number>();
    for (const path of new Set(paths)) statuses.set(path, (await fetch(`http://127.0.0.1:${port}${path}`)).status);
    return statuses;
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}
