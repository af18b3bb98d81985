import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphQLResolverMap } from "@apollo/subgraph/dist/schema-helper/resolverMap.js";
import type { Express } from "express";
import type pg from "pg";
import { z } from "zod";
import { createTokenVerifier } from "./auth/tokens.ts";
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
import { runService, type EnvOf } from "./runtime.ts";
import { answerSyncCall, syncCall, type SyncCallOptions } from "./sync/calls.ts";
import { SUBGRAPHS } from "./topology.ts";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

/** Everything a context's code gets from the platform: its dependencies, passed in. */
export interface ContextRuntime<Db, Env> {
  readonly env: Env;
  readonly log: Logger;
  readonly metrics: Metrics;
  readonly pool: pg.Pool;
  /** The context's Prisma client: typed queries off the hot paths. */
  readonly db: Db;
  /** SQL on the pool, outside transactions: the hot reads (entity loaders). */
  readonly sql: Sql;
  readonly bus: EventBus;
  readonly outbox: Outbox;
  /** One transaction that may record events (published after commit). */
  readonly transact: UnitOfWork;
  /** A sync call to another context's operation, with breaker and timeout. */
  call<P, R>(context: string, operation: string, options: Omit<SyncCallOptions, "nc" | "subject" | "name" | "log" | "metrics">): (payload: P) => Promise<R>;
  readonly clock: () => Date;
}

/** What a context contributes: its schema, resolvers, policies and the sync calls it answers. */
export interface ContextParts<Ctx extends BaseContext> {
  typeDefs: string;
  resolvers: GraphQLResolverMap<Ctx>;
  context: (base: BaseContext) => Ctx;
  policies?: readonly Policy[];
  answers?: Record<string, (payload: never) => Promise<unknown>>;
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

export interface ContextDefinition<S extends z.ZodRawShape, Db extends ContextDb, Ctx extends BaseContext> {
  name: string;
  /** The context's own settings, on top of the common and database ones. */
  env: S;
  createDb(pool: pg.Pool): Db;
  build(runtime: ContextRuntime<Db, EnvOf<S & ContextEnvShape>>): Promise<ContextParts<Ctx>> | ContextParts<Ctx>;
}

function contextEnv(name: string) {
  const port = SUBGRAPHS.find((s) => s.name === name)?.port ?? 4100;
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

/**
 * Starts a context the same way for every subgraph: settings, database and migrations,
 * NATS and the outbox relay, consumers, sync-call answers, then HTTP; and stops it in reverse.
 */
export function runContext<S extends z.ZodRawShape, Db extends ContextDb, Ctx extends BaseContext>(
  definition: ContextDefinition<S, Db, Ctx>,
): Promise<void> {
  return runService(definition.name, async (lifecycle) => {
    const env = loadEnv(contextEnvShape(definition.name, definition.env)) as EnvOf<S & ContextEnvShape>;
    const base = env as EnvOf<ContextEnvShape>;
    const log = createLogger(definition.name, base.LOG_LEVEL);
    const metrics = createMetrics(definition.name);
    log.info({ database: redact(base.DATABASE_URL), nats: base.NATS_URL }, "starting");

    await ensureDatabase(base.DATABASE_URL);
    const pool = createPool(base.DATABASE_URL, base.DATABASE_POOL_SIZE);
    lifecycle.onStop(() => pool.end());
    await applyMigrations(
      pool,
      [
        { dir: platformMigrations, scope: "platform" },
        { dir: contextMigrations(repoRoot, definition.name), scope: definition.name },
      ],
      log,
    );
    registerParkedGauge(metrics.registry, pool);
    const db = definition.createDb(pool);
    // Loads Prisma's query compiler now rather than on the first user's request.
    await db.$queryRawUnsafe("SELECT 1");
    lifecycle.onStop(() => db.$disconnect());

    const bus = await connectBus({ url: base.NATS_URL, namespace: base.NATS_NAMESPACE, name: definition.name, streamReplicas: base.NATS_STREAM_REPLICAS, log });
    lifecycle.onStop(() => bus.close());
    const outbox = startOutbox({ context: definition.name, pool, bus, log, metrics });
    lifecycle.onStop(() => outbox.stop());
    const transact = unitOfWork(pool, outbox);

    const parts = await definition.build({
      env,
      log,
      metrics,
      pool,
      db,
      sql: sqlOn(pool),
      bus,
      outbox,
      transact,
      clock: () => new Date(),
      call: (context, operation, options) =>
        syncCall({ ...options, nc: bus.nc, subject: bus.names.syncSubject(context, operation), name: `${context}.${operation}`, log, metrics }),
    });

    for (const [operation, handler] of Object.entries(parts.answers ?? {})) {
      const sub = answerSyncCall(bus.nc, bus.names.syncSubject(definition.name, operation), handler as (p: unknown) => Promise<unknown>, log);
      lifecycle.onStop(() => sub.drain());
    }
    if (parts.policies?.length) {
      const consumers = await startConsumers(
        { context: definition.name, bus, pool, transact, log, metrics, maxDeliveries: base.EVENT_MAX_DELIVERIES, ackWaitMs: base.EVENT_ACK_WAIT_MS },
        parts.policies,
      );
      lifecycle.onStop(() => consumers.stop());
    }
    if (parts.start) lifecycle.onStop(parts.start());

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
    });
    lifecycle.onStop(() => http.stop());
    log.info({ url: http.url }, `${definition.name} subgraph ready`);
  });
}

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(unparseable URL)";
  }
}
