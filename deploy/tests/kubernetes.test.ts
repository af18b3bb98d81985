import { CONTEXTS, subgraphUrlVariable } from "@supergraph/platform";
import { beforeAll, describe, expect, it } from "vitest";
import { kubernetesProblems } from "./support/coverage.ts";
import { operationalStatus } from "./support/endpoints.ts";
import { readYaml } from "./support/files.ts";
import { TRACE_BACKEND } from "../manifests/tracing.ts";
import { loadKubernetes, renderKubernetes } from "./support/manifests.ts";
import { envProblems, envShapeOf, SERVICES, type Setting, type Shape } from "./support/schemas.ts";

/**
 * The kustomize base under deploy/kubernetes, the CloudNativePG clusters and the NATS values,
 * checked against the code: as the files read (ConfigMaps made from the generator's entries),
 * and as `kubectl kustomize` renders the production overlay where kubectl is installed.
 */
const objects = loadKubernetes();
const configMaps = new Map<string, Record<string, string>>(objects.filter((o) => o.kind === "ConfigMap").map((o) => [o.metadata.name, o.data]));
const postgres = objects.filter((o) => o.apiVersion === "postgresql.cnpg.io/v1");
const natsValues = readYaml("deploy/nats/values.yaml")[0];
const overlay = readYaml("deploy/kubernetes/overlays/production/kustomization.yaml")[0];

const find = (list: any[], kind: string, name: string) => list.find((o) => o?.kind === kind && o.metadata?.name === name);
const deployment = (name: string) => find(objects, "Deployment", name);
const container = (name: string) => deployment(name)?.spec.template.spec.containers[0];
const autoscaler = (name: string) => objects.find((o) => o.kind === "HorizontalPodAutoscaler" && o.spec.scaleTargetRef.name === name);

/** A container's settings: env entries, then the generated ConfigMaps it loads whole. */
function settings(name: string): Record<string, Setting> {
  const c = container(name);
  const result: Record<string, Setting> = {};
  for (const ref of c?.envFrom ?? []) {
    const data = configMaps.get(ref.configMapRef?.name);
    if (!data) throw new Error(`${name}: envFrom ${JSON.stringify(ref)} is no generated ConfigMap`);
    for (const [k, value] of Object.entries(data)) result[k] = { value };
  }
  for (const e of c?.env ?? []) {
    result[e.name] = "value" in e ? { value: String(e.value) } : { from: JSON.stringify(e.valueFrom) };
  }
  return result;
}
const value = (name: string, key: string) => {
  const s = settings(name)[key];
  return s && "value" in s ? s.value : undefined;
};

const shapes = new Map<string, Shape>();
beforeAll(async () => {
  for (const service of SERVICES) shapes.set(service, await envShapeOf(service));
});

describe("Kubernetes manifests", () => {
  it("have a Deployment and a Service for every subgraph and the router, on the port the service listens on", () => {
    for (const name of SERVICES) {
      const c = container(name);
      expect(c, `Deployment ${name}`).toBeDefined();
      const service = find(objects, "Service", name);
      expect(service, `Service ${name}`).toBeDefined();
      const port = Number(value(name, "PORT"));
      expect(c.ports, name).toEqual([{ name: "http", containerPort: port }]);
      expect(service.spec.ports, name).toEqual([{ name: "http", port, targetPort: "http" }]);
      expect(service.spec.selector, name).toEqual(deployment(name).spec.template.metadata.labels);
      expect(deployment(name).spec.selector.matchLabels, name).toEqual(service.spec.selector);
    }
  });

  it("run each declared context, and no other, with its port, probes, settings, secrets, scaling and database", () => {
    expect(kubernetesProblems(objects, CONTEXTS)).toEqual([]);
  });

  const rendered = renderKubernetes();
  it.skipIf(!rendered)("render with kustomize (where kubectl is installed) to every declared context as declared", () => {
    expect(rendered!.filter((o) => o.kind === "Deployment").map((o) => o.metadata.name).sort()).toEqual([...SERVICES, TRACE_BACKEND.name].sort());
    expect(kubernetesProblems(rendered!, CONTEXTS)).toEqual([]);
  });

  it("give each container an environment complete and valid against its env schema", () => {
    expect(SERVICES.flatMap((s) => envProblems(s, shapes.get(s)!, settings(s)))).toEqual([]);
  });

  it("run every service from the one image through its entrypoint, chosen by SERVICE", () => {
    const images = overlay.images.map((i: { name: string }) => i.name);
    for (const name of SERVICES) {
      expect(images, name).toContain(container(name).image);
      expect(value(name, "SERVICE"), name).toBe(name);
      expect(container(name).command ?? container(name).args, name).toBeUndefined();
    }
  });

  it("wire services by their Service names and ports", () => {
    const port = (name: string) => value(name, "PORT");
    for (const name of SERVICES) {
      expect(value(name, "JWKS_URL"), name).toBe(`http://identity:${port("identity")}/.well-known/jwks.json`);
      expect(value(name, "NATS_URL"), name).toBe("nats://nats:4222");
    }
    for (const { name } of CONTEXTS) expect(value("router", subgraphUrlVariable(name)), name).toBe(`http://${name}:${port(name)}/graphql`);
  });

  it("send every service's and the router's spans to the trace backend's Service, OTLP/HTTP", () => {
    const { name, otlpHttpPort, uiPort } = TRACE_BACKEND;
    const service = find(objects, "Service", name);
    const backend = container(name);
    expect(backend?.image).toMatch(/^jaegertracing\/all-in-one:/);
    expect(service.spec.selector).toEqual(deployment(name).spec.template.metadata.labels);
    const targets = Object.fromEntries(service.spec.ports.map((p: { port: number; targetPort: string }) => [p.port, p.targetPort]));
    const containerPorts = Object.fromEntries(backend.ports.map((p: { name: string; containerPort: number }) => [p.name, p.containerPort]));
    expect(containerPorts[targets[otlpHttpPort]]).toBe(otlpHttpPort);
    expect(containerPorts[targets[uiPort]]).toBe(uiPort);
    expect(backend.env).toContainEqual({ name: "COLLECTOR_OTLP_ENABLED", value: "true" });
    for (const s of SERVICES) expect(value(s, "OTEL_EXPORTER_OTLP_ENDPOINT"), s).toBe(`http://${name}:${otlpHttpPort}`);
  });

  it("take secrets from Secrets: each context's database URL from its CloudNativePG cluster, its own secrets, the router secret", () => {
    for (const { name } of CONTEXTS) {
      const url = container(name).env.find((e: { name: string }) => e.name === "DATABASE_URL");
      expect(url?.valueFrom, name).toEqual({ secretKeyRef: { name: `${name}-db-app`, key: "uri" } });
      const cluster = find(postgres, "Cluster", `${name}-db`);
      expect(cluster?.spec.bootstrap.initdb, name).toEqual({ database: `supergraph_${name.replace(/-/g, "_")}`, owner: name.replace(/-/g, "_") });
      const backup = postgres.find((o: any) => o.kind === "ScheduledBackup" && o.spec.cluster.name === `${name}-db`);
      expect(backup, `scheduled backup of ${name}-db`).toBeDefined();
      expect(cluster.spec.backup?.barmanObjectStore?.destinationPath, name).toMatch(new RegExp(`/${name}$`));
    }
    expect(container("identity").env.find((e: { name: string }) => e.name === "JWT_PRIVATE_JWK")?.valueFrom?.secretKeyRef).toEqual({
      name: "identity-secrets",
      key: "JWT_PRIVATE_JWK",
    });
    // One router secret for all: the router sends it, every subgraph requires it.
    for (const name of SERVICES) {
      const secret = container(name).env.find((e: { name: string }) => e.name === "ROUTER_SECRET");
      expect(secret?.valueFrom, name).toEqual({ secretKeyRef: { name: "router-secret", key: "secret" } });
    }
    expect(value("identity", "ALLOW_ADMIN_SIGNUP")).toBe("false");
    expect(value("router", "INTROSPECTION")).toBe("false");
  });

  it("replicate the event stream across a three-server JetStream cluster", () => {
    const replicas = Number(configMaps.get("supergraph-common")?.NATS_STREAM_REPLICAS);
    expect(replicas).toBe(3);
    expect(natsValues.config.cluster).toMatchObject({ enabled: true });
    expect(natsValues.config.cluster.replicas).toBeGreaterThanOrEqual(replicas);
    expect(natsValues.config.jetstream).toMatchObject({ enabled: true, fileStore: { enabled: true, pvc: { enabled: true } } });
  });

  it("probe liveness on /healthz and readiness on /readyz, endpoints the services really answer", async () => {
    const probes = SERVICES.flatMap((name) =>
      (["startupProbe", "livenessProbe", "readinessProbe"] as const).map((kind) => ({ name, kind, probe: container(name)[kind]?.httpGet })),
    );
    for (const { name, kind, probe } of probes) {
      expect(probe?.port, `${name} ${kind}`).toBe("http");
      // Liveness must not follow the database or NATS: an outage would restart every pod.
      expect(probe?.path, `${name} ${kind}`).toBe(kind === "readinessProbe" ? "/readyz" : "/healthz");
    }
    const statuses = await operationalStatus(probes.map((p) => p.probe.path));
    for (const { name, kind, probe } of probes) expect(statuses.get(probe.path), `${name} ${kind} ${probe.path}`).toBe(200);
  });

  it("roll out with zero downtime: surge before removal, a drain delay, and time to finish", () => {
    for (const name of SERVICES) {
      const spec = deployment(name).spec;
      expect(spec.strategy, name).toEqual({ type: "RollingUpdate", rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } });
      const preStop = container(name).lifecycle?.preStop?.exec?.command as string[] | undefined;
      expect(preStop?.[0], name).toBe("sleep");
      // preStop, then the HTTP drain (Apollo's 10 s grace at most), then events in hand and the outbox.
      expect(spec.template.spec.terminationGracePeriodSeconds, name).toBeGreaterThanOrEqual(Number(preStop?.[1]) + 10 + 15);
    }
  });

  it("set resource requests and limits, and run as a non-root user on a read-only root", () => {
    for (const name of SERVICES) {
      const c = container(name);
      expect(c.resources.requests, name).toMatchObject({ cpu: expect.anything(), memory: expect.anything() });
      expect(c.resources.limits, name).toMatchObject({ cpu: expect.anything(), memory: expect.anything() });
      expect(deployment(name).spec.template.spec.securityContext.runAsNonRoot, name).toBe(true);
      expect(c.securityContext, name).toMatchObject({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true });
      expect(c.volumeMounts.map((m: { mountPath: string }) => m.mountPath), `${name}: tsx needs a writable /tmp`).toContain("/tmp");
    }
  });

  it("autoscale the router and every context whose replicas may vary, never below two", () => {
    expect(autoscaler("router")).toBeDefined();
    for (const name of SERVICES) {
      const hpa = autoscaler(name);
      // With an autoscaler, a replica count in the manifest would undo its scaling on every apply.
      if (hpa) {
        expect(deployment(name).spec.replicas, name).toBeUndefined();
        expect(hpa.spec.minReplicas, name).toBeGreaterThanOrEqual(2);
      } else {
        expect(deployment(name).spec.replicas, name).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it("limit voluntary disruptions of every Deployment", () => {
    for (const name of SERVICES) {
      const pdb = objects.find((o) => o.kind === "PodDisruptionBudget" && o.metadata.name === name);
      expect(pdb?.spec.selector.matchLabels, name).toEqual(deployment(name).spec.template.metadata.labels);
      expect(pdb.spec.maxUnavailable, name).toBe(1);
    }
  });

  it("give the production overlay the base and the databases", () => {
    expect(overlay.resources).toEqual(expect.arrayContaining(["../../base", "../../../postgres"]));
  });
});
