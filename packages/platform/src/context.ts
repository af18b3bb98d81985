import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphQLResolverMap } from "@apollo/subgraph/dist/schema-helper/resolverMap.js";
import type { Express } from "express";
import type pg from "pg";
import { z } from "zod";
import { createTokenVerifier } from "./auth/tokens.ts";
import { fastBuiltinRequires } from "./builtin-requires.ts";
import {
  applyMigrations,
  contextMigrations,
  createPool,
  ensureDatabase,
  platformMigrations,
  sqlOn,
  type Sql,
} from "./database.ts";
import { commonEnv, databaseEnv, flag, loadEnv } from "./env.ts";
import { connectBus, type EventBus } from "./events/bus.ts";
import { startConsumers, type Policy } from "./events/consumer.ts";
import { registerParkedGauge } from "./events/dead-letters.ts";
import { startOutbox, unitOfWork, type Outbox, type UnitOfWork } from "./events/outbox.ts";
import { startSubgraphServer, type BaseContext } from "./http/subgraph-server.ts";
import { createLogger, type Logger } from "./logger.ts";
import { createMetrics, type Metrics } from "./metrics.ts";
import { runService, type EnvOf, type Stop } from "./runtime.ts";
import { answerSyncCall, syncCall, type AnsweredCall, type SyncCall, type SyncCallOptions } from "./sync/calls.ts";
import { CONTEXTS } from "./topology.ts";
import { startTracing } from "./tracing.ts";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

/** Everything a context's code gets from the platform: its dependencies, passed in. */
export interface ContextServices<Env> {
  readonly env: Env;
  readonly log: Logger;
  readonly metrics: Metrics;
  readonly pool: pg.Pool;
  /** SQL on the pool, outside transactions: the hot reads (entity loaders). */
  readonly sql: Sql;
  readonly bus: EventBus;
  readonly outbox: Outbox;
  /** One transaction that may record events (published after commit). */
  readonly transact: UnitOfWork;
  /**
   * A sync call to another context's operation, with breaker and timeout. Call its `guard()`
   * before the command's own side effects, so an open breaker refuses having written nothing.
   */
  call<P, R>(context: string, operation: string, options: Omit<SyncCallOptions, "nc" | "subject" | "name" | "log" | "metrics" | "tracing">): SyncCall<P, R>;
  readonly clock: () => Date;
}

/** A context's dependencies, with `db` (its Prisma client: typed queries off the hot paths) only when it has one. */
export type ContextRuntime<Db, Env> = ContextServices<Env> & ([Db] extends [ContextDb] ? { readonly db: Db } : unknown);

/** The `Db` of a context that reads through SQL only: no Prisma client is built, `runtime.db` does not exist. */
export type NoDb = undefined;

/** What a context contributes: its schema, resolvers, policies and the sync calls it answers. */
export interface ContextParts<Ctx extends BaseContext> {
  typeDefs: string;
  resolvers: GraphQLResolverMap<Ctx>;
  context: (base: BaseContext) => Ctx;
  policies?: readonly Policy[];
  answers?: Record<string, (payload: never, call: AnsweredCall) => Promise<unknown>>;
  routes?: (app: Express) => void;
  plugins?: ApolloServerPlugin<Ctx>[];
  /** Background work of the context (sweepers); returns its stop. */
  start?: () => () => Promise<void>;
}

/** What the platform needs of a context's Prisma client. */
export interface ContextDb {
  $queryRawUnsafe(query: string, ...values: unknown[]): PromiseLike<unknown>;
  $disconnect(): Promise<void>;
}

interface ContextDefinitionBase<S extends z.ZodRawShape, Db extends ContextDb | NoDb, Ctx extends BaseContext> {
  name: string;
  /** The context's own settings, on top of the common and database ones. */
  env: S;
  build(runtime: ContextRuntime<Db, EnvOf<S & ContextEnvShape>>): Promise<ContextParts<Ctx>> | ContextParts<Ctx>;
}

/**
 * A context for {@link startContext} / {@link runContext}. `createDb` builds its Prisma client
 * on the pool; a context that reads through SQL only gives none (`Db` = {@link NoDb}, and
 * `prisma: false` in its declaration in topology.ts), which saves the client's memory and its
 * warm-up at start.
 */
export type ContextDefinition<S extends z.ZodRawShape, Db extends ContextDb | NoDb, Ctx extends BaseContext> = ContextDefinitionBase<S, Db, Ctx> &
  ([Db] extends [ContextDb] ? { createDb(pool: pg.Pool): Db } : { createDb?: undefined });

function contextEnv(name: string) {
  const port = CONTEXTS.find((s) => s.name === name)?.port ?? 4100;
  return {
    ...commonEnv,
    ...databaseEnv(name),
    /** HTTP port of this subgraph. */
    PORT: z.coerce.number().int().positive().default(port),
    /** Whether introspection is allowed (the router needs none; keep it on for local tools). */
    INTROSPECTION: flag(true),
    /** JetStream deliveries of a failing event before it is dead-lettered. */
    EVENT_MAX_DELIVERIES: z.coerce.number().int().min(1).default(8),
    /**
     * How long a pulled event may stay unacknowledged before JetStream redelivers it to another
     * replica (ms); applies to durable consumers made from then on.
     */
    EVENT_ACK_WAIT_MS: z.coerce.number().int().min(1_000).default(30_000),
  };
}
export type ContextEnvShape = ReturnType<typeof contextEnv>;

/** Environment schema of a context: common, database, HTTP and the context's own settings. */
export function contextEnvShape<S extends z.ZodRawShape>(name: string, own: S): S & ContextEnvShape {
  return { ...contextEnv(name), ...own };
}

/** A context started by {@link startContext}: its own HTTP server, pool, NATS connection, consumers and relay. */
export interface RunningContext {
  readonly name: string;
  /** Its `/graphql` URL. */
  readonly url: string;
  readonly port: number;
  /** Stops taking requests, finishes what is in hand, and closes everything it opened, in reverse. */
  stop(): Promise<void>;
}

export interface StartContextOptions {
  /**
   * Where its settings come from (PORT, DATABASE_URL, ...); default `process.env`. Several
   * contexts hosted in one process each get their own.
   */
  env?: Record<string, string | undefined>;
  /** Its logger; default a pino logger named after the context at LOG_LEVEL. */
  log?: Logger;
  /**
   * service.name of the process's spans when it runs this context alone (`runContext`); a
   * process hosting several names them `supergraph`, each span saying its context in `supergraph.context`.
   */
  service?: string;
}

/**
 * Starts a context the same way for every subgraph: settings, database and migrations,
 * NATS and the outbox relay, consumers, sync-call answers, then HTTP. Neither signals nor
 * `process.exit`: the caller decides when it stops, so a process can host several and stop
 * one while the others run. A failed start closes what it had opened and rethrows.
 */
export async function startContext<S extends z.ZodRawShape, Db extends ContextDb | NoDb, Ctx extends BaseContext>(
  definition: ContextDefinition<S, Db, Ctx>,
  options: StartContextOptions = {},
): Promise<RunningContext> {
  fastBuiltinRequires();
  const stops: Stop[] = [];
  const stopAll = async (log: Logger | undefined) => {
    for (const stop of stops.splice(0).reverse()) {
      try {
        await stop();
      } catch (error) {
        log?.warn({ err: error }, "shutdown step failed");
      }
    }
  };
  let log: Logger | undefined;
  try {
    const env = loadEnv(contextEnvShape(definition.name, definition.env), options.env) as EnvOf<S & ContextEnvShape>;
    const base = env as EnvOf<ContextEnvShape>;
    log = options.log ?? createLogger(definition.name, base.LOG_LEVEL);
    const running = await assemble(definition, env, log, options.service ?? "supergraph", (stop) => stops.push(stop));
    let stopped: Promise<void> | undefined;
    return {
      ...running,
      stop: () => (stopped ??= stopAll(log).then(() => log!.info("stopped"))),
    };
  } catch (error) {
    await stopAll(log);
    throw error;
  }
}

/** The start-up steps; `onStop` registers the undoing of each, run in reverse. */
async function assemble<S extends z.ZodRawShape, Db extends ContextDb | NoDb, Ctx extends BaseContext>(
  definition: ContextDefinition<S, Db, Ctx>,
  env: EnvOf<S & ContextEnvShape>,
  log: Logger,
  service: string,
  onStop: (stop: Stop) => void,
): Promise<Omit<RunningContext, "stop">> {
  const base = env as EnvOf<ContextEnvShape>;
  const metrics = createMetrics(definition.name);
  // Stopped last: the spans of everything else's shutdown are flushed too.
  const tracer = startTracing(base, service);
  onStop(() => tracer.stop());
  const tracing = tracer.tracingOf(definition.name);
  log.info({ database: redact(base.DATABASE_URL), nats: base.NATS_URL }, "starting");

  await ensureDatabase(base.DATABASE_URL).catch(failedAt(`its database ${redact(base.DATABASE_URL)} (DATABASE_URL)`));
  const pool = createPool(base.DATABASE_URL, base.DATABASE_POOL_SIZE);
  onStop(() => pool.end());
  await applyMigrations(
    pool,
    [
      { dir: platformMigrations, scope: "platform" },
      { dir: contextMigrations(repoRoot, definition.name), scope: definition.name },
    ],
    log,
  );
  registerParkedGauge(metrics.registry, pool);
  const db = await prismaClient(definition, pool, onStop);

  const bus = await connectBus({ url: base.NATS_URL, namespace: base.NATS_NAMESPACE, name: definition.name, streamReplicas: base.NATS_STREAM_REPLICAS, log }).catch(
    failedAt(`NATS at ${base.NATS_URL} (NATS_URL)`),
  );
  onStop(() => bus.close());
  const outbox = startOutbox({ context: definition.name, pool, bus, log, metrics, tracing });
  onStop(() => outbox.stop());
  const transact = unitOfWork(pool, outbox);

  const services: ContextServices<EnvOf<S & ContextEnvShape>> = {
    env,
    log,
    metrics,
    pool,
    sql: sqlOn(pool),
    bus,
    outbox,
    transact,
    clock: () => new Date(),
    call: (context, operation, options) =>
      syncCall({ ...options, nc: bus.nc, subject: bus.names.syncSubject(context, operation), name: `${context}.${operation}`, log, metrics, tracing }),
  };
  const parts = await definition.build((db ? { ...services, db } : services) as ContextRuntime<Db, EnvOf<S & ContextEnvShape>>);

  for (const [operation, handler] of Object.entries(parts.answers ?? {})) {
    const sub = answerSyncCall(bus.nc, bus.names.syncSubject(definition.name, operation), handler as (p: unknown, call: AnsweredCall) => Promise<unknown>, log, tracing, `${definition.name}.${operation}`);
    onStop(() => sub.drain());
  }
  if (parts.policies?.length) {
    const consumers = await startConsumers(
      { context: definition.name, bus, pool, transact, log, metrics, tracing, maxDeliveries: base.EVENT_MAX_DELIVERIES, ackWaitMs: base.EVENT_ACK_WAIT_MS },
      parts.policies,
    );
    onStop(() => consumers.stop());
  }
  if (parts.start) onStop(parts.start());

  const http = await startSubgraphServer<Ctx>({
    name: definition.name,
    typeDefs: parts.typeDefs,
    resolvers: parts.resolvers,
    context: parts.context,
    verify: createTokenVerifier({ jwksUrl: base.JWKS_URL, issuer: base.JWT_ISSUER, audience: base.JWT_AUDIENCE }),
    host: base.HOST,
    port: base.PORT,
    introspection: base.INTROSPECTION,
    routerSecret: base.ROUTER_SECRET,
    readiness: [
      ["database", () => pool.query("SELECT 1")],
      ["nats", () => bus.isConnected()],
    ],
    routes: parts.routes,
    plugins: parts.plugins,
    log,
    metrics,
    tracing,
  });
  onStop(() => http.stop());
  log.info({ url: http.url }, `${definition.name} subgraph ready`);
  return { name: definition.name, url: http.url, port: base.PORT };
}

/**
 * The context's Prisma client, warmed (Prisma loads its query compiler on the first query,
 * better now than on the first user's request); none when it gives no `createDb`.
 */
async function prismaClient(definition: { name: string; createDb?: (pool: pg.Pool) => ContextDb }, pool: pg.Pool, onStop: (stop: Stop) => void): Promise<ContextDb | undefined> {
  const declared = CONTEXTS.find((c) => c.name === definition.name);
  if (declared && !declared.prisma && definition.createDb) {
    throw new Error(`${definition.name} is declared \`prisma: false\` in packages/platform/src/topology.ts but its subgraph gives createDb: drop one of them`);
  }
  if (!definition.createDb) return undefined;
  const db = definition.createDb(pool);
  await db.$queryRawUnsafe("SELECT 1");
  onStop(() => db.$disconnect());
  return db;
}

/**
 * One context as one process (subgraphs/<context>/src/index.ts, compose, Kubernetes, the
 * test harness): settings from `process.env`, SIGTERM / SIGINT stop it gracefully (exit 0),
 * a failed start exits 1.
 */
export function runContext<S extends z.ZodRawShape, Db extends ContextDb | NoDb, Ctx extends BaseContext>(
  definition: ContextDefinition<S, Db, Ctx>,
): Promise<void> {
  return runService(definition.name, async (lifecycle) => {
    const running = await startContext(definition, { service: definition.name });
    lifecycle.onStop(() => running.stop());
  });
}

/** Rethrows a start-up step's failure saying what it reached for, so the message says what to fix. */
const failedAt =
  (what: string) =>
  (error: unknown): never => {
    throw new Error(`${what}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  };

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(unparseable URL)";
  }
}
