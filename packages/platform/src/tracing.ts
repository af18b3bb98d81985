import { createRequire } from "node:module";
import { context as otelContext, createContextKey, INVALID_SPAN_CONTEXT, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Attributes, type Context, type Span } from "@opentelemetry/api";
import type { BasicTracerProvider, ReadableSpan, Span as SdkSpan, SpanProcessor } from "@opentelemetry/sdk-trace-base";

export { SpanKind, SpanStatusCode, type Context, type Span };

/** The case (correlation id) a span belongs to. */
export const CORRELATION_ATTRIBUTE = "supergraph.correlation_id";
/** The event type a span handles, relays or pushes. */
export const EVENT_TYPE_ATTRIBUTE = "supergraph.event_type";
/** The context a span is part of (where several share a process, service.name cannot say). */
export const CONTEXT_ATTRIBUTE = "supergraph.context";
/**
 * The case, beside `traceparent`, on requests that know it (router to subgraph once a subgraph
 * named it, sync calls) and on a subgraph's answer, so the router's spans carry it too: the
 * router learns a command's case only when the subgraph that made it answers.
 */
export const CASE_HEADER = "supergraph-correlation-id";

/** The settings tracing reads (in `commonEnv`, packages/platform/src/env.ts). */
export interface TracingSettings {
  /** OTLP/HTTP base URL; unset: tracing off. */
  readonly OTEL_EXPORTER_OTLP_ENDPOINT?: string | undefined;
  readonly OTEL_SERVICE_NAME?: string | undefined;
  readonly OTEL_BSP_SCHEDULE_DELAY: number;
}

/** A carrier of trace headers: NATS headers, HTTP headers, a plain record. */
export interface Carrier {
  get(name: string): string | undefined;
  set(name: string, value: string): void;
}

/** What the platform's hops need of tracing: a no-op (and never called into) while off. */
export interface Tracing {
  /** False while tracing is off: a hop skips all of its tracing work. */
  readonly enabled: boolean;
  /** A span of `part` (the context, or the router), child of `parent`. */
  start(name: string, kind: SpanKind, parent: Context, attributes?: Attributes): Span;
  /** `traceparent` of the span active in `ctx` (the outbox stores it with each event). */
  traceparent(ctx?: Context): string | undefined;
  /** The trace context (and case) a carrier brought. */
  extract(carrier: Pick<Carrier, "get">): Context;
  /** Writes `ctx`'s `traceparent` (and its case, when known) into a carrier. */
  inject(ctx: Context, carrier: Pick<Carrier, "set">): void;
  /**
   * Names the case of the trace active in `ctx`: every span of that trace in this process,
   * ended already or not, carries `correlationId` when it is exported.
   */
  mark(correlationId: string, ctx?: Context): void;
  /** The case known for the trace active in `ctx`, if any. */
  caseOf(ctx?: Context): string | undefined;
}

/** Tracing off: nothing is started, extracted or injected. */
export const TRACING_OFF: Tracing = {
  enabled: false,
  start: () => trace.wrapSpanContext(INVALID_SPAN_CONTEXT),
  traceparent: () => undefined,
  extract: () => ROOT_CONTEXT,
  inject: () => undefined,
  mark: () => undefined,
  caseOf: () => undefined,
};

const CASE_KEY = createContextKey("supergraph.case");
const TRACER = "@supergraph/platform";
/** Spans a local trace holds back for its case, at most (a trace whose root never ends). */
const HELD_MAX = 512;

/** The part of a trace in this process: from a span with no local parent to that span's end. */
interface LocalTrace {
  readonly root: object;
  case?: string;
  part?: string;
  ended: boolean;
  readonly held: ReadableSpan[];
}

/**
 * Puts the case on every span of a local trace. A command learns its case part-way (the
 * outbox sees it, the router hears it in a subgraph's answer), after some of its spans ended:
 * those wait here until the case is known or the local trace's first span ends, then go on.
 */
class CaseStamp implements SpanProcessor {
  readonly traces = new WeakMap<object, LocalTrace>();

  constructor(private readonly next: SpanProcessor) {}

  onStart(span: SdkSpan, parentContext: Context): void {
    const parent = trace.getSpan(parentContext);
    const local = (parent && !parent.spanContext().isRemote ? this.traces.get(parent) : undefined) ?? {
      root: span,
      case: parentContext.getValue(CASE_KEY) as string | undefined,
      ended: false,
      held: [],
    };
    local.case ??= span.attributes[CORRELATION_ATTRIBUTE] as string | undefined;
    local.part ??= span.attributes[CONTEXT_ATTRIBUTE] as string | undefined;
    this.traces.set(span, local);
    this.next.onStart(span, parentContext);
  }

  onEnd(span: ReadableSpan): void {
    const local = this.traces.get(span);
    if (!local) return this.next.onEnd(span);
    if (local.root === span) local.ended = true;
    if (!local.case && !local.ended && local.held.length < HELD_MAX) {
      local.held.push(span);
      return;
    }
    for (const ready of [...local.held.splice(0), span]) {
      this.stamp(ready, local);
      this.next.onEnd(ready);
    }
  }

  /** An ended span's attributes can no longer be set through the API; the SDK's object still takes them before export. */
  private stamp(span: ReadableSpan, local: LocalTrace): void {
    const attributes = span.attributes as Record<string, unknown>;
    if (local.case && attributes[CORRELATION_ATTRIBUTE] === undefined) attributes[CORRELATION_ATTRIBUTE] = local.case;
    if (local.part && attributes[CONTEXT_ATTRIBUTE] === undefined) attributes[CONTEXT_ATTRIBUTE] = local.part;
  }

  forceFlush(): Promise<void> {
    return this.next.forceFlush();
  }

  shutdown(): Promise<void> {
    return this.next.shutdown();
  }
}

/**
 * The SDK, its exporter and context manager, loaded when tracing is first turned on, not at
 * import: their modules cost ~300 ms of CPU at every process start (the test suite starts
 * processes hundreds of times), and tracing is off unless an endpoint is set. Loaded
 * synchronously (their CommonJS builds, what an import of them resolves to as well), so
 * starting tracing stays synchronous for its callers.
 */
function loadSdk() {
  const require = createRequire(import.meta.url);
  return {
    ...(require("@opentelemetry/context-async-hooks") as typeof import("@opentelemetry/context-async-hooks")),
    ...(require("@opentelemetry/core") as Pick<typeof import("@opentelemetry/core"), "W3CTraceContextPropagator">),
    ...(require("@opentelemetry/exporter-trace-otlp-http") as typeof import("@opentelemetry/exporter-trace-otlp-http")),
    ...(require("@opentelemetry/resources") as Pick<typeof import("@opentelemetry/resources"), "Resource">),
    ...(require("@opentelemetry/sdk-trace-base") as Pick<typeof import("@opentelemetry/sdk-trace-base"), "BasicTracerProvider" | "BatchSpanProcessor">),
  };
}

/** The process's tracer provider, when tracing is on: the OpenTelemetry API is process-wide (the gateway reads it too). */
let registered: { provider: BasicTracerProvider; stamp: CaseStamp; users: number } | undefined;

/** A handle on the process's tracing: its hops' {@link Tracing}, and the flush at shutdown. */
export interface TracingHandle {
  readonly enabled: boolean;
  /** The hops' tracing for `part` (a context's name, or `router`). */
  tracingOf(part: string): Tracing;
  /** Flushes the spans still queued; the last user's stop shuts the provider down and unregisters it. */
  stop(): Promise<void>;
}

/**
 * Turns tracing on for this process when `OTEL_EXPORTER_OTLP_ENDPOINT` is set: a tracer
 * provider (service.name `OTEL_SERVICE_NAME`, else `service`) with a batch span processor
 * exporting OTLP/HTTP JSON to `<endpoint>/v1/traces`, the AsyncLocalStorage context manager
 * and the W3C trace-context propagator, all registered with the OpenTelemetry API. Off:
 * nothing is registered (the API's no-op tracer) and every hop gets {@link TRACING_OFF}.
 * Several contexts hosted in one process share the first one's provider.
 */
export function startTracing(settings: TracingSettings, service: string): TracingHandle {
  const endpoint = settings.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (!endpoint) return { enabled: false, tracingOf: () => TRACING_OFF, stop: async () => undefined };
  if (!registered) {
    const { AsyncLocalStorageContextManager, BasicTracerProvider, BatchSpanProcessor, OTLPTraceExporter, Resource, W3CTraceContextPropagator } = loadSdk();
    const exporter = new OTLPTraceExporter({ url: `${endpoint.replace(/\/+$/, "")}/v1/traces` });
    const stamp = new CaseStamp(new BatchSpanProcessor(exporter, { scheduledDelayMillis: settings.OTEL_BSP_SCHEDULE_DELAY, maxQueueSize: 8_192, maxExportBatchSize: 512 }));
    const provider = new BasicTracerProvider({ resource: new Resource({ "service.name": settings.OTEL_SERVICE_NAME ?? service }), spanProcessors: [stamp] });
    provider.register({ contextManager: new AsyncLocalStorageContextManager(), propagator: new W3CTraceContextPropagator() });
    registered = { provider, stamp, users: 0 };
  }
  const current = registered;
  current.users++;
  let stopped = false;
  return {
    enabled: true,
    tracingOf: (part) => tracingOn(current.stamp, part),
    async stop() {
      if (stopped) return;
      stopped = true;
      await current.provider.forceFlush();
      if (--current.users > 0) return;
      await current.provider.shutdown();
      trace.disable();
      otelContext.disable();
      propagation.disable();
      if (registered === current) registered = undefined;
    },
  };
}

const headerGetter = { get: (carrier: Pick<Carrier, "get">, key: string) => carrier.get(key), keys: () => ["traceparent", "tracestate"] };
const headerSetter = { set: (carrier: Pick<Carrier, "set">, key: string, value: string) => carrier.set(key, value) };

function tracingOn(stamp: CaseStamp, part: string): Tracing {
  const tracer = trace.getTracer(TRACER);
  const localOf = (ctx: Context) => {
    const span = trace.getSpan(ctx);
    return span ? stamp.traces.get(span) : undefined;
  };
  const caseOf = (ctx: Context = otelContext.active()) => localOf(ctx)?.case ?? (ctx.getValue(CASE_KEY) as string | undefined);
  return {
    enabled: true,
    start(name, kind, parent, attributes = {}) {
      return tracer.startSpan(name, { kind, attributes: { [CONTEXT_ATTRIBUTE]: part, ...attributes } }, parent);
    },
    traceparent(ctx = otelContext.active()) {
      const carrier: Record<string, string> = {};
      propagation.inject(ctx, carrier);
      return carrier.traceparent;
    },
    extract(carrier) {
      const ctx = propagation.extract(ROOT_CONTEXT, carrier, headerGetter);
      const known = carrier.get(CASE_HEADER);
      return known ? ctx.setValue(CASE_KEY, known) : ctx;
    },
    inject(ctx, carrier) {
      propagation.inject(ctx, carrier, headerSetter);
      const known = caseOf(ctx);
      if (known) carrier.set(CASE_HEADER, known);
    },
    mark(correlationId, ctx = otelContext.active()) {
      const local = localOf(ctx);
      if (local && !local.case) local.case = correlationId;
    },
    caseOf,
  };
}

/** Runs `work` in `span`'s context and ends the span with its outcome. */
export async function inSpan<T>(span: Span, work: () => Promise<T>): Promise<T> {
  try {
    return await otelContext.with(trace.setSpan(otelContext.active(), span), work);
  } catch (error) {
    failed(span, error);
    throw error;
  } finally {
    span.end();
  }
}

/** Marks a span failed with `error`. */
export function failed(span: Span, error: unknown): void {
  span.recordException(error instanceof Error ? error : String(error));
  span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
}

/** `ctx` with `span` active. */
export const withSpan = (ctx: Context, span: Span): Context => trace.setSpan(ctx, span);
/** The active context. */
export const activeContext = (): Context => otelContext.active();
/** Runs `fn` with `ctx` active. */
export const runIn = <T>(ctx: Context, fn: () => T): T => otelContext.with(ctx, fn);
