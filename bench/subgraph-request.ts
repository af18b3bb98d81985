/**
 * A subgraph request through the platform (`npm run bench:subgraph`): the lectures context
 * as production runs it (bearer token verified, router secret checked, metrics, `lecture(id)`
 * read by one indexed query on the real PostgreSQL), called directly as the router calls it,
 * against the fixture's stock Apollo Server (bench/fixture/subgraph.ts: the standalone server,
 * the same query answered from memory). Each server is pinned to CPU 0 (`taskset -c 0`); this
 * process (the load generator) runs on CPU 1, PostgreSQL wherever the kernel puts it.
 * 50 connections in a closed loop, the cases taking turns in rounds; CPU ms per request is
 * the server process's own CPU time (/proc/<pid>/stat) over the requests it answered.
 * A third server answers the fixture's schema and in-memory data through the platform's own
 * HTTP layer (`startSubgraphServer`: node:http straight into Apollo Server, token, router
 * secret, metrics), so the integration is compared with the standalone server on equal data;
 * this file is that server's entry too, run with SUBGRAPH_REQUEST_SERVE=fixture.
 * Full runs end with a CPU profile of the platform's lectures under load (`node --cpu-prof`).
 * Options: --quick (short runs, no profile), --profile (a profile in a quick run too),
 * --profile-dir <dir> (where the .cpuprofile is written and kept).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createLogger, createMetrics, createTokenVerifier, ROUTER_SECRET_HEADER, startSubgraphServer } from "@supergraph/platform";
import { freePort, ServiceProcess, Stack } from "@supergraph/testkit";
import { fixtureResolvers } from "./fixture/graph.ts";
import { throughputWithCpu, type GraphQLRequest } from "./load.ts";
import { describeProfile, summarizeCpuProfile } from "./profile.ts";
import { percentile, saveResult, type Target } from "./report.ts";

const { values } = parseArgs({ options: { quick: { type: "boolean", default: false }, profile: { type: "boolean", default: false }, "profile-dir": { type: "string" } } });
const CONNECTIONS = 50;
const seconds = values.quick ? 6 : 30;
const warmupSeconds = values.quick ? 2 : 5;
const rounds = values.quick ? 2 : 5;
const profiling = values.profile || !values.quick;
const QUERY = "query($id: ID!) { lecture(id: $id) { id title enrolledCount } }";

/** What one server is asked: a POST with the headers the router sends it. */
interface Case {
  name: string;
  process: ServiceProcess;
  request: GraphQLRequest;
}

type Run = Awaited<ReturnType<typeof throughputWithCpu>>;

const load = (target: Case, duration: number): Promise<Run> => throughputWithCpu(target.request, { connections: CONNECTIONS, seconds: duration }, target.process.pid!);

/** The cases in turns (so what else runs on the machine meets them alike): mean req/s, median percentiles, CPU over all requests. */
async function compare(cases: Case[]): Promise<Record<string, string | number>[]> {
  for (const c of cases) await load(c, warmupSeconds);
  const runs = cases.map(() => [] as Run[]);
  for (let round = 0; round < rounds; round++) {
    for (const [i, c] of cases.entries()) runs[i]!.push(await load(c, Math.max(1, Math.round(seconds / rounds))));
  }
  return cases.map((c, i) => {
    const all = runs[i]!;
    const requests = all.reduce((sum, r) => sum + r.requests, 0);
    return {
      case: c.name,
      "req/s": Math.round(all.reduce((sum, r) => sum + r["req/s"], 0) / all.length),
      "p50 ms": percentile(all.map((r) => r["p50 ms"]), 50),
      "p99 ms": percentile(all.map((r) => r["p99 ms"]), 50),
      "CPU ms/request": Math.round((1000_000 * all.reduce((sum, r) => sum + r.cpuSeconds, 0)) / Math.max(1, requests)) / 1000,
      errors: all.reduce((sum, r) => sum + r.errors, 0),
    };
  });
}

/** Load on a server restarted with `node --cpu-prof`, and where its time went. */
async function profile(target: Case, dir: string): Promise<string> {
  await target.process.stop();
  const spawned = Date.now();
  await target.process.start({ NODE_ARGS: `--cpu-prof --cpu-prof-dir=${dir}` });
  await load(target, warmupSeconds);
  const fromMs = Date.now() - spawned;
  await load(target, Math.round(seconds / 2));
  const toMs = Date.now() - spawned;
  await target.process.stop();
  return describeProfile(target.name, summarizeCpuProfile(dir, { fromMs, toMs }, 15));
}

/** The fixture subgraphs (Apollo's standalone server) have no /readyz: ready once they answer. */
const answersGraphQL = async (baseUrl: string) =>
  (await fetch(`${baseUrl}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"query":"{ __typename }"}' })).ok;

/** The fixture's lectures through the platform's HTTP layer (this file's server mode). */
async function serveFixtureOnPlatform(env: NodeJS.ProcessEnv): Promise<void> {
  const log = createLogger("fixture-on-platform", "warn");
  await startSubgraphServer({
    name: "lectures",
    typeDefs: readFileSync(new URL("./fixture/lectures.graphql", import.meta.url), "utf8"),
    resolvers: fixtureResolvers("lectures"),
    context: (base) => base,
    verify: createTokenVerifier({ jwksUrl: env.JWKS_URL!, issuer: "supergraph-identity", audience: "supergraph" }),
    host: "127.0.0.1",
    port: Number(env.PORT),
    introspection: true,
    routerSecret: env.ROUTER_SECRET,
    readiness: [],
    log,
    metrics: createMetrics("fixture-on-platform"),
  });
}

async function main(): Promise<void> {
  // Children inherit this process's CPU; the measured servers are moved to CPU 0 when spawned.
  execFileSync("taskset", ["-a", "-pc", "1", String(process.pid)], { stdio: "ignore" });
  const work = mkdtempSync(join(tmpdir(), "bench-subgraph-"));
  const stack = await Stack.start({ lectures: { LOG_LEVEL: "warn" }, router: { LOG_LEVEL: "warn" } }, { only: ["lectures"] });
  const servers: ServiceProcess[] = [];
  let rows: Record<string, string | number>[] = [];
  const notes: string[] = [];
  try {
    const instructor = await stack.mintUser("INSTRUCTOR");
    const opened = await stack.gql<{ openLecture: { id: string } }>(
      "mutation($input: OpenLectureInput!) { openLecture(input: $input) { id } }",
      { input: { title: "Distributed systems", price: 1_000, capacity: 100 } },
      instructor.token,
    );
    if (!opened.data?.openLecture) throw new Error(`openLecture failed: ${JSON.stringify(opened.errors)}`);
    // The stack's own lectures process is not pinned: the same context on the same database and
    // settings is started again on CPU 0 in its place.
    await stack.service("lectures").stop();
    const platform = new ServiceProcess("platform: lectures", "subgraphs/lectures/src/index.ts", await freePort(), { ...stack.baseEnv, DATABASE_URL: stack.databaseUrl("lectures"), LOG_LEVEL: "warn" }, { cpus: "0" });
    const stock = new ServiceProcess("baseline: stock Apollo Server standalone (fixture)", "bench/fixture/subgraph.ts", await freePort(), { FIXTURE_SUBGRAPH: "lectures" }, { cpus: "0", ready: answersGraphQL });
    const onPlatform = new ServiceProcess("stock Apollo Server through the platform's HTTP layer (fixture)", "bench/subgraph-request.ts", await freePort(), { ...stack.baseEnv, SUBGRAPH_REQUEST_SERVE: "fixture" }, { cpus: "0" });
    servers.push(platform, stock, onPlatform);
    await Promise.all(servers.map((s) => s.start()));
    const student = await stack.mintUser("STUDENT");
    // What the router sends: the viewer's token and its secret; every answer must hold the lecture.
    const asRouter = (url: string, id: string): GraphQLRequest => ({ url: `${url}/graphql`, query: QUERY, variables: { id }, token: student.token, headers: { [ROUTER_SECRET_HEADER]: stack.baseEnv.ROUTER_SECRET! }, expect: '"title"' });
    const cases: Case[] = [
      { name: stock.name, process: stock, request: asRouter(stock.url, "lecture-1") },
      { name: onPlatform.name, process: onPlatform, request: asRouter(onPlatform.url, "lecture-1") },
      { name: platform.name, process: platform, request: asRouter(platform.url, opened.data.openLecture.id) },
    ];
    rows = await compare(cases);
    if (profiling) notes.push(await profile(cases[2]!, values["profile-dir"] ?? mkdtempSync(join(work, "profile-"))));
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await stack.stop();
    rmSync(work, { recursive: true, force: true });
  }

  type Row = Record<string, number>;
  const [stockRow, onPlatformRow, platformRow] = rows as [Row, Row, Row];
  const floor = stockRow["CPU ms/request"]! / onPlatformRow["CPU ms/request"]!;
  const ratio = stockRow["req/s"]! / platformRow["req/s"]!;
  const cpuRatio = platformRow["CPU ms/request"]! / stockRow["CPU ms/request"]!;
  const targets: Target[] = [
    {
      name: "subgraph request through the platform vs stock Apollo Server (throughput)",
      target: "within 1.3x",
      actual: `${ratio.toFixed(2)}x (${platformRow["req/s"]} vs ${stockRow["req/s"]} req/s; CPU per request ${cpuRatio.toFixed(2)}x)`,
      met: ratio <= 1.3,
    },
    {
      name: "Apollo Server served more cheaply than its standalone server (same schema and data)",
      target: "< 1x the standalone's CPU per request",
      actual: `${(1 / floor).toFixed(2)}x (${onPlatformRow["CPU ms/request"]} vs ${stockRow["CPU ms/request"]} ms; ${onPlatformRow["req/s"]} vs ${stockRow["req/s"]} req/s)`,
      met: floor > 1,
    },
  ];
  saveResult("subgraph-request", {
    title: "A subgraph request through the platform",
    rows,
    targets,
    notes: [
      `\`${QUERY}\`; ${CONNECTIONS} connections, ${seconds} s per case in ${rounds} rounds taking turns, after ${warmupSeconds} s of warm-up (req/s: mean of the rounds; p50, p99: their median). Servers on CPU 0, load generator on CPU 1.`,
      "The platform's request carries what the router sends: a bearer token (verified against identity's JWKS, then remembered) and the router secret; the fixture ignores both and answers from memory, the platform reads PostgreSQL (whose CPU is not counted in its CPU ms).",
      ...notes,
    ],
  });
  process.exit(0);
}

if (process.env.SUBGRAPH_REQUEST_SERVE === "fixture") await serveFixtureOnPlatform(process.env);
else await main();
