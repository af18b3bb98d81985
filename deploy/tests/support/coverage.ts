import { isDeepStrictEqual } from "node:util";
import { subgraphUrlVariable, type ContextDeclaration } from "@supergraph/platform/topology";
import { TRACE_BACKEND } from "../../manifests/tracing.ts";
import type { Objects } from "./manifests.ts";

/**
 * Whether the deployment files carry exactly the declared contexts, each as declared: its
 * port, probes, settings (at their declared values), secrets, database and scaling. Each
 * returns what is wrong, one line per problem (empty when all is well).
 */

const dbId = (name: string) => name.replace(/-/g, "_");
const HEALTHY = { condition: "service_healthy" };
const same = isDeepStrictEqual;

/** A value as compose passes it when the variable is not set: `${X:-default}` gives default. */
export const interpolate = (value: unknown) => String(value).replace(/\$\{(\w+)(?::?[-?]([^}]*))?\}/g, (_, _name, fallback) => fallback ?? "");

export function composeProblems(compose: { services: Record<string, any> }, contexts: readonly ContextDeclaration[]): string[] {
  const problems: string[] = [];
  const services = compose.services ?? {};
  const names = new Set(contexts.map((c) => c.name));
  const env = (service: string): Record<string, string> => services[service]?.environment ?? {};
  for (const service of Object.keys(services)) {
    if (!names.has(service) && !["router", "postgres", "nats", TRACE_BACKEND.name].includes(service)) problems.push(`compose: service ${service} is no declared context`);
  }
  const listed = (env("postgres").SUPERGRAPH_CONTEXTS ?? "").split(/\s+/).filter(Boolean);
  for (const name of listed) if (!names.has(name)) problems.push(`compose: postgres makes a database for ${name}, no declared context`);
  for (const key of Object.keys(env("router"))) {
    if (/^SUBGRAPH_\w+_URL$/.test(key) && !contexts.some((c) => subgraphUrlVariable(c.name) === key)) problems.push(`compose: router has ${key}, no declared context`);
  }
  for (const c of contexts) {
    const spec = services[c.name];
    if (!spec) {
      problems.push(`compose: no service ${c.name}`);
      continue;
    }
    const own = env(c.name);
    const at = (key: string) => (key in own ? interpolate(own[key]) : undefined);
    if (at("SERVICE") !== c.name) problems.push(`compose: ${c.name} has SERVICE=${at("SERVICE")}`);
    if (at("PORT") !== String(c.port)) problems.push(`compose: ${c.name} has PORT=${at("PORT")}, declared ${c.port}`);
    const db = at("DATABASE_URL");
    if (!db || new URL(db).pathname !== `/supergraph_${dbId(c.name)}`) problems.push(`compose: ${c.name} has DATABASE_URL=${db}`);
    if (spec.healthcheck?.test?.at(-1) !== "/readyz") problems.push(`compose: ${c.name} is not health-checked on /readyz`);
    if (!same(spec.depends_on?.postgres, HEALTHY) || !same(spec.depends_on?.nats, HEALTHY)) problems.push(`compose: ${c.name} does not wait for postgres and nats`);
    for (const [key, value] of Object.entries(c.settings ?? {})) {
      if (at(key) !== value) problems.push(`compose: ${c.name} has ${key}=${at(key)}, declared ${value}`);
    }
    for (const key of c.secrets ?? []) {
      if (!String(own[key] ?? "").includes(`\${${key}`)) problems.push(`compose: ${c.name} does not take secret ${key} from the environment`);
    }
    if (!listed.includes(c.name)) problems.push(`compose: postgres makes no database for ${c.name}`);
    if (!(`${dbId(c.name).toUpperCase()}_DB_PASSWORD` in env("postgres"))) problems.push(`compose: postgres has no password for ${c.name}`);
    if (interpolate(env("router")[subgraphUrlVariable(c.name)]) !== `http://${c.name}:${c.port}/graphql`) {
      problems.push(`compose: router has ${subgraphUrlVariable(c.name)}=${env("router")[subgraphUrlVariable(c.name)]}`);
    }
    if (!same(services.router?.depends_on?.[c.name], HEALTHY)) problems.push(`compose: router does not wait for ${c.name}`);
  }
  return problems;
}

export function kubernetesProblems(objects: Objects, contexts: readonly ContextDeclaration[]): string[] {
  const problems: string[] = [];
  const names = new Set(contexts.map((c) => c.name));
  const of = (kind: string) => objects.filter((o) => o?.kind === kind);
  const named = (kind: string, name: string) => of(kind).find((o) => o.metadata?.name === name);
  const configMap = (name: string) => named("ConfigMap", name)?.data ?? {};
  const container = (name: string) => named("Deployment", name)?.spec?.template?.spec?.containers?.find((k: any) => k.name === name);
  /** A container's literal settings: its ConfigMaps, then its own env values. */
  const values = (k: any): Record<string, string> =>
    Object.assign(
      {},
      ...(k.envFrom ?? []).map((r: any) => configMap(r.configMapRef?.name)),
      ...(k.env ?? []).filter((e: any) => "value" in e).map((e: any) => ({ [e.name]: String(e.value) })),
    );
  const ref = (k: any, key: string) => k.env?.find((e: any) => e.name === key)?.valueFrom?.secretKeyRef;

  const extra = (kind: string, nameOf: (o: any) => string | undefined, others: string[] = []) => {
    for (const o of of(kind)) {
      const name = nameOf(o);
      if (name && !names.has(name) && !others.includes(name)) problems.push(`kubernetes: ${kind} ${o.metadata?.name} is for ${name}, no declared context`);
    }
  };
  extra("Deployment", (o) => o.metadata?.name, ["router", TRACE_BACKEND.name]);
  extra("Service", (o) => o.metadata?.name, ["router", TRACE_BACKEND.name]);
  extra("HorizontalPodAutoscaler", (o) => o.spec?.scaleTargetRef?.name, ["router"]);
  extra("PodDisruptionBudget", (o) => o.spec?.selector?.matchLabels?.["app.kubernetes.io/name"], ["router"]);
  extra("Cluster", (o) => o.metadata?.name?.replace(/-db$/, ""));
  const router = container("router");
  const routerValues = router ? values(router) : {};
  for (const key of Object.keys(routerValues)) {
    if (/^SUBGRAPH_\w+_URL$/.test(key) && !contexts.some((c) => subgraphUrlVariable(c.name) === key)) problems.push(`kubernetes: router has ${key}, no declared context`);
  }

  for (const c of contexts) {
    const deployment = named("Deployment", c.name);
    const k = container(c.name);
    if (!deployment || !k) {
      problems.push(`kubernetes: no Deployment ${c.name} with a container ${c.name}`);
      continue;
    }
    const v = values(k);
    const label = { "app.kubernetes.io/name": c.name };
    if (v.SERVICE !== c.name) problems.push(`kubernetes: ${c.name} has SERVICE=${v.SERVICE}`);
    if (v.PORT !== String(c.port)) problems.push(`kubernetes: ${c.name} has PORT=${v.PORT}, declared ${c.port}`);
    if (!same(k.ports, [{ name: "http", containerPort: c.port }])) problems.push(`kubernetes: ${c.name} exposes ${JSON.stringify(k.ports)}`);
    const service = named("Service", c.name);
    if (!service || !same(service.spec?.ports, [{ name: "http", port: c.port, targetPort: "http" }]) || !same(service.spec?.selector, label)) {
      problems.push(`kubernetes: no Service ${c.name} on port ${c.port} selecting its pods`);
    }
    for (const [kind, path] of [["startupProbe", "/healthz"], ["livenessProbe", "/healthz"], ["readinessProbe", "/readyz"]] as const) {
      const probe = k[kind]?.httpGet;
      if (probe?.path !== path || probe?.port !== "http") problems.push(`kubernetes: ${c.name} ${kind} is ${JSON.stringify(probe)}, not ${path} on http`);
    }
    for (const [key, value] of Object.entries(c.settings ?? {})) {
      if (v[key] !== value) problems.push(`kubernetes: ${c.name} has ${key}=${v[key]}, declared ${value}`);
    }
    for (const key of c.secrets ?? []) {
      if (!same(ref(k, key), { name: `${c.name}-secrets`, key })) problems.push(`kubernetes: ${c.name} does not take ${key} from Secret ${c.name}-secrets`);
    }
    if (!same(ref(k, "DATABASE_URL"), { name: `${c.name}-db-app`, key: "uri" })) problems.push(`kubernetes: ${c.name} does not take DATABASE_URL from ${c.name}-db-app`);
    if (!same(ref(k, "ROUTER_SECRET"), { name: "router-secret", key: "secret" })) problems.push(`kubernetes: ${c.name} does not take ROUTER_SECRET from router-secret`);
    if (k.resources?.requests?.cpu !== (c.scaling.cpuRequest ?? "100m")) problems.push(`kubernetes: ${c.name} requests cpu ${k.resources?.requests?.cpu}`);
    const hpa = of("HorizontalPodAutoscaler").find((o) => o.spec?.scaleTargetRef?.name === c.name);
    if (c.scaling.maxReplicas > c.scaling.minReplicas) {
      const { minReplicas, maxReplicas } = hpa?.spec ?? {};
      const cpu = hpa?.spec?.metrics?.[0]?.resource?.target?.averageUtilization;
      if (!same([minReplicas, maxReplicas, cpu], [c.scaling.minReplicas, c.scaling.maxReplicas, c.scaling.cpuPercent])) {
        problems.push(`kubernetes: ${c.name} autoscales ${minReplicas}-${maxReplicas} at ${cpu} %, declared ${c.scaling.minReplicas}-${c.scaling.maxReplicas} at ${c.scaling.cpuPercent} %`);
      }
      // A replica count beside an autoscaler would undo its scaling on every apply.
      if (deployment.spec.replicas !== undefined) problems.push(`kubernetes: ${c.name} sets replicas beside its autoscaler`);
    } else if (hpa || deployment.spec.replicas !== c.scaling.minReplicas) {
      problems.push(`kubernetes: ${c.name} should run ${c.scaling.minReplicas} replicas, without an autoscaler`);
    }
    const pdb = of("PodDisruptionBudget").find((o) => same(o.spec?.selector?.matchLabels, label));
    if (pdb?.spec?.maxUnavailable !== 1) problems.push(`kubernetes: no PodDisruptionBudget of one for ${c.name}`);
    const cluster = named("Cluster", `${c.name}-db`);
    if (!same(cluster?.spec?.bootstrap?.initdb, { database: `supergraph_${dbId(c.name)}`, owner: dbId(c.name) })) problems.push(`kubernetes: no database cluster ${c.name}-db`);
    if (!of("ScheduledBackup").some((o) => o.spec?.cluster?.name === `${c.name}-db`)) problems.push(`kubernetes: no scheduled backup of ${c.name}-db`);
    if (routerValues[subgraphUrlVariable(c.name)] !== `http://${c.name}:${c.port}/graphql`) {
      problems.push(`kubernetes: router has ${subgraphUrlVariable(c.name)}=${routerValues[subgraphUrlVariable(c.name)]}`);
    }
  }
  return problems;
}
