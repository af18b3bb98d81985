import { EventEmitter } from "node:events";
import { headers, type MsgHdrs, type NatsConnection, type Subscription } from "@nats-io/transport-node";
import CircuitBreaker from "opossum";
import { DomainError, ServiceUnavailableError } from "../errors.ts";
import { traceHeaders, tracedFrom } from "../events/bus.ts";
import type { Logger } from "../logger.ts";
import type { Metrics } from "../metrics.ts";
import { activeContext, failed, inSpan, SpanKind, TRACING_OFF, type Tracing } from "../tracing.ts";

/** A sync call's reply on the wire: a result, or a business refusal with its code. */
type Reply<R> = { ok: true; result: R } | { ok: false; code: string; message: string };

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The header of a sync call's request that says how long its caller waits for the answer, in ms. */
const TIMEOUT_HEADER = "Sync-Timeout-Ms";

/**
 * A handler's work for a caller that has stopped waiting: no answer is sent (none is awaited),
 * and it is not a fault of the callee's. See `AnsweredCall.ensureAwaited`.
 */
export class CallAbandonedError extends Error {
  constructor(subject: string) {
    super(`${subject}: the caller stopped waiting (its timeout passed) before this call's turn came`);
    this.name = "CallAbandonedError";
  }
}

/** What a sync call's handler knows of the call it answers. */
export interface AnsweredCall {
  /** When the caller stops waiting, in ms since the epoch on this process's clock (from its timeout, counted from arrival); Infinity when it did not say. */
  readonly deadline: number;
  /**
   * Throws CallAbandonedError once the deadline has passed. A handler whose calls can wait
   * their turn (a bulkhead, a queue) calls it when the turn comes: work for a caller that has
   * given up is skipped, so a slowed callee does not keep a queue of it, and the breaker's
   * half-open trial is not answered late behind that queue.
   */
  ensureAwaited(): void;
}

/**
 * Answers a sync call over NATS request/reply. Replicas join one queue group, so NATS
 * spreads the calls over them. A DomainError from the handler goes back as a refusal.
 */
export function answerSyncCall<P, R>(
  nc: NatsConnection,
  subject: string,
  handler: (payload: P, call: AnsweredCall) => Promise<R>,
  log: Logger,
  tracing: Tracing = TRACING_OFF,
  /** Its name in spans, e.g. `payments.charge`. */
  name: string = subject,
): { drain(): Promise<void> } {
  const inflight = new Set<Promise<void>>();
  const sub: Subscription = nc.subscribe(subject, {
    queue: subject,
    callback: (error, msg) => {
      if (error) return log.error({ err: error, subject }, "sync call subscription failed");
      const timeoutMs = Number(msg.headers?.get(TIMEOUT_HEADER));
      const deadline = timeoutMs > 0 ? Date.now() + timeoutMs : Infinity;
      const call: AnsweredCall = {
        deadline,
        ensureAwaited: () => {
          if (Date.now() > deadline) throw new CallAbandonedError(subject);
        },
      };
      const answer = async () => {
        let reply: Reply<R>;
        try {
          reply = { ok: true, result: await handler(JSON.parse(decoder.decode(msg.data)) as P, call) };
        } catch (failure) {
          if (failure instanceof CallAbandonedError) {
            log.debug({ subject }, "sync call skipped: its caller stopped waiting");
            return;
          }
          if (!(failure instanceof DomainError)) {
            log.error({ err: failure, subject }, "sync call handler failed");
            return; // no reply: the caller times out and its breaker counts it
          }
          reply = { ok: false, code: failure.code, message: failure.message };
        }
        msg.respond(encoder.encode(JSON.stringify(reply)));
      };
      // The caller's span (its traceparent in the request's headers) is the parent of the answer's.
      const handling = tracing.enabled
        ? inSpan(tracing.start(`answer ${name}`, SpanKind.SERVER, tracedFrom(tracing, msg.headers), { "rpc.system": "nats", "rpc.method": name }), answer)
        : answer();
      inflight.add(handling);
      void handling.finally(() => inflight.delete(handling));
    },
  });
  return {
    // No new calls reach this replica, and the ones it took are answered before it goes.
    async drain() {
      await sub.drain();
      await Promise.allSettled([...inflight]);
    },
  };
}

export interface SyncCallOptions {
  nc: NatsConnection;
  subject: string;
  /** Name in metrics and logs, e.g. `payments.charge`. */
  name: string;
  timeoutMs: number;
  /** Failure percentage within the rolling window that opens the breaker. */
  errorThresholdPercentage?: number;
  /** Minimum calls in the window before the breaker may open. */
  volumeThreshold?: number;
  /** How long the breaker stays open before letting one trial call through. */
  resetTimeoutMs?: number;
  /** The error the user gets when the callee is down, slow or the breaker is open. */
  unavailable: { code: string; message: string };
  log: Logger;
  metrics: Metrics;
  /** Off by default: no span, no trace headers. */
  tracing?: Tracing;
}

/** A business refusal from the callee: not a fault, so it does not trip the breaker. */
class Refusal extends DomainError {}

/**
 * The call's `unavailable` error when the request never left: the breaker was open (or its
 * half-open trial taken). The callee cannot have acted, so there is nothing to call off.
 */
export class CallNotSentError<Code extends string = string> extends ServiceUnavailableError<Code> {
  constructor(code: Code, message: string, retryAfterMs?: number) {
    super(code, message, retryAfterMs);
    this.name = "CallNotSentError";
  }
}

/**
 * What an admission (`./admission.ts`) needs of the call its attempts make: whether one may
 * go now, the refusal it gets otherwise, and word when the callee starts refusing.
 */
export interface Callee {
  /**
   * Lets one attempt in, or throws the call's not-sent refusal while `refusing()`. In the
   * half-open state the attempt it lets in holds the breaker's one trial until it calls the
   * returned `leave()`, and others are refused meanwhile (they would be refused at the call,
   * after their own side effects).
   */
  enter(): () => void;
  /** True while a call now would be refused unsent (see `SyncCall.refusing`). */
  refusing(): boolean;
  /** The not-sent refusal a call gets now, with when to try again (`retryAfterMs`); counted as refused. */
  refusal(): CallNotSentError;
  /** Calls `listener` each time the breaker opens. */
  onRefusing(listener: () => void): void;
}

/** A sync call, and whether it would refuse now, so a caller can refuse before its own side effects. */
export type SyncCall<P, R> = ((payload: P) => Promise<R>) &
  Callee & {
    readonly breaker: CircuitBreaker;
    /** True while the breaker is open, or half-open with its trial out or held by an admitted attempt: a call now would be refused unsent. */
    refusing(): boolean;
    /** Throws the call's `unavailable` error (a CallNotSentError) while `refusing()`. */
    guard(): void;
  };

/**
 * A sync call over NATS request/reply inside a circuit breaker with a timeout. Fails with
 * the typed `unavailable` error when the callee is down or slow, and at once while the
 * breaker is open; passes business refusals through as DomainErrors.
 */
export function syncCall<P, R>(options: SyncCallOptions): SyncCall<P, R> {
  const { nc, subject, name, metrics, log } = options;
  const tracing = options.tracing ?? TRACING_OFF;
  // Counted here, where a request is really sent: how hard the callee is pressed, the breaker's refusals aside.
  let inFlight = 0;
  let peak = 0;
  const request = async (payload: P, carried?: MsgHdrs): Promise<R> => {
    metrics.syncCallsInFlight.set({ call: name }, ++inFlight);
    if (inFlight > peak) metrics.syncCallsInFlightPeak.set({ call: name }, (peak = inFlight));
    try {
      // The callee learns how long this caller waits (AnsweredCall.deadline).
      const sent = carried ?? headers();
      sent.set(TIMEOUT_HEADER, String(options.timeoutMs));
      const msg = await nc.request(subject, encoder.encode(JSON.stringify(payload)), { timeout: options.timeoutMs, headers: sent });
      const reply = JSON.parse(decoder.decode(msg.data)) as Reply<R>;
      if (!reply.ok) throw new Refusal(reply.code, reply.message);
      return reply.result;
    } finally {
      metrics.syncCallsInFlight.set({ call: name }, --inFlight);
    }
  };
  const resetTimeoutMs = options.resetTimeoutMs ?? 5_000;
  // The rolling window's buckets turn on our clock (opossum's rotateBucketController), so that
  // closing can empty the window, as Hystrix resets its counts on close: otherwise the
  // failures that opened the breaker still count after its trial succeeded, and the first
  // timeout after closing opens it again (measured: 10 openings in a 60 s overload run).
  const rotation = new EventEmitter();
  const buckets = 10;
  const rotating = setInterval(() => rotation.emit("rotate"), 10_000 / buckets);
  rotating.unref();
  const breaker = new CircuitBreaker(request, {
    name,
    timeout: options.timeoutMs + 50,
    errorThresholdPercentage: options.errorThresholdPercentage ?? 50,
    volumeThreshold: options.volumeThreshold ?? 5,
    resetTimeout: resetTimeoutMs,
    rollingCountTimeout: 10_000,
    rollingCountBuckets: buckets,
    rotateBucketController: rotation,
    errorFilter: (error: unknown) => error instanceof Refusal,
  });
  // When the breaker opened (its reset timer starts then): a refusal says how long until its trial.
  let openedAt = 0;
  // The admitted attempt holding the half-open breaker's trial (0: none).
  let trialHolder = 0;
  let attempts = 0;
  const refusingListeners: (() => void)[] = [];
  breaker.on("open", () => {
    openedAt = Date.now();
    trialHolder = 0;
    for (const listener of refusingListeners) listener();
    metrics.breakerOpen.set({ call: name }, 1);
    metrics.breakerTransitions.inc({ call: name, state: "open" });
    log.warn({ call: name }, "circuit breaker opened: callee failing or slow");
  });
  breaker.on("halfOpen", () => {
    metrics.breakerTransitions.inc({ call: name, state: "half_open" });
    log.info({ call: name }, "circuit breaker half-open: trying the callee again");
  });
  breaker.on("close", () => {
    trialHolder = 0;
    for (let i = 0; i < buckets; i++) rotation.emit("rotate");
    metrics.breakerOpen.set({ call: name }, 0);
    metrics.breakerTransitions.inc({ call: name, state: "closed" });
    log.info({ call: name }, "circuit breaker closed: callee healthy");
  });
  metrics.breakerOpen.set({ call: name }, 0);
  metrics.syncCallsInFlight.set({ call: name }, 0);
  metrics.syncCallsInFlightPeak.set({ call: name }, 0);

  const call = async (payload: P): Promise<R> => {
    if (!tracing.enabled) return untraced(payload);
    const span = tracing.start(`call ${name}`, SpanKind.CLIENT, activeContext(), { "rpc.system": "nats", "rpc.method": name });
    try {
      return await untraced(payload, traceHeaders(tracing, span));
    } catch (error) {
      failed(span, error);
      throw error;
    } finally {
      span.end();
    }
  };
  const untraced = async (payload: P, carried?: MsgHdrs): Promise<R> => {
    try {
      const result = (await breaker.fire(payload, carried)) as R;
      metrics.syncCalls.inc({ call: name, outcome: "ok" });
      return result;
    } catch (error) {
      if (error instanceof Refusal) {
        metrics.syncCalls.inc({ call: name, outcome: "refused" });
        throw new DomainError(error.code, error.message);
      }
      // opossum's own refusals (open, or the half-open trial already out): nothing was sent.
      const notSent = ["EOPENBREAKER", "ESEMLOCKED"].includes((error as { code?: string }).code ?? "");
      metrics.syncCalls.inc({ call: name, outcome: notSent ? "rejected_open" : "unavailable" });
      throw notSent
        ? new CallNotSentError(options.unavailable.code, options.unavailable.message, retryAfterMs())
        : new ServiceUnavailableError(options.unavailable.code, options.unavailable.message);
    }
  };
  // opossum's own test in fire() (open, or half-open with its one trial already sent), and
  // a half-open trial an admitted attempt holds but has not sent yet.
  const refusing = () => (!breaker.closed && !breaker.pendingClose) || (breaker.halfOpen && trialHolder !== 0);
  // Open: until its trial; half-open: until the trial out has answered (at most the breaker's
  // timeout). Plus a random share of as much again, up to half the reset time, so the callers
  // refused together (those waiting when it opened) do not all come back at one instant.
  const retryAfterMs = () => {
    const wait = breaker.opened ? Math.max(0, openedAt + resetTimeoutMs - Date.now()) : options.timeoutMs + 50;
    return Math.round(wait + Math.random() * Math.min(resetTimeoutMs / 2, breaker.opened ? resetTimeoutMs / 2 : wait));
  };
  const refusal = () => {
    metrics.syncCalls.inc({ call: name, outcome: "rejected_open" });
    return new CallNotSentError(options.unavailable.code, options.unavailable.message, retryAfterMs());
  };
  const guard = () => {
    if (refusing()) throw refusal();
  };
  const enter = () => {
    guard();
    if (!breaker.halfOpen) return () => undefined;
    const attempt = (trialHolder = ++attempts);
    return () => {
      if (trialHolder === attempt) trialHolder = 0;
    };
  };
  const onRefusing = (listener: () => void) => void refusingListeners.push(listener);
  return Object.assign(call, { breaker, refusing, guard, enter, refusal, onRefusing });
}
