import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ContextDeclaration } from "@supergraph/platform/topology";
import { composeRegions } from "./compose.ts";
import { contextEnvFile, contextManifest, kubernetesRegions } from "./kubernetes.ts";
import { GENERATED, settingsOf } from "./names.ts";
import { databaseManifest, postgresRegions } from "./postgres.ts";
import { fillRegions, type Regions } from "./regions.ts";
import { composeTracingRegions, kubernetesTracingRegions, traceBackendManifest } from "./tracing.ts";

/**
 * Every deployment file that names contexts, as the generator writes it from the context
 * declarations: path (from the repository root) to content, or null for a file it wrote once
 * for a context that is no longer declared (to be removed).
 */
export function renderManifests(root: string, contexts: readonly ContextDeclaration[]): Map<string, string | null> {
  const files = new Map<string, string | null>();
  for (const path of generatedFiles(root)) files.set(path, null);
  for (const c of contexts) {
    files.set(`deploy/kubernetes/base/${c.name}.yaml`, contextManifest(c));
    if (settingsOf(c).length > 0) files.set(`deploy/kubernetes/base/config/${c.name}.env`, contextEnvFile(c));
    files.set(`deploy/postgres/${c.name}.yaml`, databaseManifest(c));
  }
  files.set("deploy/kubernetes/base/trace-backend.yaml", traceBackendManifest());
  const regions: Record<string, Regions> = {
    "docker-compose.yml": { ...composeRegions(contexts), ...composeTracingRegions() },
    ...kubernetesRegions(contexts),
    ...kubernetesTracingRegions(),
    ...postgresRegions(contexts),
  };
  for (const [path, byId] of Object.entries(regions)) {
    files.set(path, fillRegions(path, readFileSync(join(root, path), "utf8"), byId));
  }
  return files;
}

/** Files the generator wrote whole (they start with its line), where it writes them. */
function generatedFiles(root: string): string[] {
  return ["deploy/kubernetes/base", "deploy/kubernetes/base/config", "deploy/postgres"].flatMap((dir) =>
    readdirSync(join(root, dir), { withFileTypes: true })
      .filter((e) => e.isFile() && readFileSync(join(root, dir, e.name), "utf8").startsWith(GENERATED))
      .map((e) => `${dir}/${e.name}`),
  );
}

/** The files whose committed content differs from what the generator writes (empty: in step). */
export function staleManifests(root: string, contexts: readonly ContextDeclaration[]): string[] {
  return [...renderManifests(root, contexts)]
    .filter(([path, content]) => {
      const file = join(root, path);
      if (content === null) return existsSync(file);
      return !existsSync(file) || readFileSync(file, "utf8") !== content;
    })
    .map(([path]) => path);
}

/** Writes (and removes) what differs; returns the paths it changed. */
export function writeManifests(root: string, contexts: readonly ContextDeclaration[]): string[] {
  const stale = new Set(staleManifests(root, contexts));
  for (const [path, content] of renderManifests(root, contexts)) {
    if (!stale.has(path)) continue;
    if (content === null) rmSync(join(root, path));
    else writeFileSync(join(root, path), content);
  }
  return [...stale];
}
