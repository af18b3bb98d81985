import { AckPolicy, DeliverPolicy, type ConsumerMessages, type JsMsg } from "@nats-io/jetstream";
import { nanos } from "@nats-io/transport-node";
import type pg from "pg";
import type { EventContract } from "@supergraph/contracts/define";
import type { z } from "zod";
import type { Sql } from "../database.ts";
import type { Logger } from "../logger.ts";
import type { Metrics } from "../metrics.ts";
import { activeContext, CORRELATION_ATTRIBUTE, EVENT_TYPE_ATTRIBUTE, failed, runIn, SpanKind, TRACING_OFF, withSpan, type Span, type Tracing } from "../tracing.ts";
import { tracedFrom, type EventBus } from "./bus.ts";
import { anyEvent, platformEvents } from "@supergraph/contracts/platform";
import { causedBy, parseEnvelope, type EventEnvelope } from "./envelope.ts";
import type { RecordEvents, UnitOfWork } from "./outbox.ts";
import type { Naming } from "./subjects.ts";

/** Thrown by a handler whose event came too early (what it needs is not there yet). */
export class RetryLater extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "RetryLater";
  }
}

/** What a policy reacts to: one event type, named through its publisher's contract. */
export interface Trigger<C extends EventContract = EventContract> {
  readonly contract: C;
}

/**
 * The events a policy reacts to: `on(lectureEvents.LectureOpened)`. Only a contract made by
 * `defineEvents` type-checks, so a policy never names its event by free strings.
 */
export function on<C extends EventContract>(contract: C): Trigger<C> {
  return { contract };
}

/** An event of a contract as a policy gets it: the envelope, its data parsed by the contract's schema. */
export type EnvelopeOf<C extends EventContract> = EventEnvelope<C["type"], z.infer<C["schema"]>>;

/** What a policy does with its events. */
export interface PolicyHandlers<C extends EventContract = EventContract> {
  /**
   * Optional: events of its subject this policy would do nothing with (views' own notices,
   * back on the every-event consumer). They are acknowledged without a transaction or an
   * inbox record: having no effect, they have nothing to apply twice.
   */
  ignore?(event: EnvelopeOf<C>): boolean;
  /**
   * Optional: event types of its subject this policy never uses, known by their subject alone
   * (views' own notices on the every-event consumer, as many as the events it stores in a
   * backlog): acknowledged like `ignore`d events, before their envelope is parsed and checked.
   */
  readonly ignoreUnread?: readonly EventContract[];
  /**
   * Optional, true when the policy's effect is itself a record keyed by the event id, written
   * at most once (`INSERT .. ON CONFLICT (event_id) DO NOTHING`, its other writes only for the
   * rows it inserted): the case timeline. Its row is its inbox, so the platform's inbox insert
   * (a statement per event at low rates) is left out; a redelivery still has no second effect.
   */
  readonly ownInbox?: boolean;
  handle(event: EnvelopeOf<C>, tx: Sql, record: RecordEvents): Promise<void>;
  /**
   * Optional: the same effect as `handle` on each event in order, in fewer statements (set
   * based), for the batches a busy consumer or a backlog makes. When it throws, the
   * batch's events are handled one by one with `handle`.
   */
  handleMany?(events: EnvelopeOf<C>[], tx: Sql, record: RecordEvents): Promise<void>;
}

/**
 * One policy: what a context does when one type of event from one context happens.
 * Its effect and the inbox record share a transaction, so a redelivery has no second effect.
 */
export interface Policy<C extends EventContract = EventContract> extends PolicyHandlers<C> {
  /** Kebab-case name; the durable consumer is `<context>-<name>`. */
  readonly name: string;
  /** The event it reacts to; it subscribes to `eventSubject(contract.publisher, contract.type)`. */
  readonly contract: C;
}

/** The policy `name` that handles the events of `trigger`: `policy("offer-lecture", on(lectureEvents.LectureOpened), { handle })`. */
export function policy<C extends EventContract>(name: string, trigger: Trigger<C>, handlers: PolicyHandlers<C>): Policy<C> {
  const { handle, handleMany, ignore, ignoreUnread, ownInbox } = handlers;
  return {
    name,
    contract: trigger.contract,
    handle,
    ...(handleMany && { handleMany }),
    ...(ignore && { ignore }),
    ...(ignoreUnread && { ignoreUnread }),
    ...(ownInbox && { ownInbox }),
  };
}

/** The subject a policy's durable consumer filters on; `*` as publisher matches a request event from any context. */
export function policySubject(names: Naming, p: Policy): string {
  return names.eventSubject(p.contract.publisher, p.contract.type);
}

export interface ConsumerOptions {
  context: string;
  bus: EventBus;
  pool: pg.Pool;
  transact: UnitOfWork;
  log: Logger;
  metrics: Metrics;
  /** Deliveries after which a failing event is dead-lettered. */
  maxDeliveries?: number;
  /**
   * How long a replica may hold a pulled event unacknowledged before JetStream gives it to
   * another (a replica that died mid-batch); set when the durable consumer is made.
   */
  ackWaitMs?: number;
  /** Off by default: no span per event. */
  tracing?: Tracing;
}

export interface RunningConsumers {
  /** Stops pulling, waits for the events in hand to finish. */
  stop(): Promise<void>;
}

const backoffMs = (delivery: number) => Math.min(10_000, 100 * 2 ** (delivery - 1));
/**
 * An event that came early (RetryLater) usually waits for a transaction milliseconds from
 * its commit (an enrolment counted before its lecture is known here): its first retries
 * come sooner, and growing faster, its retries still span longer (17 s in 8 deliveries) before it is
 * dead-lettered, for a commit slowed down by load.
 */
const earlyBackoffMs = (delivery: number) => Math.min(10_000, 20 * 3 ** (delivery - 1));

/**
 * Events one consumer applies in one transaction, at most. Whatever arrived while the last
 * batch was being written makes the next one: one event at a time when events are few, and
 * under load or for a backlog, one commit (and one inbox insert, one statement per handler)
 * for many. A restarted views consumer drained its backlog at 350 events/s with a transaction
 * per event, and 10,000 events in 3.6 s in batches of 128 (bench/event-path.ts); batches of
 * 1,000 spread a batch's round trips and statements over eight times as many events (see
 * FIRST_BATCH for how a batch grows to it).
 */
const BATCH = 1_000;
/**
 * A first batch takes at most this many; each full batch with more waiting (a backlog) lets the
 * next take twice as many, up to BATCH, and a batch that was not full starts again from here. A
 * burst of a few hundred is still spread over the replicas sharing the durable, and a replica
 * that dies mid-burst holds no more than this unapplied at first.
 */
const FIRST_BATCH = 128;
/**
 * Events pulled and waiting for their batch, at most (they are JetStream's to redeliver until
 * acked): the next batch is in hand when the last one commits.
 */
const QUEUED = 2 * BATCH;
/** Unacknowledged events JetStream lets a durable have out: those queued and the batch in hand, and some. */
const MAX_ACK_PENDING = 4 * BATCH;

type Checked = { event: EventEnvelope } | { eventId: string | null; reason: string; parked?: EventEnvelope };
interface Pulled {
  msg: JsMsg;
  event: EventEnvelope;
  /** Its consumer span, while tracing: child of the relay's, from the message's headers. */
  span?: Span;
}

/**
 * Starts one durable pull consumer per policy. Replicas of the context share the durable,
 * so each event is handled once across them.
 */
export async function startConsumers(
  options: ConsumerOptions,
  policies: readonly Policy[],
): Promise<RunningConsumers> {
  const { bus, log, metrics } = options;
  const tracing = options.tracing ?? TRACING_OFF;
  const maxDeliveries = options.maxDeliveries ?? 8;
  const running: { messages: ConsumerMessages; done: Promise<void> }[] = [];

  /**
   * Parks an event as a dead letter. When it is an event (not a malformed message), the same
   * transaction records the platform's `EventParked` notice in the case (same correlation,
   * caused by the parked event), so the case timeline shows what waits for an operator; a
   * parked `EventParked` gets no notice of its own.
   */
  async function deadLetter(durable: string, msg: JsMsg, eventId: string | null, reason: string, parked?: EventEnvelope, span?: Span): Promise<void> {
    const payload = new TextDecoder().decode(msg.data);
    const insert = `INSERT INTO platform_dead_letter (consumer, subject, event_id, reason, deliveries, payload) VALUES ($1, $2, $3, $4, $5, $6)`;
    const values = [durable, msg.subject, eventId, reason, msg.info.deliveryCount, payload];
    if (span) failed(span, new Error(reason));
    if (parked && parked.type !== platformEvents.EventParked.type) {
      await inContextOf(span, () => options.transact(async (tx, record) => {
        await tx.$executeRawUnsafe(insert, ...values);
        await record(
          [{ type: platformEvents.EventParked.type, subject: parked.subject, data: { consumer: durable, eventId: parked.id, eventType: parked.type, reason } }],
          causedBy(parked),
        );
      }));
    } else {
      await options.pool.query(insert, values);
    }
    metrics.deadLetters.inc({ consumer: durable });
    metrics.eventsHandled.inc({ consumer: durable, outcome: "dead_lettered" });
    log.error({ consumer: durable, subject: msg.subject, eventId, reason }, "event dead-lettered");
    // Without a reason (it is in the row and the log): nats-server before 2.10 ignores "+TERM <reason>",
    // so the message stayed unacknowledged and came back after ack_wait, to be parked a second time.
    msg.term();
  }

  /** The event in a message, or why it can never be handled (it is dead-lettered at once). */
  function check(p: Policy, msg: JsMsg): Checked {
    const parsed = parseEnvelope(msg.data);
    if ("error" in parsed) return { eventId: null, reason: `malformed envelope: ${parsed.error}` };
    // `anyEvent` (type "*") takes every type; any other policy only its contract's.
    if (p.contract.type !== anyEvent.type && parsed.type !== p.contract.type) return { eventId: parsed.id, reason: `unknown event type ${parsed.type}`, parked: parsed };
    const data = p.contract.schema.safeParse(parsed.data);
    if (!data.success) return { eventId: parsed.id, reason: `malformed data: ${data.error.issues[0]?.message}`, parked: parsed };
    return { event: { ...parsed, data: data.data } };
  }

  /**
   * Applies events in stream order in one transaction with their inbox records (an event
   * already in the inbox is a redelivery: skipped), then acknowledges them. Returns null when
   * committed; else the index of the event whose handler threw (the batch's length when the
   * transaction failed as a whole), and the error.
   */
  async function applyTogether(p: Policy, durable: string, batch: Pulled[]): Promise<{ at: number; error: unknown } | null> {
    let reached = batch.length;
    try {
      const applied = await options.transact(async (tx, record) => {
        const fresh = p.ownInbox
          ? new Set(batch.map((b) => b.event.id))
          : new Set(
              (
                await tx.$queryRawUnsafe<{ id: string }[]>(
                  `INSERT INTO platform_inbox (consumer, event_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING RETURNING event_id::text AS id`,
                  durable,
                  batch.map((b) => b.event.id),
                )
              ).map((r) => r.id),
            );
        const outcomes: boolean[] = [];
        if (p.handleMany && batch.length > 1) {
          for (const { event } of batch) outcomes.push(fresh.delete(event.id));
          const events = batch.filter((_, i) => outcomes[i]).map((b) => b.event);
          if (events.length > 0) await p.handleMany(events, tx, tracing.enabled ? recordInSpanOf(batch, record) : record);
          return outcomes;
        }
        for (reached = 0; reached < batch.length; reached++) {
          const { event, span } = batch[reached]!;
          // A redelivery in the same batch as its original is skipped like any other.
          const first = fresh.delete(event.id);
          outcomes.push(first);
          if (first) await inContextOf(span, () => p.handle(event, tx, record));
        }
        reached = batch.length;
        return outcomes;
      });
      batch.forEach(({ msg }, i) => {
        msg.ack();
        metrics.eventsHandled.inc({ consumer: durable, outcome: applied[i] ? "applied" : "duplicate" });
      });
      return null;
    } catch (error) {
      return { at: reached, error };
    }
  }

  /** An event that failed: retried later (with backoff), or dead-lettered after the last delivery. */
  async function settleFailed(durable: string, { msg, event, span }: Pulled, error: unknown): Promise<void> {
    const delivery = msg.info.deliveryCount;
    if (delivery >= maxDeliveries) {
      return deadLetter(durable, msg, event.id, `failed ${delivery} times: ${(error as Error).message}`, event, span);
    }
    if (span) {
      if (error instanceof RetryLater) span.addEvent("retry later", { reason: error.message });
      else failed(span, error);
    }
    if (!(error instanceof RetryLater)) {
      log.warn({ consumer: durable, eventId: event.id, delivery, err: error }, "event handler failed; will retry");
    }
    metrics.eventsHandled.inc({ consumer: durable, outcome: "retried" });
    msg.nak(error instanceof RetryLater ? earlyBackoffMs(delivery) : backoffMs(delivery));
  }

  /**
   * Handles pulled messages in stream order: those that can never be handled are
   * dead-lettered, the rest applied together. When one event's handler throws, the events
   * before it are applied together again, it is retried later (with backoff) or
   * dead-lettered, and the batch goes on after it.
   */
  async function handleBatch(p: Policy, durable: string, unread: ReadonlySet<string>, msgs: JsMsg[]): Promise<void> {
    const ready: Pulled[] = [];
    try {
      for (const msg of msgs) {
        if (unread.has(msg.subject)) {
          msg.ack();
          metrics.eventsHandled.inc({ consumer: durable, outcome: "ignored" });
          continue;
        }
        const checked = check(p, msg);
        if ("event" in checked && p.ignore?.(checked.event)) {
          msg.ack();
          metrics.eventsHandled.inc({ consumer: durable, outcome: "ignored" });
        } else if ("event" in checked) ready.push({ msg, event: checked.event, ...(tracing.enabled && { span: consumeSpan(durable, msg, checked.event) }) });
        else await deadLetter(durable, msg, checked.eventId, checked.reason, checked.parked);
      }
      await applyInSegments(p, durable, ready);
    } finally {
      for (const { span } of ready) span?.end();
    }
  }

  /**
   * One span per event, not one per batch with links: a batch mixes cases, and a link would
   * leave the handling out of each case's trace. It costs a span object per event while
   * tracing is on (the batch's transaction costs milliseconds) and nothing while it is off.
   */
  function consumeSpan(durable: string, msg: JsMsg, event: EventEnvelope): Span {
    return tracing.start(`consume ${event.type}`, SpanKind.CONSUMER, tracedFrom(tracing, msg.headers), {
      [CORRELATION_ATTRIBUTE]: event.correlationid,
      [EVENT_TYPE_ATTRIBUTE]: event.type,
      "messaging.system": "nats",
      "messaging.consumer.group.name": durable,
      "messaging.message.id": event.id,
      "messaging.destination.name": msg.subject,
    });
  }

  /** What `handleMany` records is recorded in the span of the event that caused it (its causation). */
  function recordInSpanOf(batch: Pulled[], record: RecordEvents): RecordEvents {
    const spans = new Map(batch.map((b) => [b.event.id, b.span]));
    return (events, causation) => inContextOf(spans.get(causation.causationId), () => record(events, causation));
  }

  async function applyInSegments(p: Policy, durable: string, ready: Pulled[]): Promise<void> {
    const segments = [ready];
    while (segments.length > 0) {
      const segment = segments.shift()!;
      if (segment.length === 0) continue;
      const failure = await applyTogether(p, durable, segment);
      if (failure === null) continue;
      if (segment.length === 1) {
        await settleFailed(durable, segment[0]!, failure.error);
      } else if (failure.at >= segment.length) {
        // Not one handler's doing (the commit, the database): each event on its own.
        segments.unshift(...segment.map((pulled) => [pulled]));
      } else {
        await settleFailed(durable, segment[failure.at]!, failure.error);
        segments.unshift(segment.slice(0, failure.at), segment.slice(failure.at + 1));
      }
    }
  }

  for (const p of policies) {
    const durable = bus.names.durable(options.context, p.name);
    const filter = policySubject(bus.names, p);
    const unread = new Set((p.ignoreUnread ?? []).map((c) => bus.names.eventSubject(c.publisher, c.type)));
    try {
      const info = await bus.jsm.consumers.info(bus.names.stream, durable);
      // A durable made before batches grew: let it have the batches out.
      if ((info.config.max_ack_pending ?? 0) < MAX_ACK_PENDING) {
        await bus.jsm.consumers.update(bus.names.stream, durable, { max_ack_pending: MAX_ACK_PENDING }).catch((error: unknown) => {
          log.warn({ consumer: durable, err: error }, "could not raise max_ack_pending; batches stay smaller");
        });
      }
    } catch {
      await bus.jsm.consumers
        .add(bus.names.stream, {
          durable_name: durable,
          filter_subject: filter,
          ack_policy: AckPolicy.Explicit,
          deliver_policy: DeliverPolicy.All,
          ack_wait: nanos(options.ackWaitMs ?? 30_000),
          max_ack_pending: MAX_ACK_PENDING,
        })
        .catch(async (error) => {
          // Created meanwhile by a sibling replica.
          await bus.jsm.consumers.info(bus.names.stream, durable).catch(() => {
            throw error;
          });
        });
    }
    const consumer = await bus.js.consumers.get(bus.names.stream, durable);
    const messages = await consumer.consume({ max_messages: BATCH });
    const queue: JsMsg[] = [];
    let ended = false;
    let arrived: (() => void) | undefined;
    let drained: (() => void) | undefined;
    const reading = (async () => {
      for await (const msg of messages) {
        queue.push(msg);
        arrived?.();
        if (queue.length >= QUEUED) await new Promise<void>((resolve) => (drained = resolve));
      }
      ended = true;
      arrived?.();
    })();
    const done = (async () => {
      let size = FIRST_BATCH;
      for (;;) {
        if (queue.length === 0) {
          if (ended) break;
          await new Promise<void>((resolve) => (arrived = resolve));
          arrived = undefined;
          continue;
        }
        const batch = queue.splice(0, size);
        drained?.();
        drained = undefined;
        try {
          await handleBatch(p, durable, unread, batch);
        } catch (error) {
          // Only a dead-letter write itself can land here (database down): retry those later.
          log.error({ consumer: durable, err: error }, "could not handle or dead-letter events");
          for (const msg of batch) msg.nak(backoffMs(msg.info.deliveryCount));
        }
        size = batch.length === size && queue.length > 0 ? Math.min(BATCH, 2 * size) : FIRST_BATCH;
      }
      await reading;
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

/** Runs `work` with `span` active (as is, without one). */
function inContextOf<T>(span: Span | undefined, work: () => T): T {
  return span ? runIn(withSpan(activeContext(), span), work) : work();
}
