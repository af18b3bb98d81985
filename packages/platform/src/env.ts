import { z } from "zod";
import { BREAKER_DEFAULTS } from "./topology.ts";

/**
 * Settings every service shares. Each service extends this with its own zod shape;
 * `process.env` is read only through {@link loadEnv}.
 */
export const commonEnv = {
  /** nats://host:port of the NATS server with JetStream. */
  NATS_URL: z.string().default("nats://127.0.0.1:4222"),
  /**
   * Prefix of every NATS subject and stream this deployment uses, so several stacks
   * (a developer's and a test run's) can share one NATS server without seeing each other.
   */
  NATS_NAMESPACE: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/, "letters, digits, _ and - only")
    .default("sg"),
  /**
   * Replicas of the namespace's event stream, set when the stream is made or found different:
   * 1 on a single NATS server, 3 on a three-server JetStream cluster.
   */
  NATS_STREAM_REPLICAS: z.coerce.number().int().min(1).max(5).default(1),
  /** URL of the identity context's JWKS, used to verify bearer tokens. */
  JWKS_URL: z.url().default("http://127.0.0.1:4001/.well-known/jwks.json"),
  /** Expected `iss` claim of tokens. */
  JWT_ISSUER: z.string().default("supergraph-identity"),
  /** Expected `aud` claim of tokens. */
  JWT_AUDIENCE: z.string().default("supergraph"),
  /** pino level: fatal, error, warn, info, debug, trace or silent. */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Address the HTTP server binds to. */
  HOST: z.string().default("127.0.0.1"),
  /**
   * Shared secret the router sends to every subgraph (header `x-router-secret`). When set, a
   * subgraph refuses `/graphql` requests without it (403), so only the router reaches
   * `_entities` and the other federation internals. Unset: subgraphs accept any caller.
   */
  ROUTER_SECRET: z.string().min(16, "at least 16 characters").optional(),
  /**
   * OTLP/HTTP base URL of the trace backend (e.g. `http://jaeger:4318`); spans go to
   * `<it>/v1/traces`. Unset: tracing off (no tracer provider registered, no cost).
   */
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url().optional(),
  /** service.name of this process's spans; default the context's name (`router`; `supergraph` for a process hosting several). */
  OTEL_SERVICE_NAME: z.string().optional(),
  /** How long spans wait in the batch before they are sent (ms). */
  OTEL_BSP_SCHEDULE_DELAY: z.coerce.number().int().min(1).default(5_000),
};

/** Settings of a service that owns a database. */
export function databaseEnv(context: string) {
  return {
    /** PostgreSQL URL of this context's own database. */
    DATABASE_URL: z.string().default(`postgresql://postgres@127.0.0.1:5432/supergraph_${context.replace(/-/g, "_")}`),
    /** Size of the connection pool (keep it at or below the embedded server's connection limit). */
    DATABASE_POOL_SIZE: z.coerce.number().int().positive().default(10),
  };
}

/** Integer setting with a default. */
export const int = (fallback: number) => z.coerce.number().int().nonnegative().default(fallback);

type BreakerSetting<P extends string> = `${P}_TIMEOUT_MS` | `${P}_BREAKER_RESET_MS` | `${P}_BREAKER_VOLUME` | `${P}_BREAKER_ERROR_PERCENT`;

/**
 * The four settings of a sync call and its breaker, named after `prefix`: `<P>_TIMEOUT_MS`
 * (how long the call may take), `<P>_BREAKER_RESET_MS` (how long the breaker stays open
 * before a trial call, default 5000), `<P>_BREAKER_VOLUME` (calls in its 10 s window before
 * it may open, default 5) and `<P>_BREAKER_ERROR_PERCENT` (failures in the window that open
 * it, default 50). Every context that calls another declares its calls this way.
 */
export function breakerEnv<P extends string>(prefix: P, timeoutMs: number): Record<BreakerSetting<P>, ReturnType<typeof int>> {
  return {
    [`${prefix}_TIMEOUT_MS`]: int(timeoutMs),
    [`${prefix}_BREAKER_RESET_MS`]: int(BREAKER_DEFAULTS.resetMs),
    [`${prefix}_BREAKER_VOLUME`]: int(BREAKER_DEFAULTS.volume),
    [`${prefix}_BREAKER_ERROR_PERCENT`]: int(BREAKER_DEFAULTS.errorPercent),
  } as Record<BreakerSetting<P>, ReturnType<typeof int>>;
}

/** The sync call options of the settings {@link breakerEnv} declared for `prefix`. */
export function breakerOf<P extends string>(env: Record<BreakerSetting<P>, number>, prefix: P) {
  return {
    timeoutMs: env[`${prefix}_TIMEOUT_MS`],
    resetTimeoutMs: env[`${prefix}_BREAKER_RESET_MS`],
    volumeThreshold: env[`${prefix}_BREAKER_VOLUME`],
    errorThresholdPercentage: env[`${prefix}_BREAKER_ERROR_PERCENT`],
  };
}

/** Boolean setting: true/false/1/0/yes/no. */
export const flag = (fallback: boolean) =>
  z
    .enum(["true", "false", "1", "0", "yes", "no"])
    .default(fallback ? "true" : "false")
    .transform((v) => v === "true" || v === "1" || v === "yes");

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "EnvError";
  }
}

/**
 * Parses the environment against a zod shape, collecting every problem at once.
 * Throws {@link EnvError}; {@link runService} reports it and exits 1.
 */
export function loadEnv<S extends z.ZodRawShape>(
  shape: S,
  source: Record<string, string | undefined> = process.env,
): z.infer<z.ZodObject<S>> {
  // Empty strings count as unset, as docker-compose and Kubernetes often pass them.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = z.object(shape).safeParse(cleaned);
  if (!result.success) {
    throw new EnvError(result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
  }
  return result.data;
}
