/**
 * Writes the deployment files that name contexts from their declarations in
 * packages/platform/src/topology.ts: the compose services, the Kubernetes Deployments,
 * Services, ConfigMap sources, autoscalers and disruption budgets, the router's subgraph
 * URLs, the PostgreSQL clusters, the compose init list, and the trace backend with every
 * service's OTLP endpoint (deploy/manifests says how).
 *   npx tsx scripts/deploy-manifests.ts           write them
 *   npx tsx scripts/deploy-manifests.ts --check   exit 1 when a committed file differs
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { CONTEXTS } from "@supergraph/platform/topology";
import { staleManifests, writeManifests } from "../deploy/manifests/index.ts";

const root = resolve(import.meta.dirname, "..");
if (process.argv.includes("--check")) {
  const stale = staleManifests(root, CONTEXTS);
  for (const path of stale) console.error(`stale: ${path} (run npx tsx scripts/deploy-manifests.ts)`);
  process.exit(stale.length > 0 ? 1 : 0);
}
const changed = writeManifests(root, CONTEXTS);
for (const path of changed) console.log(`${existsSync(join(root, path)) ? "wrote" : "removed"} ${path}`);
if (changed.length === 0) console.log("deployment files already in step with the topology");
