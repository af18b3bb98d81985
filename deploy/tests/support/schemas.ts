import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { contextEnvShape, repoRoot, CONTEXTS, type ContextDefinition } from "@supergraph/platform";
import type { z } from "zod";
import { routerEnvShape } from "../../../router/src/env.ts";

export { repoRoot };
export type Shape = z.ZodRawShape;

/** Every deployable service: the router and each subgraph of the topology. */
export const SERVICES = ["router", ...CONTEXTS.map((s) => s.name)] as const;

/**
 * The full env schema of a service, as the service itself builds it: the router's shape, or
 * `contextEnvShape(name, definition.env)` from the context's own `ContextDefinition`.
 */
export async function envShapeOf(service: string): Promise<Shape> {
  if (service === "router") return routerEnvShape;
  const module = (await import(pathToFileURL(join(repoRoot, "subgraphs", service, "src", "subgraph.ts")).href)) as Record<string, unknown>;
  const definition = Object.values(module).find(
    (v): v is ContextDefinition<Shape, never, never> => typeof v === "object" && v !== null && (v as { name?: unknown }).name === service && "env" in v,
  );
  if (!definition) throw new Error(`subgraphs/${service}/src/subgraph.ts exports no ContextDefinition named ${service}`);
  return contextEnvShape(service, definition.env);
}

/** Settings a deployment must set: where the service finds its peers, and every one without a default. */
export function requiredKeys(shape: Shape): string[] {
  const always = ["NATS_URL", "JWKS_URL", "HOST", "PORT", "DATABASE_URL"].filter((k) => k in shape);
  const undefaulted = Object.entries(shape)
    .filter(([, schema]) => !(schema as z.ZodType).safeParse(undefined).success)
    .map(([k]) => k);
  return [...new Set([...always, ...undefaulted])].sort();
}

/** Keys a deployment may set that no service schema reads. */
const OUTSIDE_SCHEMA: Record<string, string> = {
  SERVICE: "read by deploy/docker/entrypoint.sh to pick the service",
};
/**
 * Settings asked of the platform and not in its schema yet (issue 6): allowed while absent,
 * checked like any other once the schema has them.
 */
const AWAITED = new Set(["NATS_STREAM_REPLICAS"]);

/** A setting as a deployment gives it: a literal value, or a reference resolved at run time. */
export type Setting = { value: string } | { from: string };

/** What is wrong with a service's environment against its schema (empty when all is well). */
export function envProblems(service: string, shape: Shape, env: Record<string, Setting>): string[] {
  const problems: string[] = [];
  for (const key of requiredKeys(shape)) {
    const setting = env[key];
    if (!setting || ("value" in setting && setting.value === "")) problems.push(`${service}: ${key} is not set`);
  }
  for (const [key, setting] of Object.entries(env)) {
    if (!(key in shape)) {
      if (!(key in OUTSIDE_SCHEMA) && !AWAITED.has(key)) problems.push(`${service}: ${key} is not a setting of ${service}`);
      continue;
    }
    // Empty means unset to loadEnv; a reference (Secret) cannot be checked here.
    if (!("value" in setting) || setting.value === "") continue;
    const parsed = (shape[key] as z.ZodType).safeParse(setting.value);
    if (!parsed.success) problems.push(`${service}: ${key}=${setting.value} is invalid: ${parsed.error.issues[0]?.message}`);
  }
  if ("value" in (env.HOST ?? {}) && (env.HOST as { value: string }).value !== "0.0.0.0") {
    problems.push(`${service}: HOST must be 0.0.0.0 in a container (the default binds loopback only)`);
  }
  return problems;
}
