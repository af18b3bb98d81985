import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CONTEXTS, type ContextDeclaration } from "@supergraph/platform";
import { afterAll, describe, expect, it } from "vitest";
import { staleManifests, writeManifests } from "../manifests/index.ts";
import { fillRegions } from "../manifests/regions.ts";
import { composeProblems, kubernetesProblems } from "./support/coverage.ts";
import { loadCompose, loadKubernetes, renderKubernetes } from "./support/manifests.ts";
import { repoRoot } from "./support/schemas.ts";

/**
 * The deployment files are written from the context declarations by
 * scripts/deploy-manifests.ts and committed; these tests show that the committed ones are
 * what it writes, and that the checkers the compose and Kubernetes tests rely on fail on a
 * context missing, extra, or deployed otherwise than declared.
 */
const scratch = mkdtempSync(join(tmpdir(), "deploy-manifests-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the deployment files, to doctor. */
/** A copy of the tree is written and read whole: seconds on a busy machine, past vitest's 5 s default. */
const COPY_TIMEOUT_MS = 60_000;

function copyTree(name: string): string {
  const root = join(scratch, name);
  cpSync(join(repoRoot, "deploy"), join(root, "deploy"), { recursive: true, filter: (src) => !src.includes("node_modules") });
  cpSync(join(repoRoot, "docker-compose.yml"), join(root, "docker-compose.yml"));
  return root;
}

const lockers: ContextDeclaration = {
  name: "lockers",
  port: 4990,
  system: "parking",
  description: "lockers to rent by the day",
  settings: { LOCKERS_PER_SITE: "120" },
  secrets: ["LOCK_API_KEY"],
  scaling: { minReplicas: 2, maxReplicas: 3, cpuPercent: 60 },
  prisma: false,
};

describe("generated deployment files", () => {
  it("are committed as scripts/deploy-manifests.ts writes them from the topology", () => {
    expect(staleManifests(repoRoot, CONTEXTS)).toEqual([]);
  });

  it("are found stale when a generated line is edited by hand", () => {
    const root = copyTree("edited");
    const file = join(root, "deploy/kubernetes/base/lectures.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace('containerPort: 4003', "containerPort: 4013"));
    const compose = join(root, "docker-compose.yml");
    writeFileSync(compose, readFileSync(compose, "utf8").replace("SUPERGRAPH_CONTEXTS: identity", "SUPERGRAPH_CONTEXTS: ident"));
    expect(staleManifests(root, CONTEXTS).sort()).toEqual(["deploy/kubernetes/base/lectures.yaml", "docker-compose.yml"]);
    writeManifests(root, CONTEXTS);
    expect(staleManifests(root, CONTEXTS)).toEqual([]);
  }, COPY_TIMEOUT_MS);

  it("gain a declared context everywhere, and the checkers tell an undeclared one", () => {
    const root = copyTree("added");
    const declared = [...CONTEXTS, lockers];
    const written = writeManifests(root, declared);
    expect(written).toEqual(expect.arrayContaining(["deploy/kubernetes/base/lockers.yaml", "deploy/kubernetes/base/config/lockers.env", "deploy/postgres/lockers.yaml"]));
    expect(composeProblems(loadCompose(root), declared)).toEqual([]);
    expect(kubernetesProblems(loadKubernetes(root), declared)).toEqual([]);
    const rendered = renderKubernetes(root);
    if (rendered) expect(kubernetesProblems(rendered, declared)).toEqual([]);

    expect(composeProblems(loadCompose(root), CONTEXTS)).toEqual([
      "compose: service lockers is no declared context",
      "compose: postgres makes a database for lockers, no declared context",
      "compose: router has SUBGRAPH_LOCKERS_URL, no declared context",
    ]);
    expect(kubernetesProblems(loadKubernetes(root), CONTEXTS)).toEqual([
      "kubernetes: Deployment lockers is for lockers, no declared context",
      "kubernetes: Service lockers is for lockers, no declared context",
      "kubernetes: HorizontalPodAutoscaler lockers is for lockers, no declared context",
      "kubernetes: PodDisruptionBudget lockers is for lockers, no declared context",
      "kubernetes: Cluster lockers-db is for lockers, no declared context",
      "kubernetes: router has SUBGRAPH_LOCKERS_URL, no declared context",
    ]);
  }, COPY_TIMEOUT_MS);

  it("lose a context no longer declared, and the checkers tell a declared one missing", () => {
    const root = copyTree("removed");
    const declared = CONTEXTS.filter((c) => c.name !== "views");
    writeManifests(root, declared);
    expect(existsSync(join(root, "deploy/kubernetes/base/views.yaml"))).toBe(false);
    expect(existsSync(join(root, "deploy/postgres/views.yaml"))).toBe(false);
    expect(composeProblems(loadCompose(root), declared)).toEqual([]);
    expect(kubernetesProblems(loadKubernetes(root), declared)).toEqual([]);

    expect(composeProblems(loadCompose(root), CONTEXTS)).toEqual([
      "compose: no service views",
    ]);
    expect(kubernetesProblems(loadKubernetes(root), CONTEXTS)).toEqual([
      "kubernetes: no Deployment views with a container views",
    ]);
  });

  it("fail a context deployed otherwise than declared: probe, setting, secret, scaling", () => {
    const compose = loadCompose();
    compose.services.identity.environment.ALLOW_ADMIN_SIGNUP = "${ALLOW_ADMIN_SIGNUP:-true}";
    delete compose.services.identity.environment.JWT_PRIVATE_JWK;
    compose.services.lectures.healthcheck.test = [...compose.services.lectures.healthcheck.test.slice(0, -1), "/healthz"];
    delete compose.services.router.depends_on.payments;
    expect(composeProblems(compose, CONTEXTS)).toEqual([
      "compose: identity has ALLOW_ADMIN_SIGNUP=true, declared false",
      "compose: identity does not take secret JWT_PRIVATE_JWK from the environment",
      "compose: router does not wait for payments",
      "compose: lectures is not health-checked on /readyz",
    ]);

    const objects = loadKubernetes();
    const container = (name: string) => objects.find((o) => o.kind === "Deployment" && o.metadata.name === name).spec.template.spec.containers[0];
    container("identity").env = container("identity").env.filter((e: { name: string }) => e.name !== "JWT_PRIVATE_JWK");
    container("lectures").readinessProbe.httpGet.path = "/healthz";
    objects.find((o) => o.kind === "ConfigMap" && o.metadata.name === "registrations-config").data.PAYMENT_TIMEOUT_MS = "9000";
    objects.find((o) => o.kind === "HorizontalPodAutoscaler" && o.metadata.name === "payments").spec.maxReplicas = 9;
    expect(kubernetesProblems(objects, CONTEXTS)).toEqual([
      "kubernetes: identity does not take JWT_PRIVATE_JWK from Secret identity-secrets",
      "kubernetes: payments autoscales 2-9 at 70 %, declared 2-6 at 70 %",
      "kubernetes: lectures readinessProbe is {\"path\":\"/healthz\",\"port\":\"http\"}, not /readyz on http",
      "kubernetes: registrations has PAYMENT_TIMEOUT_MS=9000, declared 1000",
    ]);
  });

  it("rewrite only between their markers, at the marker's indentation, and refuse broken markers", () => {
    const text = ["a:", "  # BEGIN generated list", "  - stale", "  # END generated list", "b: 1"].join("\n");
    expect(fillRegions("f", text, { list: ["- x", "- y"] })).toBe(["a:", "  # BEGIN generated list", "  - x", "  - y", "  # END generated list", "b: 1"].join("\n"));
    expect(() => fillRegions("f", text, { list: [], other: [] })).toThrow("f: markers missing for region(s) other");
    expect(() => fillRegions("f", text, {})).toThrow("f: no generator for region list");
    expect(() => fillRegions("f", "# BEGIN generated list\n- x", { list: [] })).toThrow("f: region list has no END marker");
    expect(() => fillRegions("f", "# END generated list", { list: [] })).toThrow("f: END generated list without its BEGIN");
  });
});
