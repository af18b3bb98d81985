import { jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from "@nats-io/jetstream";
import { connect, headers, nanos, type MsgHdrs, type NatsConnection } from "@nats-io/transport-node";
import type { Logger } from "../logger.ts";
import { activeContext, withSpan, type Context, type Span, type Tracing } from "../tracing.ts";
import { naming, type Naming } from "./subjects.ts";

/** One NATS connection per process, with its JetStream handles and naming. */
export interface EventBus {
  readonly nc: NatsConnection;
  readonly js: JetStreamClient;
  readonly jsm: JetStreamManager;
  readonly names: Naming;
  isConnected(): boolean;
  close(): Promise<void>;
}

export interface BusOptions {
  url: string;
  namespace: string;
  /** Connection name shown by the server. */
  name: string;
  /** How long JetStream remembers a message id to drop a re-published duplicate. */
  duplicateWindowMs?: number;
  /** Replicas of the event stream (at most the number of JetStream servers). */
  streamReplicas?: number;
  log: Logger;
}

/**
 * Connects to NATS (retrying for ever, so a NATS restart is survived), and makes sure the
 * namespace's event stream exists. Several processes may call this at once.
 */
export async function connectBus(options: BusOptions): Promise<EventBus> {
  const nc = await connect({
    servers: options.url,
    name: options.name,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 500,
    waitOnFirstConnect: true,
    // Without it every request (each JetStream publish of the relay, each sync call) builds an
    // Error with a stack trace for its timer up front, in case it fails, and another for its
    // context: about a tenth of views' CPU draining a backlog. (A third, "cancelled", is built
    // on every answered request whatever this says: nats-core's RequestOne.cancel.)
    noAsyncTraces: true,
  });
  let connected = true;
  void (async () => {
    for await (const status of nc.status()) {
      if (status.type === "disconnect") {
        connected = false;
        options.log.warn("NATS disconnected; reconnecting");
      } else if (status.type === "reconnect") {
        connected = true;
        options.log.info("NATS reconnected");
      }
    }
  })();
  const jsm = await jetstreamManager(nc);
  const names = naming(options.namespace);
  await ensureStream(jsm, names, options.duplicateWindowMs ?? 120_000, options.streamReplicas ?? 1, options.log);
  return {
    nc,
    js: jetstream(nc),
    jsm,
    names,
    isConnected: () => connected && !nc.isClosed(),
    close: async () => {
      if (!nc.isClosed()) await nc.drain().catch(() => nc.close());
    },
  };
}

async function ensureStream(jsm: JetStreamManager, names: Naming, duplicateWindowMs: number, replicas: number, log: Logger): Promise<void> {
  const config = {
    name: names.stream,
    subjects: [`${names.namespace}.events.>`],
    duplicate_window: nanos(duplicateWindowMs),
    num_replicas: replicas,
  };
  try {
    const info = await jsm.streams.info(names.stream);
    if (info.config.num_replicas !== replicas) {
      // A cluster grown (or shrunk) since the stream was made: JetStream re-replicates in place.
      await jsm.streams.update(names.stream, { num_replicas: replicas });
      log.info({ stream: names.stream, from: info.config.num_replicas, to: replicas }, "event stream replicas changed");
    }
  } catch {
    try {
      await jsm.streams.add(config);
    } catch (error) {
      // A sibling process created it between our look and our add.
      await jsm.streams.info(names.stream).catch(() => {
        throw error;
      });
    }
  }
}

/** NATS headers carrying `span`'s trace context (and its case): a relayed event's, a sync call's. */
export function traceHeaders(tracing: Tracing, span: Span): MsgHdrs {
  const carried = headers();
  tracing.inject(withSpan(activeContext(), span), { set: (name, value) => carried.set(name, value) });
  return carried;
}

/** The trace context a NATS message brought in its headers (none: a fresh trace). */
export function tracedFrom(tracing: Tracing, carried: MsgHdrs | undefined): Context {
  return tracing.extract({ get: (name) => carried?.get(name) || undefined });
}
