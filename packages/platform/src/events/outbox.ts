import type pg from "pg";
import { checkOut, inTransaction, sqlOn, type Sql } from "../database.ts";
import type { Logger } from "../logger.ts";
import type { Metrics } from "../metrics.ts";
import { CORRELATION_ATTRIBUTE, EVENT_TYPE_ATTRIBUTE, failed, SpanKind, TRACING_OFF, type Span, type Tracing } from "../tracing.ts";
import { type EventBus, traceHeaders } from "./bus.ts";
import { envelope, type Causation, type DomainEvent, type EventEnvelope } from "./envelope.ts";
import { streamPublisher, type StreamMessage } from "./stream-publisher.ts";

/** Records events in the outbox table, inside the caller's transaction. */
export type RecordEvents = (events: readonly DomainEvent[], causation: Causation) => Promise<EventEnvelope[]>;

/**
 * Runs `work` in one database transaction in which it may record events; they are
 * published by the relay after the commit, never from inside the transaction.
 */
export type UnitOfWork = <R>(work: (tx: Sql, record: RecordEvents) => Promise<R>) => Promise<R>;

export interface Outbox {
  /** The outbox rows of these events, made now (envelopes, and while tracing the current traceparent), for `insert`. */
  prepare(events: readonly DomainEvent[], causation: Causation): OutboxInsert;
  /** Writes prepared rows (of one or several record calls) in one statement, in order, through the given transaction. */
  insert(tx: Sql, rows: OutboxInsert): Promise<void>;
  /** Asks the relay to publish now rather than at its next poll. */
  wake(): void;
  stop(): Promise<void>;
  /** Events not yet published. */
  pending(): Promise<number>;
}

/**
 * Transactions on a pg pool (see {@link Sql} for why not Prisma's), their events through the
 * outbox. Records made in the same tick (`Promise.all` over a batch's cases, each with its own
 * causation) share one INSERT; each record's promise still resolves once its rows are written.
 */
export function unitOfWork(pool: pg.Pool, outbox: Outbox): UnitOfWork {
  return async (work) => {
    let recorded = false;
    const result = await inTransaction(pool, (client) => {
      const tx = sqlOn(client);
      let queued: { rows: OutboxInsert; resolve: () => void; reject: (error: unknown) => void }[] = [];
      const flush = () => {
        const group = queued;
        queued = [];
        outbox.insert(tx, mergeInserts(group.map((q) => q.rows))).then(
          () => group.forEach((q) => q.resolve()),
          (error: unknown) => group.forEach((q) => q.reject(error)),
        );
      };
      return work(tx, async (events, causation) => {
        // Made now, in the caller's (trace) context; written with whatever else is recorded this tick.
        const rows = outbox.prepare(events, causation);
        if (rows.envelopes.length === 0) return rows.envelopes;
        recorded = true;
        await new Promise<void>((resolve, reject) => {
          queued.push({ rows, resolve, reject });
          if (queued.length === 1) queueMicrotask(flush);
        });
        return rows.envelopes;
      });
    });
    if (recorded) outbox.wake();
    return result;
  };
}

/** Outbox rows made for one record call, not yet written. */
export interface OutboxInsert {
  envelopes: EventEnvelope[];
  /** The recording context's W3C traceparent per row (null: untraced), while tracing. */
  traceparents: (string | null)[] | null;
}

function mergeInserts(inserts: OutboxInsert[]): OutboxInsert {
  if (inserts.length === 1) return inserts[0]!;
  const traced = inserts.some((i) => i.traceparents !== null);
  return {
    envelopes: inserts.flatMap((i) => i.envelopes),
    traceparents: traced ? inserts.flatMap((i) => i.traceparents ?? i.envelopes.map(() => null)) : null,
  };
}

export interface RelayOptions {
  context: string;
  pool: pg.Pool;
  bus: EventBus;
  log: Logger;
  metrics: Metrics;
  /** Poll period for events written by other replicas or left by a crash. */
  pollMs?: number;
  batchSize?: number;
  /** Off by default: no traceparent stored, no span. */
  tracing?: Tracing;
}

const RELAY_LOCK = 7_412_002;

/**
 * The transactional outbox and its relay. The relay publishes unpublished rows in order,
 * with the event id as JetStream message id (the server drops a re-publish within its
 * duplicate window; consumers' inboxes drop it after), then marks them published. One
 * replica at a time relays (advisory lock), so order is kept.
 */
export function startOutbox(options: RelayOptions): Outbox {
  const { pool, bus, log, metrics } = options;
  const tracing = options.tracing ?? TRACING_OFF;
  const pollMs = options.pollMs ?? 250;
  const batchSize = options.batchSize ?? 256;
  let running = true;
  let wakeUp: (() => void) | undefined;
  let woken = false;
  const publisher = streamPublisher(bus.nc);

  /*
   * A batch costs two round trips to PostgreSQL: the transaction begins, takes the relay
   * lock and reads in one simple-protocol query, and marks and commits in another (five
   * round trips with a statement each, for every event at low load). Every value
   * spliced into the text is a number: the constants, and seq values read from the table.
   */
  const select = `BEGIN; SELECT seq, id, subject, payload::text AS payload, traceparent FROM platform_outbox
    WHERE published_at IS NULL AND pg_try_advisory_xact_lock(${RELAY_LOCK}) ORDER BY seq LIMIT ${Math.trunc(batchSize)}`;

  async function relayBatch(): Promise<number> {
    const client = await checkOut(pool);
    let published = 0;
    try {
      const [, read] = (await client.query(select)) as unknown as [pg.QueryResult, pg.QueryResult<OutboxRow>];
      const rows = read.rows;
      if (rows.length > 0) {
        await publishRows(rows);
        const seqs = rows.map((r) => BigInt(r.seq).toString()).join(",");
        await client.query(`UPDATE platform_outbox SET published_at = now() WHERE seq = ANY('{${seqs}}'::bigint[]); COMMIT`);
      } else {
        await client.query("COMMIT");
      }
      published = rows.length;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
    metrics.outboxPublished.inc(published);
    return published;
  }

  /**
   * Publishes a batch's rows in order, all at once. A row recorded in a trace gets a producer
   * span, child of the context that recorded it, whose own context travels as the message's
   * `traceparent` header to every consumer; it ends when the batch is stored.
   */
  async function publishRows(rows: OutboxRow[]): Promise<void> {
    const spans: Span[] = [];
    const messages = rows.map((row): StreamMessage => {
      if (!row.traceparent || !tracing.enabled) return { subject: row.subject, payload: row.payload, msgID: row.id };
      const span = producerSpan(row);
      spans.push(span);
      return { subject: row.subject, payload: row.payload, msgID: row.id, headers: traceHeaders(tracing, span) };
    });
    try {
      await publisher.publishAll(messages, 5_000);
    } catch (error) {
      for (const span of spans) failed(span, error);
      throw error;
    } finally {
      for (const span of spans) span.end();
    }
  }

  function producerSpan(row: OutboxRow): Span {
    const recorded = tracing.extract({ get: (name) => (name === "traceparent" ? (row.traceparent ?? undefined) : undefined) });
    const { type, correlationid } = JSON.parse(row.payload) as { type: string; correlationid: string };
    return tracing.start(`publish ${type}`, SpanKind.PRODUCER, recorded, {
      [CORRELATION_ATTRIBUTE]: correlationid,
      [EVENT_TYPE_ATTRIBUTE]: type,
      "messaging.system": "nats",
      "messaging.destination.name": row.subject,
      "messaging.message.id": row.id,
    });
  }

  async function pending(): Promise<number> {
    const r = await pool.query<{ n: string }>(`SELECT count(*) AS n FROM platform_outbox WHERE published_at IS NULL`);
    const n = Number(r.rows[0]?.n ?? 0);
    metrics.outboxPending.set(n);
    return n;
  }

  const loop = (async () => {
    let failures = 0;
    let lastPrune = 0;
    // Counting after every batch was a sixth of the relay's queries under load: the gauge is
    // counted at most once a second while events flow, and once more when they stop.
    let lastCount = 0;
    let uncounted = false;
    while (running) {
      try {
        let published: number;
        do published = await relayBatch();
        while (published === batchSize && running);
        failures = 0;
        uncounted ||= published > 0;
        if (uncounted && (published === 0 || Date.now() - lastCount > 1_000)) {
          uncounted = false;
          lastCount = Date.now();
          await pending();
        }
        if (Date.now() - lastPrune > 3_600_000) {
          lastPrune = Date.now();
          await pool.query(`DELETE FROM platform_outbox WHERE published_at < now() - interval '1 day'`);
        }
      } catch (error) {
        failures++;
        if (failures === 1 || failures % 20 === 0) log.warn({ err: error, failures }, "outbox relay failed; will retry");
      }
      if (!running) break;
      const wait = failures > 0 ? Math.min(5_000, pollMs * 2 ** Math.min(failures, 5)) : pollMs;
      if (!woken) await new Promise<void>((resolve) => {
        wakeUp = resolve;
        setTimeout(resolve, wait).unref();
      });
      woken = false;
      wakeUp = undefined;
    }
  })();

  return {
    prepare,
    insert,
    wake() {
      woken = true;
      wakeUp?.();
    },
    async stop() {
      running = false;
      wakeUp?.();
      await loop;
      // What the last requests and handlers recorded while the loop was finishing its batch:
      // publish it now rather than leave it to another replica or the next start.
      try {
        while ((await relayBatch()) === batchSize);
      } catch (error) {
        log.warn({ err: error }, "final outbox relay failed; another replica or the next start publishes the rest");
      }
      publisher.close();
    },
    pending,
  };

  function prepare(events: readonly DomainEvent[], causation: Causation): OutboxInsert {
    const envelopes = events.map((event) => envelope(options.context, event, causation));
    if (!tracing.enabled || envelopes.length === 0) return { envelopes, traceparents: null };
    // Stores the recording context's traceparent with each row, and names the case of its trace.
    tracing.mark(causation.correlationId);
    const traceparent = tracing.traceparent() ?? null;
    return { envelopes, traceparents: envelopes.map(() => traceparent) };
  }

  /**
   * One statement for all of them; rows take their seq in array order. The payloads go as one
   * JSON array (one text parameter): as a jsonb[] parameter, pg escaped every quote of every
   * payload, 8% of views' CPU draining a backlog.
   */
  async function insert(tx: Sql, { envelopes, traceparents }: OutboxInsert): Promise<void> {
    if (envelopes.length === 0) return;
    const subjects = envelopes.map((e) => bus.names.eventSubject(options.context, e.type));
    await tx.$executeRawUnsafe(
      `INSERT INTO platform_outbox (id, subject, payload, traceparent)
       SELECT (p.payload->>'id')::uuid, s.subject, p.payload, t.traceparent
       FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS p (payload, ord)
       JOIN unnest($2::text[]) WITH ORDINALITY AS s (subject, ord) USING (ord)
       LEFT JOIN unnest($3::text[]) WITH ORDINALITY AS t (traceparent, ord) USING (ord)
       ORDER BY ord`,
      JSON.stringify(envelopes),
      subjects,
      traceparents,
    );
  }
}

interface OutboxRow {
  seq: string;
  id: string;
  subject: string;
  payload: string;
  /** W3C traceparent of the context that recorded the event (null: recorded untraced). */
  traceparent: string | null;
}
