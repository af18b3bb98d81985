import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

/** The Prometheus metrics one service exposes on `/metrics`. */
export interface Metrics {
  readonly registry: Registry;
  readonly httpDuration: Histogram<"operation" | "outcome">;
  readonly eventsHandled: Counter<"consumer" | "outcome">;
  readonly deadLetters: Counter<"consumer">;
  readonly outboxPublished: Counter;
  readonly outboxPending: Gauge;
  readonly breakerOpen: Gauge<"call">;
  readonly breakerTransitions: Counter<"call" | "state">;
  readonly syncCalls: Counter<"call" | "outcome">;
  readonly syncCallsInFlight: Gauge<"call">;
  readonly syncCallsInFlightPeak: Gauge<"call">;
}

export function createMetrics(service: string): Metrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    httpDuration: new Histogram({
      name: "graphql_request_duration_seconds",
      help: "GraphQL requests by operation name and outcome",
      labelNames: ["operation", "outcome"],
      buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    eventsHandled: new Counter({
      name: "events_handled_total",
      help: "Events taken from JetStream by consumer and outcome (applied, duplicate, ignored, retried, dead_lettered)",
      labelNames: ["consumer", "outcome"],
      registers: [registry],
    }),
    deadLetters: new Counter({
      name: "events_dead_lettered_total",
      help: "Events parked as dead letters (malformed, unknown or failing past the delivery limit)",
      labelNames: ["consumer"],
      registers: [registry],
    }),
    outboxPublished: new Counter({
      name: "outbox_published_total",
      help: "Events relayed from the outbox to JetStream",
      registers: [registry],
    }),
    outboxPending: new Gauge({
      name: "outbox_pending",
      help: "Events written to the outbox and not yet published",
      registers: [registry],
    }),
    breakerOpen: new Gauge({
      name: "sync_call_breaker_open",
      help: "1 while the circuit breaker of a sync call is open",
      labelNames: ["call"],
      registers: [registry],
    }),
    breakerTransitions: new Counter({
      name: "sync_call_breaker_transitions_total",
      help: "Circuit breaker state changes of a sync call, by the state entered (open, half_open, closed)",
      labelNames: ["call", "state"],
      registers: [registry],
    }),
    syncCalls: new Counter({
      name: "sync_calls_total",
      help: "Sync calls by outcome (ok, refused, timeout, unavailable, rejected_open)",
      labelNames: ["call", "outcome"],
      registers: [registry],
    }),
    syncCallsInFlight: new Gauge({
      name: "sync_calls_in_flight",
      help: "Sync calls sent and not yet answered or timed out (what the callee is asked at once)",
      labelNames: ["call"],
      registers: [registry],
    }),
    syncCallsInFlightPeak: new Gauge({
      name: "sync_calls_in_flight_peak",
      help: "The most sync calls in flight at once since the process started",
      labelNames: ["call"],
      registers: [registry],
    }),
  };
}
