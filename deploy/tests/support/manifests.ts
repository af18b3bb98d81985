import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse, parseAllDocuments } from "yaml";
import { repoRoot } from "./schemas.ts";

/** What a user applies, read from a tree (the repository, or a doctored copy of it). */
export type Objects = any[];

function yamlDocs(text: string, where: string): any[] {
  return parseAllDocuments(text, { merge: true })
    .map((doc) => {
      if (doc.errors.length > 0) throw new Error(`${where}: ${doc.errors[0]!.message}`);
      return doc.toJS({ maxAliasCount: -1 });
    })
    .filter((doc) => doc !== null);
}

const envFile = (text: string) =>
  Object.fromEntries(
    text
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith("#"))
      .map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]),
  );

/** docker-compose.yml with its merge keys applied. */
export function loadCompose(root = repoRoot): { services: Record<string, any> } {
  return yamlDocs(readFileSync(join(root, "docker-compose.yml"), "utf8"), "docker-compose.yml")[0];
}

/**
 * The kustomize base and the PostgreSQL clusters as kustomize would emit them, without
 * kustomize: every resource, plus a ConfigMap per configMapGenerator entry (name unhashed).
 */
export function loadKubernetes(root = repoRoot): Objects {
  const objects: Objects = [];
  for (const dir of ["deploy/kubernetes/base", "deploy/postgres"]) {
    const kustomization = parse(readFileSync(join(root, dir, "kustomization.yaml"), "utf8"));
    for (const file of kustomization.resources as string[]) objects.push(...yamlDocs(readFileSync(join(root, dir, file), "utf8"), `${dir}/${file}`));
    for (const g of (kustomization.configMapGenerator ?? []) as { name: string; envs: string[] }[]) {
      const data = Object.assign({}, ...g.envs.map((f) => envFile(readFileSync(join(root, dir, f), "utf8"))));
      objects.push({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: g.name }, data });
    }
  }
  return objects;
}

/** `kubectl kustomize` of the production overlay (base and databases), or null without kubectl. */
export function renderKubernetes(root = repoRoot): Objects | null {
  if (spawnSync("kubectl", ["version", "--client"], { encoding: "utf8" }).status !== 0) return null;
  const rendered = spawnSync("kubectl", ["kustomize", "deploy/kubernetes/overlays/production"], { cwd: root, encoding: "utf8" });
  if (rendered.status !== 0) throw new Error(`kubectl kustomize failed: ${rendered.stderr}`);
  return yamlDocs(rendered.stdout, "kubectl kustomize");
}
