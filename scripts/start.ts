/**
 * `npm start` (through scripts/bootstrap.mjs): NATS, one database per context, every
 * subgraph and the router on this machine, demo data on first start, until Ctrl-C.
 * - Databases: embedded PGlite on 127.0.0.1:54320 and up (data in .data/pglite), unless
 *   `<CONTEXT>_DATABASE_URL` (e.g. LECTURES_DATABASE_URL) names a real PostgreSQL.
 * - NATS_URL (default nats://127.0.0.1:4222): used if it answers; otherwise a local
 *   nats-server with JetStream is started here (data in .data/nats).
 * - SUPERGRAPH_DATA_DIR (default .data): where embedded data and the seed marker live.
 * - ROUTER_SECRET: what the router shows the subgraphs; a random one per run unless set.
 * Ctrl-C stops them all in order (see supervisor.ts).
 */
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { delimiter, join, resolve } from "node:path";
import { ROUTER_PORT, SUBGRAPHS } from "../packages/platform/src/topology.ts";
import { EMBEDDED_POOL_SIZE, startEmbeddedPostgres } from "./embedded-postgres.ts";
import { buildWeb } from "./build-web.ts";
import { answers, aptInstall, canInstallWithApt, executable } from "./machine.ts";
import { SEED_PASSWORD, SEED_USERS, seed } from "./seed.ts";
import { launch, paint, progress, Supervisor, type Service } from "./supervisor.ts";

const root = resolve(import.meta.dirname, "..");
/** Where embedded databases, NATS data and the seed marker live (SUPERGRAPH_DATA_DIR, default .data). */
const dataDir = resolve(root, process.env.SUPERGRAPH_DATA_DIR ?? ".data");
/**
 * The embedded databases listen on 15432 and up: below Linux's ephemeral range (32768-60999),
 * so no outgoing connection's local port, nor a port a test asked the kernel for, can hold
 * one of them (54320 collided with those under a busy test run).
 */
const PGLITE_BASE_PORT = 15432;
const READY_TIMEOUT_MS = 60_000;

/** A start-up failure, reported as its message alone. */
class StartError extends Error {}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Node with tsx's loader, as `node --import tsx` (tsx 4), which resolves tsx from `root`. */
const nodeTs = (entry: string) => [process.execPath, ["--import", "tsx", join(root, entry)]] as const;

// ---- NATS ----------------------------------------------------------------------------

/** Whether a NATS server is there: it greets every client with an INFO line at once. */
function natsGreets(host: string, port: number): Promise<"nats" | "other" | "nothing"> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (answer: "nats" | "other" | "nothing") => {
      clearTimeout(timer);
      socket.destroy();
      resolve(answer);
    };
    let connected = false;
    const timer = setTimeout(() => done(connected ? "other" : "nothing"), 2_000);
    socket.once("connect", () => (connected = true));
    socket.once("data", (data) => done(data.toString("latin1").startsWith("INFO ") ? "nats" : "other"));
    socket.once("error", () => done("nothing"));
  });
}

function natsAddress(url: string): { host: string; port: number } {
  const first = url.split(",")[0]!.trim();
  const parsed = new URL(first.includes("://") ? first : `nats://${first}`);
  return { host: parsed.hostname.replace(/^\[|\]$/g, ""), port: Number(parsed.port || 4222) };
}

function findNatsServer(): string | undefined {
  const dirs = [...(process.env.PATH ?? "").split(delimiter), "/usr/sbin", "/usr/local/sbin"];
  return dirs.filter(Boolean).map((dir) => join(dir, "nats-server")).find(executable);
}

function installNatsServer(): string {
  if (!canInstallWithApt()) {
    throw new StartError(
      "nats-server not found: install it (Debian/Ubuntu: sudo apt-get install nats-server; macOS: brew install nats-server) or set NATS_URL to a NATS server with JetStream",
    );
  }
  progress("NATS: nats-server not found; installing it with apt-get");
  try {
    aptInstall("nats-server");
  } catch (error) {
    throw new StartError((error as Error).message);
  }
  const installed = findNatsServer();
  if (!installed) throw new StartError("apt-get installed nats-server, but it is not on PATH nor in /usr/sbin");
  return installed;
}

async function ensureNats(url: string, supervisor: Supervisor): Promise<string> {
  const { host, port } = natsAddress(url);
  const found = await natsGreets(host, port);
  if (found === "nats") return `${url} (already running)`;
  if (found === "other") throw new StartError(`something answers at ${host}:${port}, but it is not a NATS server; set NATS_URL to one`);
  if (!["127.0.0.1", "localhost", "::1", "0.0.0.0"].includes(host)) throw new StartError(`NATS at ${url} does not answer`);
  const bin = findNatsServer() ?? installNatsServer();
  const store = join(dataDir, "nats");
  mkdirSync(store, { recursive: true });
  const listenOn = host === "localhost" ? "127.0.0.1" : host;
  // nats-server logs every start-up step; show warnings and errors only.
  const nats = launch("nats", bin, ["-js", "-a", listenOn, "-p", String(port), "-sd", store], {
    cwd: root,
    env: process.env,
    show: (line) => /\[(WRN|ERR|FTL)\]/.test(line),
  });
  supervisor.nats = supervisor.watch(nats);
  const deadline = Date.now() + 10_000;
  while ((await natsGreets(host, port)) !== "nats") {
    if (nats.ended() || Date.now() > deadline) throw new StartError(`nats-server did not start:\n${nats.tail.join("\n")}`);
    await sleep(100);
  }
  return `${url} (nats-server started here, JetStream data in .data/nats)`;
}

// ---- databases -------------------------------------------------------------------

interface Database {
  url: string;
  embedded: boolean;
}

const databaseVariable = (context: string) => `${context.toUpperCase().replace(/-/g, "_")}_DATABASE_URL`;
const contexts = SUBGRAPHS.map((s) => s.name);
const given = Object.fromEntries(contexts.map((c) => [c, process.env[databaseVariable(c)]]));
const embedded = contexts.filter((c) => !given[c]);

async function prepareDatabases(supervisor: Supervisor): Promise<Record<string, Database>> {
  if (embedded.length > 0) {
    progress(`databases: embedded PostgreSQL (PGlite) for ${embedded.join(", ")}${existsSync(join(dataDir, "pglite")) ? "" : " (first start: initialising, ~20 s)"}`);
    supervisor.databases = await startEmbeddedPostgres({ dataDir: join(dataDir, "pglite"), contexts: embedded, basePort: PGLITE_BASE_PORT }).catch(
      (error: Error) => {
        throw new StartError(`embedded databases: ${error.message}`);
      },
    );
  }
  const external = contexts.filter((c) => given[c]);
  if (external.length > 0) progress(`databases: PostgreSQL from ${external.map(databaseVariable).join(", ")}`);
  return Object.fromEntries(
    contexts.map((c) => [c, given[c] ? { url: given[c], embedded: false } : { url: supervisor.databases!.urls[c]!, embedded: true }]),
  );
}

// ---- services -------------------------------------------------------------------

/** Before anything starts: another `npm start` is the usual owner of these ports. */
async function ensurePortsFree(): Promise<void> {
  const databases = embedded.map((name, i) => ({ name: `${name} database`, port: PGLITE_BASE_PORT + i }));
  for (const { name, port } of [...SUBGRAPHS, { name: "router", port: ROUTER_PORT }, ...databases]) {
    if (await answers("127.0.0.1", port)) throw new StartError(`port ${port} (${name}) is already in use: is another \`npm start\` running?`);
  }
}

async function waitReady(service: Service, port: number): Promise<void> {
  const url = `http://127.0.0.1:${port}/readyz`;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let last = "no answer";
  for (;;) {
    if (service.ended()) throw new StartError(`${service.name} exited before it was ready (${await service.exited})`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
      last = `HTTP ${response.status} ${await response.text()}`;
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause;
      last = cause?.code === "ECONNREFUSED" ? "not listening yet" : (error as Error).message;
    }
    if (Date.now() > deadline) {
      const lines = service.tail.map((l) => `    ${l}`).join("\n");
      throw new StartError(`${service.name} is not ready after ${READY_TIMEOUT_MS / 1000} s (${url}: ${last}); its last lines:\n${lines}`);
    }
    await sleep(250);
  }
}

async function startSubgraphs(supervisor: Supervisor, databases: Record<string, Database>, natsUrl: string, routerSecret: string): Promise<void> {
  progress(`subgraphs: starting ${SUBGRAPHS.map((s) => s.name).join(", ")}`);
  for (const { name, port } of SUBGRAPHS) {
    const db = databases[name]!;
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: db.url, PORT: String(port), NATS_URL: natsUrl, ROUTER_SECRET: routerSecret };
    if (db.embedded) env.DATABASE_POOL_SIZE = String(EMBEDDED_POOL_SIZE);
    const [command, args] = nodeTs(`subgraphs/${name}/src/index.ts`);
    supervisor.subgraphs.push(supervisor.watch(launch(name, command, args, { cwd: root, env })));
  }
  const results = await Promise.allSettled(supervisor.subgraphs.map((s, i) => waitReady(s, SUBGRAPHS[i]!.port)));
  const failures = results.flatMap((r) => (r.status === "rejected" ? [(r.reason as Error).message] : []));
  if (failures.length > 0) throw new StartError(failures.join("\n"));
}

async function startRouter(supervisor: Supervisor, natsUrl: string, routerSecret: string): Promise<void> {
  progress("explorer and web client: building (skipped when unchanged)");
  await buildWeb();
  progress("router: starting");
  const [command, args] = nodeTs("router/src/index.ts");
  supervisor.router = supervisor.watch(launch("router", command, args, { cwd: root, env: { ...process.env, PORT: String(ROUTER_PORT), NATS_URL: natsUrl, ROUTER_SECRET: routerSecret } }));
  await waitReady(supervisor.router, ROUTER_PORT);
}

/** Seeds once per set of databases: `.data/seeded` for the embedded ones. */
async function seedOnce(databases: Record<string, Database>): Promise<void> {
  const external = Object.values(databases).filter((d) => !d.embedded).map((d) => d.url).sort();
  const marker = external.length === 0 ? "seeded" : `seeded-${createHash("sha256").update(external.join("\n")).digest("hex").slice(0, 12)}`;
  if (existsSync(join(dataDir, marker))) return;
  progress("seed: first start with these databases, adding demo users and lectures");
  try {
    const result = await seed(`http://127.0.0.1:${ROUTER_PORT}/graphql`);
    writeFileSync(join(dataDir, marker), `${new Date().toISOString()}\n`);
    progress(`seed: ${result.users.length} users, ${result.lecturesOpened} lectures`);
  } catch (error) {
    console.error(paint(33, `! seeding failed, will retry on next start: ${(error as Error).message}`));
  }
}

function printSummary(databases: Record<string, Database>, nats: string, startedAt: number): void {
  const row = (label: string, value: string) => console.log(`  ${label.padEnd(22)} ${value}`);
  console.log("");
  row("GraphQL (router)", `http://localhost:${ROUTER_PORT}/graphql   (open it in a browser for the explorer)`);
  row("explorer (GraphiQL)", `http://localhost:${ROUTER_PORT}/explorer`);
  row("live web client", `http://localhost:${ROUTER_PORT}/app`);
  row("router operations", `http://localhost:${ROUTER_PORT}/healthz  /readyz  /metrics`);
  for (const { name, port } of SUBGRAPHS) row(`subgraph ${name}`, `http://localhost:${port}/graphql   /healthz  /readyz  /metrics`);
  for (const [name, db] of Object.entries(databases)) row(`database ${name}`, `${db.url}${db.embedded ? "   (embedded)" : ""}`);
  row("NATS", nats);
  row("demo users", `${SEED_USERS.map((u) => `${u.email} (${u.role.toLowerCase()})`).join(", ")}; password ${SEED_PASSWORD}`);
  console.log("");
  console.log(paint(32, `Supergraph ready in ${((Date.now() - startedAt) / 1000).toFixed(1)}s`) + "  (Ctrl-C stops it)");
}

async function main(supervisor: Supervisor): Promise<void> {
  const startedAt = Date.now();
  mkdirSync(dataDir, { recursive: true });
  await ensurePortsFree();
  const natsUrl = process.env.NATS_URL || "nats://127.0.0.1:4222";
  const nats = await ensureNats(natsUrl, supervisor);
  progress(`NATS: ${nats}`);
  if (supervisor.stopping) return;
  const databases = await prepareDatabases(supervisor);
  if (supervisor.stopping) return;
  // Subgraphs answer only this run's router, so nothing else on the machine reaches `_entities`.
  const routerSecret = process.env.ROUTER_SECRET || randomBytes(32).toString("base64url");
  await startSubgraphs(supervisor, databases, natsUrl, routerSecret);
  if (supervisor.stopping) return;
  await startRouter(supervisor, natsUrl, routerSecret);
  if (supervisor.stopping) return;
  await seedOnce(databases);
  if (!supervisor.stopping) printSummary(databases, nats, startedAt);
}

const supervisor = new Supervisor();
supervisor.handleSignals();
main(supervisor).catch((error: unknown) => {
  if (supervisor.stopping) return;
  console.error(paint(31, `✗ ${error instanceof StartError ? error.message : (error as Error).stack ?? String(error)}`));
  void supervisor.stop(1);
});
