import { randomBytes } from "node:crypto";
import {
  applyMigrations,
  commandCausation,
  connectBus,
  contextMigrations,
  createLogger,
  createMetrics,
  createPool,
  ensureDatabase,
  platformMigrations,
  sqlOn,
  startConsumers,
  startOutbox,
  unitOfWork,
  type Causation,
  type EventBus,
  type EventEnvelope,
  type Outbox,
  type Policy,
  type RunningConsumers,
  type Sql,
  type UnitOfWork,
} from "@supergraph/platform";
import type { EventContract } from "@supergraph/contracts/define";
import pg from "pg";
import type { z } from "zod";
import { testEnv } from "./env.ts";
import { publishEvent } from "./events.ts";
import { repoRoot } from "./processes.ts";
import { waitFor } from "./wait.ts";

/** What a context's policies are built from, as `runContext` would pass it. */
export interface PolicyDeps {
  readonly sql: Sql;
  readonly transact: UnitOfWork;
  readonly clock: () => Date;
}

export interface PolicyHarnessOptions {
  /** The consuming context: its migrations (prisma/<context>/migrations) and durable names. */
  context: string;
  /** Its policies, or how to build them from the harness's database. */
  policies: readonly Policy[] | ((deps: PolicyDeps) => readonly Policy[]);
  /** Deliveries after which a failing event is dead-lettered (the platform's default is 8). */
  maxDeliveries?: number;
}

/** One event to publish: the contract it is of, its subject and data, and optionally its case. */
export interface Publication<C extends EventContract> {
  subject: string;
  data: z.input<C["schema"]>;
  causation?: Causation;
  /** The context whose relay publishes it; for a request event (publisher "*"), required. */
  from?: string;
}

/**
 * A context's policies on real PostgreSQL and NATS, nothing mocked: a fresh database with
 * the platform's and the context's migrations, its consumers (and its outbox relay) under a
 * private NATS namespace. Tests publish envelopes as the publisher's relay would, wait for
 * the effect and read tables. `stop()` drops the database and the stream.
 */
export class PolicyHarness {
  private constructor(
    readonly context: string,
    readonly namespace: string,
    private readonly databaseUrl: string,
    private readonly adminUrl: string,
    readonly pool: pg.Pool,
    readonly bus: EventBus,
    private readonly outbox: Outbox,
    /** Transactions on the context's database that may record events, as its commands get. */
    readonly transact: UnitOfWork,
    private readonly consumers: RunningConsumers,
    readonly policies: readonly Policy[],
  ) {}

  static async start(options: PolicyHarnessOptions): Promise<PolicyHarness> {
    const env = testEnv();
    const namespace = `ph_${options.context.replace(/[^a-z0-9]/gi, "_")}_${randomBytes(4).toString("hex")}`;
    const admin = new URL(env.postgresUrl);
    const url = new URL(env.postgresUrl);
    url.pathname = `/${namespace}`;
    const log = createLogger(`${options.context}-harness`, "silent");
    const metrics = createMetrics(options.context);
    await ensureDatabase(url.toString());
    const pool = createPool(url.toString(), 6);
    let bus: EventBus | undefined;
    let outbox: Outbox | undefined;
    try {
      await applyMigrations(
        pool,
        [
          { dir: platformMigrations, scope: "platform" },
          { dir: contextMigrations(repoRoot, options.context), scope: options.context },
        ],
        log,
      );
      bus = await connectBus({ url: env.natsUrl, namespace, name: `${namespace}-harness`, log });
      outbox = startOutbox({ context: options.context, pool, bus, log, metrics, pollMs: 50 });
      const transact = unitOfWork(pool, outbox);
      const policies =
        typeof options.policies === "function" ? options.policies({ sql: sqlOn(pool), transact, clock: () => new Date() }) : options.policies;
      const consumers = await startConsumers(
        { context: options.context, bus, pool, transact, log, metrics, ...(options.maxDeliveries !== undefined && { maxDeliveries: options.maxDeliveries }) },
        policies,
      );
      return new PolicyHarness(options.context, namespace, url.toString(), admin.toString(), pool, bus, outbox, transact, consumers, policies);
    } catch (error) {
      // A harness that did not start leaves no database or stream behind.
      await outbox?.stop().catch(() => undefined);
      await bus?.jsm.streams.delete(bus.names.stream).catch(() => undefined);
      await bus?.close().catch(() => undefined);
      await pool.end().catch(() => undefined);
      await dropDatabase(admin.toString(), namespace).catch(() => undefined);
      throw error;
    }
  }

  /** SQL on the context's database. */
  get sql(): Sql {
    return sqlOn(this.pool);
  }

  /** Rows of a query on the context's database. */
  async rows<T = Record<string, unknown>>(text: string, ...values: unknown[]): Promise<T[]> {
    return (await this.pool.query(text, values)).rows as T[];
  }

  /** Publishes an event of `contract` as its publisher's outbox relay would (event id as JetStream message id). */
  async publish<C extends EventContract>(contract: C, event: Publication<C>): Promise<EventEnvelope<C["type"], z.output<C["schema"]>>> {
    const from = event.from ?? contract.publisher;
    if (from === "*") throw new Error(`${contract.type} is a request event: say which context publishes it (from)`);
    const data = contract.schema.parse(event.data) as z.output<C["schema"]>;
    const causation = event.causation ?? commandCausation(event.subject);
    return publishEvent(this.bus, from, { type: contract.type, subject: event.subject, data }, causation) as Promise<EventEnvelope<C["type"], z.output<C["schema"]>>>;
  }

  /**
   * Publishes an envelope again under a new message id, as a dead-letter replay or a relay
   * re-publishing after JetStream's duplicate window would: the consumers get it a second time.
   */
  async redeliver(published: EventEnvelope, from = published.source.replace(/^\/contexts\//, "")): Promise<void> {
    await this.bus.js.publish(this.bus.names.eventSubject(from, published.type), JSON.stringify(published), {
      msgID: `${published.id}-again-${randomBytes(4).toString("hex")}`,
    });
  }

  /**
   * Waits until every policy's durable consumer has been given every event in the stream and
   * acknowledged (or terminated) each: what was published so far has had its effect.
   */
  async settled(timeoutMs = 15_000): Promise<void> {
    await waitFor(
      "the consumers to handle every published event",
      async () => {
        for (const p of this.policies) {
          const info = await this.bus.jsm.consumers.info(this.bus.names.stream, this.bus.names.durable(this.context, p.name));
          if (info.num_pending > 0 || info.num_ack_pending > 0) return false;
        }
        return true;
      },
      timeoutMs,
    );
  }

  /** Waits until `query` returns a row that `accept` accepts, and returns it. */
  async waitForRow<T = Record<string, unknown>>(what: string, text: string, values: unknown[], accept: (row: T) => boolean = () => true, timeoutMs = 15_000): Promise<T> {
    return waitFor(what, async () => (await this.rows<T>(text, ...values)).find(accept), timeoutMs);
  }

  /** The events the context's policies recorded in its outbox, in order (optionally of one type). */
  async recorded(type?: string): Promise<EventEnvelope[]> {
    const rows = await this.rows<{ payload: EventEnvelope }>(`SELECT payload FROM platform_outbox ORDER BY seq`);
    return rows.map((r) => r.payload).filter((e) => type === undefined || e.type === type);
  }

  /** Events dead-lettered by the context's consumers. */
  async deadLetters(): Promise<{ consumer: string; eventId: string | null; reason: string }[]> {
    return this.rows(`SELECT consumer, event_id::text AS "eventId", reason FROM platform_dead_letter ORDER BY id`);
  }

  /** Stops the consumers and the relay, then drops the stream and the database. */
  async stop(): Promise<void> {
    await this.consumers.stop();
    await this.outbox.stop();
    await this.bus.jsm.streams.delete(this.bus.names.stream).catch(() => undefined);
    await this.bus.close();
    await this.pool.end();
    await dropDatabase(this.adminUrl, new URL(this.databaseUrl).pathname.slice(1));
  }
}

async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
