import { AckPolicy, DeliverPolicy, type JsMsg } from "@nats-io/jetstream";
import { nanos } from "@nats-io/transport-node";
import { parseEnvelope, tracedFrom, TRACING_OFF, type Context, type EventBus, type EventEnvelope, type Logger, type Tracing } from "@supergraph/platform";
import { streamTag, type StreamBounds } from "./cursor.ts";

/** A listener of the feed; `origin` is the trace context the event's message carried (live events only, while tracing). */
export type FeedListener = (seq: number, event: EventEnvelope, origin?: Context) => void;

/**
 * The router's view of the event stream: one ordered (ephemeral, unacknowledged) JetStream
 * consumer per router process dispatches every event in stream order; `replay` reads a past
 * range for subscribers that resume from a cursor.
 */
export interface EventFeed {
  /** Stream sequence of the last event dispatched live. */
  lastSeq(): number;
  /** The tag of the stream this feed reads (its creation time), part of every cursor. */
  readonly stream: string;
  /**
   * What the stream holds now, asked of the server: for cursors the feed cannot judge by
   * itself (ahead of what it dispatched, or older, where limits or a purge may have dropped events).
   */
  bounds(): Promise<StreamBounds>;
  onEvent(listener: FeedListener): () => void;
  /** Calls `onEvent` for every event with `after` < seq <= `until`, in order. */
  replay(after: number, until: number, onEvent: FeedListener): Promise<void>;
  stop(): Promise<void>;
}

function decode(msg: JsMsg): EventEnvelope | null {
  const parsed = parseEnvelope(msg.data);
  return "error" in parsed ? null : parsed;
}

export async function startEventFeed(bus: EventBus, log: Logger, tracing: Tracing = TRACING_OFF): Promise<EventFeed> {
  const listeners = new Set<FeedListener>();
  const info = await bus.jsm.streams.info(bus.names.stream);
  let last = info.state.last_seq;
  const consumer = await bus.js.consumers.get(bus.names.stream, {
    deliver_policy: DeliverPolicy.StartSequence,
    opt_start_seq: last + 1,
  });
  const messages = await consumer.consume();
  const done = (async () => {
    for await (const msg of messages) {
      last = msg.seq;
      const event = decode(msg);
      if (!event) continue;
      const origin = tracing.enabled ? tracedFrom(tracing, msg.headers) : undefined;
      for (const listener of listeners) {
        try {
          listener(msg.seq, event, origin);
        } catch (error) {
          log.error({ err: error, seq: msg.seq }, "live listener failed");
        }
      }
    }
  })();

  return {
    lastSeq: () => last,
    stream: streamTag(info.created),
    async bounds() {
      const { created, state } = await bus.jsm.streams.info(bus.names.stream);
      return { stream: streamTag(created), first: state.first_seq, last: state.last_seq };
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async replay(after, until, onEvent) {
      if (after >= until) return;
      // A bounded range: an ephemeral pull consumer read with fetches that expire, so a
      // replay always ends.
      const created = await bus.jsm.consumers.add(bus.names.stream, {
        ack_policy: AckPolicy.None,
        deliver_policy: DeliverPolicy.StartSequence,
        opt_start_seq: after + 1,
        inactive_threshold: nanos(60_000),
        mem_storage: true,
      });
      try {
        const range = await bus.js.consumers.get(bus.names.stream, created.name);
        let seq = after;
        while (seq < until) {
          let got = 0;
          for await (const msg of await range.fetch({ max_messages: Math.min(256, until - seq), expires: 2_000 })) {
            got++;
            seq = msg.seq;
            if (seq > until) break;
            const event = decode(msg);
            if (event) onEvent(seq, event);
          }
          if (got === 0) break;
        }
      } finally {
        await bus.jsm.consumers.delete(bus.names.stream, created.name).catch(() => undefined);
      }
    },
    async stop() {
      await messages.close().catch(() => undefined);
      await done;
    },
  };
}
