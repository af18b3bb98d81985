import { join, resolve } from "node:path";
import { CONTEXTS, subgraphUrlVariable } from "@supergraph/platform";
import { beforeAll, describe, expect, it } from "vitest";
import { composeProblems, interpolate } from "./support/coverage.ts";
import { operationalStatus } from "./support/endpoints.ts";
import { exists } from "./support/files.ts";
import { TRACE_BACKEND } from "../manifests/tracing.ts";
import { loadCompose } from "./support/manifests.ts";
import { envProblems, envShapeOf, repoRoot, SERVICES, type Setting, type Shape } from "./support/schemas.ts";

/** docker-compose.yml, checked against the code it runs (no Docker engine needed). */
const compose = loadCompose();
const services = compose.services;
const environment = (service: string): Record<string, string> =>
  Object.fromEntries(Object.entries(services[service]?.environment ?? {}).map(([k, v]) => [k, interpolate(v)]));
const settings = (service: string): Record<string, Setting> =>
  Object.fromEntries(Object.entries(environment(service)).map(([k, value]) => [k, { value }]));

const shapes = new Map<string, Shape>();
beforeAll(async () => {
  for (const service of SERVICES) shapes.set(service, await envShapeOf(service));
});

describe("docker-compose.yml", () => {
  it("runs every subgraph and the router, beside PostgreSQL and NATS", () => {
    expect(Object.keys(services)).toEqual(expect.arrayContaining([...SERVICES, "postgres", "nats"]));
  });

  it("runs each declared context, and no other, with its port, probe, database, settings and secrets", () => {
    expect(composeProblems(compose, CONTEXTS)).toEqual([]);
  });

  it("gives each service an environment complete and valid against its env schema", () => {
    const problems = SERVICES.flatMap((s) => envProblems(s, shapes.get(s)!, settings(s)));
    expect(problems).toEqual([]);
  });

  it("builds every service from the root Dockerfile and starts it through SERVICE", () => {
    for (const service of SERVICES) {
      const spec = services[service];
      const context = resolve(repoRoot, spec.build?.context ?? "");
      expect(context, service).toBe(repoRoot);
      expect(exists(join(spec.build.context, spec.build.dockerfile ?? "Dockerfile")), service).toBe(true);
      expect(spec.image, service).toBe(services.router.image);
      expect(environment(service).SERVICE, service).toBe(service);
      // The image's entrypoint is the start command; an override here would bypass it.
      expect(spec.command ?? spec.entrypoint, service).toBeUndefined();
    }
  });

  it("wires the services to one another by the names and ports compose gives them", () => {
    const port = (service: string) => environment(service).PORT;
    for (const service of SERVICES) {
      const env = environment(service);
      expect(env.JWKS_URL, service).toBe(`http://identity:${port("identity")}/.well-known/jwks.json`);
      expect(new URL(env.NATS_URL!).hostname, service).toBe("nats");
    }
    for (const { name } of CONTEXTS) {
      expect(environment("router")[subgraphUrlVariable(name)], name).toBe(`http://${name}:${port(name)}/graphql`);
    }
  });

  it("sends every service's and the router's spans to the trace backend, OTLP/HTTP, with its UI on the host", () => {
    const { name, otlpHttpPort, uiPort } = TRACE_BACKEND;
    const backend = services[name];
    expect(backend?.image).toMatch(/^jaegertracing\/all-in-one:/);
    expect(interpolate(backend.environment.COLLECTOR_OTLP_ENABLED)).toBe("true");
    expect(backend.expose).toContain(String(otlpHttpPort));
    expect((backend.ports as string[]).map(interpolate)).toContain(`${uiPort}:${uiPort}`);
    for (const service of SERVICES) {
      const endpoint = environment(service).OTEL_EXPORTER_OTLP_ENDPOINT;
      expect(endpoint, service).toBe(`http://${name}:${otlpHttpPort}`);
      // Set empty, the variable turns tracing off (`${X-default}`: the default only when unset).
      expect(services[service].environment.OTEL_EXPORTER_OTLP_ENDPOINT, service).toBe(`\${OTEL_EXPORTER_OTLP_ENDPOINT-http://${name}:${otlpHttpPort}}`);
      // Nothing waits for it: a service whose exports fail drops those spans and keeps serving.
      expect(Object.keys(services[service].depends_on ?? {}), service).not.toContain(name);
    }
  });

  it("gives the router and every subgraph the same router secret", () => {
    const secrets = new Set(SERVICES.map((s) => services[s].environment.ROUTER_SECRET));
    expect(secrets.size).toBe(1);
    expect([...secrets][0]).toMatch(/^\$\{ROUTER_SECRET:-.{16,}\}$/);
  });

  it("gives each context its own database and role, made by the PostgreSQL init script", () => {
    const postgres = environment("postgres");
    expect(postgres.SUPERGRAPH_CONTEXTS?.split(/\s+/).sort()).toEqual(CONTEXTS.map((s) => s.name).sort());
    const init = (services.postgres.volumes as string[]).find((v) => v.includes("/docker-entrypoint-initdb.d/"));
    expect(init && exists(init.split(":")[0]!)).toBe(true);
    for (const { name } of CONTEXTS) {
      const url = new URL(environment(name).DATABASE_URL!);
      const id = name.replace(/-/g, "_");
      expect([url.hostname, url.username, url.pathname], name).toEqual(["postgres", id, `/supergraph_${id}`]);
      // The same variable (and default) sets the role's password and the service's URL.
      const variable = `${id.toUpperCase()}_DB_PASSWORD`;
      expect(services[name].environment.DATABASE_URL, name).toContain(services.postgres.environment[variable]);
    }
  });

  it("keeps JetStream on a volume", () => {
    const command = (services.nats.command as string[]).join(" ");
    expect(command).toMatch(/--jetstream|-js\b/);
    const store = command.match(/(?:--store_dir|-sd)\s+(\S+)/)?.[1];
    expect((services.nats.volumes as string[]).some((v) => v.split(":")[1] === store)).toBe(true);
  });

  it("health-checks each service on an endpoint its server really answers", async () => {
    const checks = SERVICES.map((s) => ({ service: s, test: (services[s].healthcheck?.test ?? []) as string[] }));
    for (const { service, test } of checks) {
      expect(test.slice(0, 4), service).toEqual(["CMD", "node", "--import", "tsx"]);
      expect(exists(test[4]!), `${service}: ${test[4]}`).toBe(true);
    }
    const statuses = await operationalStatus(checks.map((c) => c.test[5]!));
    for (const { service, test } of checks) expect(statuses.get(test[5]!), `${service} ${test[5]}`).toBe(200);
    // Dependants wait for readiness (database and NATS answer), not mere liveness.
    for (const { service, test } of checks) expect(test[5], service).toBe("/readyz");
  });

  it("starts each service only after what it needs is healthy", () => {
    const dependsOn = (service: string) => services[service].depends_on as Record<string, { condition: string }>;
    for (const { name } of CONTEXTS) {
      expect(dependsOn(name), name).toMatchObject({ postgres: { condition: "service_healthy" }, nats: { condition: "service_healthy" } });
    }
    for (const { name } of CONTEXTS) expect(dependsOn("router")[name], name).toEqual({ condition: "service_healthy" });
    for (const service of Object.keys(services)) {
      for (const dependency of Object.keys(dependsOn(service) ?? {})) {
        expect(services[dependency]?.healthcheck, `${service} waits for ${dependency}, which has no healthcheck`).toBeDefined();
      }
    }
  });

  it("gives services time to drain before compose kills them", () => {
    const seconds = (d: string) => Number(d.replace(/s$/, ""));
    for (const service of SERVICES) expect(seconds(services[service].stop_grace_period ?? "10s"), service).toBeGreaterThanOrEqual(20);
  });
});
