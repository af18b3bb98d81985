import autocannon from "autocannon";
import { cpuSeconds } from "./process-cpu.ts";
import { percentile } from "./report.ts";

/** A GraphQL POST as the load generator sends it. */
export interface GraphQLRequest {
  url: string;
  query: string;
  variables?: Record<string, unknown>;
  token?: string;
  /** Further headers, as a caller other than a web client sends them (the router's secret to a subgraph). */
  headers?: Record<string, string>;
  /** Text every answer must hold besides having no errors (that the data came, not a null). */
  expect?: string;
}

export interface Throughput {
  /** Requests answered in the run. */
  requests: number;
  "req/s": number;
  "p50 ms": number;
  "p99 ms": number;
  errors: number;
}

const headersOf = (request: GraphQLRequest) => ({
  "content-type": "application/json",
  ...(request.token ? { authorization: `Bearer ${request.token}` } : {}),
  ...request.headers,
});

/**
 * Closed-loop load (autocannon): `connections` clients each send the next request as soon
 * as the previous one answered, for `seconds`. Errors count failed connections, non-2xx
 * answers and 200s with GraphQL errors alike.
 */
export async function throughput(request: GraphQLRequest, options: { connections: number; seconds: number }): Promise<Throughput> {
  const result = await autocannon({
    url: request.url,
    method: "POST",
    headers: headersOf(request),
    body: JSON.stringify({ query: request.query, variables: request.variables ?? {} }),
    connections: options.connections,
    duration: options.seconds,
    verifyBody: (body) => typeof body === "string" && !body.includes('"errors"') && (request.expect === undefined || body.includes(request.expect)),
  });
  return {
    requests: result.requests.total,
    "req/s": Math.round(result.requests.average),
    "p50 ms": result.latency.p50,
    "p99 ms": result.latency.p99,
    errors: result.errors + result.non2xx + result.mismatches,
  };
}

/** `throughput`, and the CPU seconds the serving process `pid` used over the run. */
export async function throughputWithCpu(request: GraphQLRequest, options: { connections: number; seconds: number }, pid: number): Promise<Throughput & { cpuSeconds: number }> {
  const cpuOf = () => cpuSeconds((p) => (p === pid ? "server" : null)).get("server") ?? 0;
  const before = cpuOf();
  const run = await throughput(request, options);
  return { ...run, cpuSeconds: cpuOf() - before };
}

/**
 * One request on a kept-alive connection, timed here in fractions of a millisecond
 * (autocannon rounds to whole ones). Throws on an error, so a broken target is never timed.
 */
async function timed(request: GraphQLRequest): Promise<number> {
  const started = performance.now();
  const res = await fetch(request.url, { method: "POST", headers: headersOf(request), body: JSON.stringify({ query: request.query, variables: request.variables ?? {} }) });
  const answer = (await res.json()) as { errors?: unknown[] };
  const ms = performance.now() - started;
  if (!res.ok || answer.errors) throw new Error(`${request.url} answered ${res.status}: ${JSON.stringify(answer).slice(0, 300)}`);
  return ms;
}

export interface ComparisonOptions {
  connections: number;
  /** Load per target, in all. */
  seconds: number;
  warmupSeconds: number;
  /** Unloaded requests per target, one at a time. */
  sequential: number;
  /** Load runs per target, the targets taking turns. */
  rounds: number;
}

const median = (values: number[]) => percentile(values, 50);

/**
 * Measures targets in the same run, unloaded then under load, interleaved (unloaded: one
 * request each in turn; under load: `rounds` runs each in turn), so what other processes do
 * to the machine meanwhile falls on all of them alike and their ratios hold. Under load: the
 * mean throughput and the median percentiles of the rounds; unloaded: percentiles of all
 * requests.
 */
export async function compare(targets: { name: string; request: GraphQLRequest }[], options: ComparisonOptions): Promise<Record<string, string | number>[]> {
  const { connections, rounds } = options;
  for (const t of targets) await throughput(t.request, { connections, seconds: options.warmupSeconds });
  // Unloaded, the targets take turns request by request: a burst of other work meets them all.
  const unloaded = targets.map(() => [] as number[]);
  for (let n = 0; n < options.sequential; n++) {
    for (const [i, t] of targets.entries()) unloaded[i]!.push(await timed(t.request));
  }
  const loaded = targets.map(() => [] as Throughput[]);
  for (let round = 0; round < rounds; round++) {
    for (const [i, t] of targets.entries()) loaded[i]!.push(await throughput(t.request, { connections, seconds: Math.max(1, Math.round(options.seconds / rounds)) }));
  }
  return targets.map((t, i) => {
    const runs = loaded[i]!;
    return {
      case: t.name,
      "req/s": Math.round(runs.reduce((sum, r) => sum + r["req/s"], 0) / runs.length),
      "p50 ms": median(runs.map((r) => r["p50 ms"])),
      "p99 ms": median(runs.map((r) => r["p99 ms"])),
      errors: runs.reduce((sum, r) => sum + r.errors, 0),
      "unloaded p50 ms": percentile(unloaded[i]!, 50),
      "unloaded p99 ms": percentile(unloaded[i]!, 99),
    };
  });
}
