import { AckPolicy, DeliverPolicy, type ConsumerMessages, type JsMsg } from "@nats-io/jetstream";
import { nanos } from "@nats-io/transport-node";
import type pg from "pg";
import type { z } from "zod";
import type { SqlExecutor } from "../database.ts";
import type { Logger } from "../logger.ts";
import type { Metrics } from "../metrics.ts";
import type { EventBus } from "./bus.ts";
import { parseEnvelope, type EventEnvelope } from "./envelope.ts";
import type { RecordEvents, UnitOfWork } from "./outbox.ts";

/** Thrown by a handler whose event came too early (what it needs is not there yet). */
export class RetryLater extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "RetryLater";
  }
}

/**
 * One policy: what a context does when one type of event from one context happens.
 * Its effect and the inbox record share a transaction, so a redelivery has no second effect.
 */
export interface Policy<Tx extends SqlExecutor, Schema extends z.ZodType = z.ZodType> {
  /** Kebab-case name; the durable consumer is `<context>-<name>`. */
  readonly name: string;
  /** The producing context and event type it reacts to. */
  readonly from: string;
  readonly event: string;
  /** The event's `data` schema, from the producer's published event types. */
  readonly schema: Schema;
  handle(event: EventEnvelope<string, z.infer<Schema>>, tx: Tx, record: RecordEvents): Promise<void>;
}

/** Helper that infers the data type of a policy from its schema. */
export function policy<Tx extends SqlExecutor, Schema extends z.ZodType>(p: Policy<Tx, Schema>): Policy<Tx, Schema> {
  return p;
}

export interface ConsumerOptions<Tx extends SqlExecutor> {
  context: string;
  bus: EventBus;
  pool: pg.Pool;
  transact: UnitOfWork<Tx>;
  log: Logger;
  metrics: Metrics;
  /** Deliveries after which a failing event is dead-lettered. */
  maxDeliveries?: number;
  /**
   * How long a replica may hold a pulled event unacknowledged before JetStream gives it to
   * another (a replica that died mid-batch); set when the durable consumer is made.
   */
  ackWaitMs?: number;
}

export interface RunningConsumers {
  /** Stops pulling, waits for the events in hand to finish. */
  stop(): Promise<void>;
}

const backoffMs = (delivery: number) => Math.min(10_000, 100 * 2 ** (delivery - 1));
/**
 * An event that came early (RetryLater) usually waits for a transaction milliseconds from
 * its commit (a payment confirmed before its registration is written): its first retries
 * come sooner, and growing faster, its retries still span longer (17 s in 8 deliveries) before it is
 * dead-lettered, for a commit slowed down by load.
 */
const earlyBackoffMs = (delivery: number) => Math.min(10_000, 20 * 3 ** (delivery - 1));

/**
 * Events one consumer handles at once. Events about the same entity (the envelope's
 * subject) are still handled one after another, in stream order; the others overlap their
 * database round trips, which bound a consumer handling one event at a time (a restarted
 * views consumer drained its backlog at ~130 events/s using 40% of a core;
 * bench/event-path.ts).
 */
const IN_FLIGHT = 8;

/**
 * Starts one durable pull consumer per policy. Replicas of the context share the durable,
 * so each event is handled once across them.
 */
export async function startConsumers<Tx extends SqlExecutor>(
  options: ConsumerOptions<Tx>,
  policies: readonly Policy<Tx>[],
): Promise<RunningConsumers> {
  const { bus, log, metrics } = options;
  const maxDeliveries = options.maxDeliveries ?? 8;
  const running: { messages: ConsumerMessages; done: Promise<void> }[] = [];

  async function deadLetter(durable: string, msg: JsMsg, eventId: string | null, reason: string): Promise<void> {
    await options.pool.query(
      `INSERT INTO platform_dead_letter (consumer, subject, event_id, reason, deliveries, payload) VALUES ($1, $2, $3, $4, $5, $6)`,
      [durable, msg.subject, eventId, reason, msg.info.deliveryCount, new TextDecoder().decode(msg.data)],
    );
    metrics.deadLetters.inc({ consumer: durable });
    metrics.eventsHandled.inc({ consumer: durable, outcome: "dead_lettered" });
    log.error({ consumer: durable, subject: msg.subject, eventId, reason }, "event dead-lettered");
    msg.term(reason);
  }

  async function handle(p: Policy<Tx>, durable: string, msg: JsMsg, parsed: ReturnType<typeof parseEnvelope>): Promise<void> {
    if ("error" in parsed) return deadLetter(durable, msg, null, `malformed envelope: ${parsed.error}`);
    if (parsed.type !== p.event) return deadLetter(durable, msg, parsed.id, `unknown event type ${parsed.type}`);
    const data = p.schema.safeParse(parsed.data);
    if (!data.success) return deadLetter(durable, msg, parsed.id, `malformed data: ${data.error.issues[0]?.message}`);
    const event = { ...parsed, data: data.data };
    try {
      const applied = await options.transact(async (tx, record) => {
        const inserted = await tx.$executeRawUnsafe(
          `INSERT INTO platform_inbox (consumer, event_id) VALUES ($1, $2::uuid) ON CONFLICT DO NOTHING`,
          durable,
          event.id,
        );
        if (inserted === 0) return false;
        await p.handle(event, tx, record);
        return true;
      });
      msg.ack();
      metrics.eventsHandled.inc({ consumer: durable, outcome: applied ? "applied" : "duplicate" });
    } catch (error) {
      const delivery = msg.info.deliveryCount;
      if (delivery >= maxDeliveries) {
        return deadLetter(durable, msg, event.id, `failed ${delivery} times: ${(error as Error).message}`);
      }
      if (!(error instanceof RetryLater)) {
        log.warn({ consumer: durable, eventId: event.id, delivery, err: error }, "event handler failed; will retry");
      }
      metrics.eventsHandled.inc({ consumer: durable, outcome: "retried" });
      msg.nak(error instanceof RetryLater ? earlyBackoffMs(delivery) : backoffMs(delivery));
    }
  }

  for (const p of policies) {
    const durable = bus.names.durable(options.context, p.name);
    const filter = bus.names.eventSubject(p.from, p.event);
    try {
      await bus.jsm.consumers.info(bus.names.stream, durable);
    } catch {
      await bus.jsm.consumers
        .add(bus.names.stream, {
          durable_name: durable,
          filter_subject: filter,
          ack_policy: AckPolicy.Explicit,
          deliver_policy: DeliverPolicy.All,
          ack_wait: nanos(options.ackWaitMs ?? 30_000),
          max_ack_pending: 1_000,
        })
        .catch(async (error) => {
          // Created meanwhile by a sibling replica.
          await bus.jsm.consumers.info(bus.names.stream, durable).catch(() => {
            throw error;
          });
        });
    }
    const consumer = await bus.js.consumers.get(bus.names.stream, durable);
    const messages = await consumer.consume({ max_messages: 64 });
    const handleOrRetry = async (msg: JsMsg, parsed: ReturnType<typeof parseEnvelope>) => {
      try {
        await handle(p, durable, msg, parsed);
      } catch (error) {
        // Only the dead-letter write itself can land here (database down): retry later.
        log.error({ consumer: durable, err: error }, "could not handle or dead-letter event");
        msg.nak(backoffMs(msg.info.deliveryCount));
      }
    };
    const done = (async () => {
      const inFlight = new Set<Promise<void>>();
      // The latest handling per entity: the entity's next event starts once it has ended.
      const latest = new Map<string, Promise<void>>();
      for await (const msg of messages) {
        const parsed = parseEnvelope(msg.data);
        const entity = "error" in parsed ? "" : parsed.subject;
        const handling = (latest.get(entity) ?? Promise.resolve()).then(() => handleOrRetry(msg, parsed));
        latest.set(entity, handling);
        inFlight.add(handling);
        void handling.then(() => {
          inFlight.delete(handling);
          if (latest.get(entity) === handling) latest.delete(entity);
        });
        if (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
      }
      await Promise.all(inFlight);
    })();
    running.push({ messages, done });
  }
  log.info({ policies: policies.map((p) => p.name) }, "consumers started");

  return {
    async stop() {
      for (const r of running) await r.messages.close().catch(() => undefined);
      await Promise.all(running.map((r) => r.done));
    },
  };
}
