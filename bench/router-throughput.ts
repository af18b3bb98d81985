/**
 * Router throughput and overhead (`npm run bench:router`). The two-subgraph fixture
 * (bench/fixture: lectures and registrations, data in memory) answers
 * `registrations(first: 20) { id status lecture { title instructor enrolledCount } }`:
 * - directly from the registrations subgraph (the floor: one hop, no planning), and the
 *   router's second fetch (lectures `_entities`) directly too;
 * - through stock @apollo/gateway (ApolloServer + ApolloGateway, defaults);
 * - through our router, as in production: bearer token verified and forwarded, abuse
 *   limits, metrics, NATS connected for live subscriptions;
 * - through our router with tracing on (OpenTelemetry, every span exported over OTLP/HTTP to
 *   a receiver in this process that reads and drops it): what tracing costs, against the
 *   router with tracing off (the case above, the default).
 * The gateways are pinned to CPU 0 (`taskset -c 0`); this process (the load generator) and
 * the subgraphs run on CPU 1. Unloaded latency (one request at a time), then 50 connections
 * in a closed loop, the cases interleaved (bench/load.ts `compare`). Then each gateway's CPU
 * per request: its own CPU time (/proc/<pid>/stat) over the requests it answered in one more
 * loaded run each, the figure that holds when the machine is shared (req/s falls with what
 * other processes take of CPU 0 and of CPU 1, where the subgraphs and the load generator run).
 * Full runs end with a CPU profile of both gateways under load (`node --cpu-prof`).
 * Options: --quick (short runs, no profile), --profile (a profile in a quick run too).
 */
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { connectBus, createLogger } from "@supergraph/platform";
import { freePort, ServiceProcess, TokenMint } from "@supergraph/testkit";
import { composeFixture, ENTITIES_QUERY, ENTITIES_VARIABLES, ROUTER_QUERY, SUBGRAPH_QUERY, type FixtureSubgraph } from "./fixture/graph.ts";
import { compare, throughput, throughputWithCpu, type GraphQLRequest } from "./load.ts";
import { withOthersLoad } from "./process-cpu.ts";
import { describeProfile, summarizeCpuProfile } from "./profile.ts";
import { saveResult, type Target } from "./report.ts";

const { values } = parseArgs({ options: { quick: { type: "boolean", default: false }, profile: { type: "boolean", default: false } } });
const CONNECTIONS = 50;
const seconds = values.quick ? 5 : 20;
const warmupSeconds = values.quick ? 2 : 5;
const sequential = values.quick ? 300 : 2_000;
const rounds = values.quick ? 2 : 4;
const profiling = values.profile || !values.quick;
/** The loaded run each gateway's CPU per request is measured over. */
const cpuSecondsPerCase = Math.max(3, Math.round(seconds / 2));

/**
 * What the profiles of this benchmark led to (measured on this machine: before, our router
 * answered no more than stock @apollo/gateway).
 */
const CHANGES = [
  "Changed after profiling: (1) the bearer token's ECDSA verification (jose) took 9% of the router's CPU per request; a verified token is now remembered until it expires (packages/platform/src/auth/tokens.ts, also in every subgraph).",
  "(2) Subgraph fetches through Node's fetch (undici: WHATWG streams, abort signals, the body sent as an async iterable) took ~17% of the router's CPU; they now go through node:http on a keep-alive agent that retires idle sockets before the subgraph's advertised timeout (router/src/subgraph-fetch.ts). Together: about twice the throughput.",
  "Already cached, left as they were: parse and validate (Apollo Server's document store, so the depth/cost limits run once per distinct query) and the query plan (the gateway's plan cache). What remains is Apollo Server's and the gateway's per-request work, result shaping, JSON (de)serialization and Node's HTTP on three connections per request.",
  "Round two, after profiling: (3) Express's routing, request/response wrappers and `res.send` (an ETag hashed per answer) were about a tenth of the router's CPU: a POST to /graphql now reaches Apollo Server without Express (the platform's graphqlFirst, as in the subgraphs; same, limit and refusals; SSE, subscriptions, GET and every other route still through Express). (4) The gateway's RemoteGraphQLDataSource built node-fetch Headers and a Request per subgraph call and the client a fetch-shaped Response: the router's data source now sends the same JSON body with plain headers (router/src/gateway.ts).",
];
const NATS_URL = process.env.NATS_URL ?? "nats://127.0.0.1:4222";

/** The fixture subgraphs (and Apollo's standalone server) have no /readyz: ready once they answer. */
const answersGraphQL = async (baseUrl: string) =>
  (await fetch(`${baseUrl}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"query":"{ __typename }"}' })).ok;

/** An OTLP/HTTP endpoint that takes every export (reading the body, as a collector does) and drops it. */
async function droppingReceiver(): Promise<{ endpoint: string; server: Server; exports: () => number }> {
  let exports = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      exports++;
      res.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { endpoint: `http://127.0.0.1:${port}`, server, exports: () => exports };
}

/** Tokens signed by a key of our own, its JWKS served here for the router to verify them. */
async function tokenIssuer(): Promise<{ jwksUrl: string; token: string; server: Server }> {
  const mint = await TokenMint.create();
  const server = createServer((_req, res) => res.setHeader("content-type", "application/json").end(JSON.stringify({ keys: [mint.publicJwk] })));
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { jwksUrl: `http://127.0.0.1:${port}/jwks.json`, token: await mint.sign({ expiresIn: 3_600 }), server };
}

interface Case {
  name: string;
  request: GraphQLRequest;
  process?: ServiceProcess;
}

/** A gateway's own CPU milliseconds per request answered, over one loaded run. */
async function cpuPerRequest(target: Case): Promise<number> {
  const run = await throughputWithCpu(target.request, { connections: CONNECTIONS, seconds: cpuSecondsPerCase }, target.process!.pid!);
  return Math.round((1000 * 1000 * run.cpuSeconds) / Math.max(1, run["req/s"] * cpuSecondsPerCase)) / 1000;
}

/** Load on a gateway started with `node --cpu-prof`, and where its time went. */
async function profile(target: Case, dir: string): Promise<string> {
  const spawned = Date.now();
  await target.process!.start({ NODE_ARGS: `--cpu-prof --cpu-prof-dir=${dir}` });
  await throughput(target.request, { connections: CONNECTIONS, seconds: warmupSeconds });
  const fromMs = Date.now() - spawned;
  await throughput(target.request, { connections: CONNECTIONS, seconds });
  const toMs = Date.now() - spawned;
  await target.process!.stop();
  return describeProfile(target.name, summarizeCpuProfile(dir, { fromMs, toMs }));
}

async function main(): Promise<void> {
  // Children inherit this process's CPU; the gateways are moved to CPU 0 when spawned.
  execFileSync("taskset", ["-a", "-pc", "1", String(process.pid)], { stdio: "ignore" });
  const work = mkdtempSync(join(tmpdir(), "bench-router-"));
  const namespace = `bench_${randomBytes(4).toString("hex")}`;
  const issuer = await tokenIssuer();
  const receiver = await droppingReceiver();
  const subgraphs = await Promise.all(
    (["lectures", "registrations"] as FixtureSubgraph[]).map(
      async (name) => new ServiceProcess(`fixture ${name}`, "bench/fixture/subgraph.ts", await freePort(), { FIXTURE_SUBGRAPH: name }, { ready: answersGraphQL }),
    ),
  );
  const [lectures, registrations] = subgraphs as [ServiceProcess, ServiceProcess];
  const supergraphPath = join(work, "supergraph.graphql");
  writeFileSync(supergraphPath, composeFixture({ lectures: `${lectures.url}/graphql`, registrations: `${registrations.url}/graphql` }));
  const stock = new ServiceProcess("stock gateway", "bench/fixture/stock-gateway.ts", await freePort(), { SUPERGRAPH_PATH: supergraphPath }, { cpus: "0", ready: answersGraphQL });
  const routerEnv = { SUPERGRAPH_PATH: supergraphPath, JWKS_URL: issuer.jwksUrl, NATS_URL, NATS_NAMESPACE: namespace, LOG_LEVEL: "warn" };
  const router = new ServiceProcess("router", "router/src/index.ts", await freePort(), routerEnv, { cpus: "0" });
  // The batch processor's default delay (5 s): what a deployment runs with.
  const traced = new ServiceProcess("router, tracing on", "router/src/index.ts", await freePort(), { ...routerEnv, OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint }, { cpus: "0" });
  const cases: Case[] = [
    { name: "baseline: registrations subgraph, direct", request: { url: `${registrations.url}/graphql`, query: SUBGRAPH_QUERY } },
    { name: "baseline: lectures _entities (the router's 2nd fetch), direct", request: { url: `${lectures.url}/graphql`, query: ENTITIES_QUERY, variables: ENTITIES_VARIABLES } },
    { name: "baseline: stock @apollo/gateway", request: { url: `${stock.url}/graphql`, query: ROUTER_QUERY, token: issuer.token }, process: stock },
    { name: "our router (auth, limits, metrics)", request: { url: `${router.url}/graphql`, query: ROUTER_QUERY, token: issuer.token }, process: router },
    { name: "our router, tracing on (OTLP/HTTP, every span exported)", request: { url: `${traced.url}/graphql`, query: ROUTER_QUERY, token: issuer.token }, process: traced },
  ];
  let rows: Record<string, string | number>[] = [];
  const cpu = new Map<string, number>();
  const notes: string[] = [];
  try {
    await Promise.all(subgraphs.map((s) => s.start()));
    // The gateways wait on CPU 0 at once; the ones not being measured are idle.
    await Promise.all([stock.start(), router.start(), traced.start()]);
    const measured = await withOthersLoad(
      (pid) => pid === process.pid || [...subgraphs, stock, router, traced].some((s) => s.pid === pid),
      () => compare(cases, { connections: CONNECTIONS, seconds, warmupSeconds, sequential, rounds }),
    );
    rows = measured.result;
    notes.push(`Other processes on this shared machine used ${measured.othersCores.toFixed(2)} of its 2 cores on average meanwhile.`);
    notes.push(`The traced router's spans reached the receiver in ${receiver.exports()} OTLP exports.`);
    for (const target of cases.filter((c) => c.process)) cpu.set(target.name, await cpuPerRequest(target));
    if (profiling) {
      await Promise.all([stock.stop(), router.stop(), traced.stop()]);
      for (const target of cases.filter((c) => c.process && c.process !== traced)) notes.push(await profile(target, mkdtempSync(join(work, "profile-"))));
    }
  } finally {
    await Promise.all([...subgraphs, stock, router, traced].map((s) => s.stop()));
    issuer.server.close();
    receiver.server.close();
    rmSync(work, { recursive: true, force: true });
    const bus = await connectBus({ url: NATS_URL, namespace, name: "bench-cleanup", log: createLogger("bench", "silent") });
    await bus.jsm.streams.delete(bus.names.stream).catch(() => undefined);
    await bus.close();
  }

  type Row = Record<string, number>;
  const [direct, entities, stockRow, routerRow, tracedRow] = rows as unknown as [Row, Row, Row, Row, Row];
  const ratio = routerRow["req/s"]! / stockRow["req/s"]!;
  const added = routerRow["unloaded p50 ms"]! - direct["unloaded p50 ms"]!;
  const addedOwn = added - entities["unloaded p50 ms"]!;
  const tracingKept = tracedRow["req/s"]! / routerRow["req/s"]!;
  const cpuOf = (row: Row) => cpu.get(String(row.case)) ?? Number.NaN;
  for (const row of [stockRow, routerRow, tracedRow]) row["CPU ms/req"] = cpuOf(row);
  const cpuRatio = cpuOf(stockRow) / cpuOf(routerRow);
  console.log(`Added latency (unloaded p50): ${added.toFixed(1)} ms over a direct subgraph call; excluding the second fetch (lectures _entities, ${entities["unloaded p50 ms"]} ms direct): ${addedOwn.toFixed(1)} ms`);
  console.log(`CPU per request: stock @apollo/gateway ${cpuOf(stockRow)} ms, our router ${cpuOf(routerRow)} ms (${cpuRatio.toFixed(2)}x less), tracing on ${cpuOf(tracedRow)} ms`);
  const tracingFigures = [
    `tracing off: ${routerRow["req/s"]} req/s, p50 ${routerRow["p50 ms"]} ms under load, ${routerRow["unloaded p50 ms"]} ms unloaded`,
    `tracing on: ${tracedRow["req/s"]} req/s, p50 ${tracedRow["p50 ms"]} ms under load, ${tracedRow["unloaded p50 ms"]} ms unloaded`,
    `on/off throughput ${tracingKept.toFixed(2)} (overhead ${((1 - tracingKept) * 100).toFixed(0)} %), p50 under load ${(tracedRow["p50 ms"]! / routerRow["p50 ms"]!).toFixed(2)}x`,
  ];
  console.log(`Tracing: ${tracingFigures.join("; ")}`);
  const targets: Target[] = [
    { name: "router throughput vs stock @apollo/gateway", target: ">= 2x", actual: `${ratio.toFixed(2)}x (${routerRow["req/s"]} vs ${stockRow["req/s"]} req/s)`, met: ratio >= 2 },
    { name: "unloaded added latency over a direct subgraph call, p50", target: "<= 2 ms", actual: `${added.toFixed(1)} ms`, met: added <= 2 },
  ];
  saveResult("router-throughput", {
    title: "Router throughput and overhead",
    rows,
    targets,
    notes: [
      `${CONNECTIONS} connections, ${seconds} s per case after ${warmupSeconds} s of warm-up; unloaded: ${sequential} requests one at a time, the cases taking turns; under load the cases take turns in ${rounds} rounds (req/s: mean of the rounds; p50, p99: their median). Gateways on CPU 0; load generator and subgraphs on CPU 1.`,
      "Measured beforehand on this machine: stock @apollo/gateway ~825 req/s, p99 ~110 ms; one subgraph alone ~6,000 req/s.",
      `Added latency excluding the second fetch: ${addedOwn.toFixed(1)} ms. The router's added latency (${added.toFixed(1)} ms) includes its second subgraph fetch (lectures \`_entities\`, ${entities["unloaded p50 ms"]} ms at p50 when called directly), which the direct call does not make.`,
      `Gateway CPU per request (its own CPU time over the requests of one more loaded run of ${cpuSecondsPerCase} s each): stock @apollo/gateway ${cpuOf(stockRow)} ms, our router ${cpuOf(routerRow)} ms (${cpuRatio.toFixed(2)}x less: the throughput ratio on a core of its own), tracing on ${cpuOf(tracedRow)} ms.`,
      ...CHANGES,
      `Tracing: ${tracingFigures.join("; ")}. Off (no OTEL_EXPORTER_OTLP_ENDPOINT) nothing is registered and no hop does tracing work; on, the router makes its server span, the gateway's six or so per request and one per subgraph fetch, each batched and sent as OTLP/HTTP JSON.`,
      ...notes,
    ],
  });
  process.exit(0);
}

await main();
