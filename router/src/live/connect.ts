import { connectBus, TRACING_OFF, type EventBus, type Logger, type Tracing } from "@supergraph/platform";
import { GraphQLError, type ExecutionArgs, type ExecutionResult } from "graphql";
import { createLiveEngine, type GraphExecutor, type LiveEngine } from "./engine.ts";
import { startEventFeed, type EventFeed } from "./feed.ts";

export interface LiveConnection {
  /** Subscribes through the live engine once NATS answered; until then refuses, retryable. */
  readonly engine: LiveEngine;
  /** For `/readyz`: true when live subscriptions run, else what they wait for. */
  state(): true | string;
  /** Resolves when NATS answered and the feed runs, or after `ms`, whichever comes first. */
  settled(ms: number): Promise<void>;
  stop(): Promise<void>;
}

export interface LiveConnectionOptions {
  url: string;
  namespace: string;
  streamReplicas: number;
  graph: GraphExecutor;
  log: Logger;
  /** Off by default: no span per push. */
  tracing?: Tracing;
}

/**
 * Queries and mutations do not need NATS, so the router does not wait for it to serve them:
 * this connects in the background (retrying for ever, as every bus does) and starts the live
 * engine when NATS answers; a subscription before then is refused with a retryable error.
 */
export function connectLive(options: LiveConnectionOptions): LiveConnection {
  const { log } = options;
  let bus: EventBus | undefined;
  let feed: EventFeed | undefined;
  let engine: LiveEngine | undefined;
  let failure: string | undefined;
  const waiting = `waiting for NATS at ${options.url}: queries and mutations are served, live subscriptions start when it answers`;
  const slow = setTimeout(() => log.warn(waiting), 2_000);
  const started = (async () => {
    bus = await connectBus({ url: options.url, namespace: options.namespace, name: "router", streamReplicas: options.streamReplicas, log });
    const tracing = options.tracing ?? TRACING_OFF;
    feed = await startEventFeed(bus, log, tracing);
    engine = createLiveEngine(feed, options.graph, tracing);
    clearTimeout(slow);
    log.info("NATS answered: live subscriptions on");
  })().catch((error: Error) => {
    clearTimeout(slow);
    failure = error.message;
    log.error({ err: error }, "live subscriptions could not start");
  });

  const unavailable = (): ExecutionResult => ({
    errors: [new GraphQLError("Live updates are not available yet (the event stream does not answer); retry shortly.", { extensions: { code: "LIVE_UNAVAILABLE", retryable: true } })],
  });
  return {
    engine: {
      subscribe: (args: ExecutionArgs) => (engine ? engine.subscribe(args) : Promise.resolve(unavailable())),
      stats: () => engine?.stats() ?? { subscribers: 0, groups: 0 },
      stop: () => engine?.stop(),
    },
    state() {
      if (failure) return `down: ${failure}`;
      if (!engine) return waiting;
      return bus!.isConnected() ? true : `NATS at ${options.url} disconnected; reconnecting`;
    },
    async settled(ms) {
      await Promise.race([started, new Promise((resolve) => setTimeout(resolve, ms).unref())]);
    },
    async stop() {
      clearTimeout(slow);
      engine?.stop();
      await feed?.stop();
      // A bus still waiting for its first connection is closed through its connection attempt.
      await bus?.close();
    },
  };
}
