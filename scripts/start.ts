/**
 * `npm start` (through scripts/bootstrap.mjs): NATS, one database per context, every
 * context and the router on this machine, demo data on first start, until Ctrl-C.
 * - Contexts share Node processes (scripts/host.ts): SUPERGRAPH_PROCESSES=one (the default:
 *   all in one process), `per-system` (one process per system, the shared contexts together)
 *   or `per-context` (one each, as compose and Kubernetes run them); see hosting.ts. Each
 *   keeps its own port, database, pool, NATS connection, consumers and outbox relay.
 * - One context can be stopped and started again while the rest run: `npm run ctl -- stop
 *   payments` (scripts/ctl.ts), or `stop payments` typed in this terminal.
 * - Databases: one embedded PostgreSQL server on 127.0.0.1:15432 (data in .data/postgres)
 *   with a database per context, unless `<CONTEXT>_DATABASE_URL` (e.g. LECTURES_DATABASE_URL)
 *   names a real PostgreSQL.
 * - NATS_URL (default nats://127.0.0.1:4222): used if it answers; otherwise a local
 *   nats-server with JetStream is started here (data in .data/nats).
 * - SUPERGRAPH_DATA_DIR (default .data): where embedded data, the seed marker and the control
 *   file live.
 * - ROUTER_SECRET: what the router shows the subgraphs; a random one per run unless set.
 * - `--only <system>[,<system>]`: that system's contexts and the shared ones.
 * Ctrl-C stops them all in order (see supervisor.ts).
 */
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { delimiter, join, relative, resolve } from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { stripVTControlCharacters } from "node:util";
import {
  CONTEXTS,
  contextsOf,
  databaseUrlVariable,
  ROUTER_PORT,
  SYSTEMS,
  type ContextDeclaration,
  type SystemName,
} from "../packages/platform/src/topology.ts";
import { buildWeb, bundlesBuilt } from "./build-web.ts";
import { serveControl, statusLines, type ControlAnswer, type ControlRequest } from "./control.ts";
import { EMBEDDED_POOL_SIZE, startEmbeddedPostgres } from "./embedded-postgres.ts";
import { DEFAULT_PROCESS_MODE, hostGroups, PROCESS_MODES, type ProcessMode } from "./hosting.ts";
import { Hosts, UnknownContextError } from "./hosts.ts";
import { answers, aptInstall, canInstallWithApt, executable } from "./machine.ts";
import { SEED_PASSWORD, SEED_USERS, seed } from "./seed.ts";
import { launch, paint, progress, Supervisor, type Service } from "./supervisor.ts";

const root = resolve(import.meta.dirname, "..");
/** Where embedded databases, NATS data, the seed marker and the control file live (SUPERGRAPH_DATA_DIR, default .data). */
const dataDir = resolve(root, process.env.SUPERGRAPH_DATA_DIR ?? ".data");
/**
 * The embedded PostgreSQL listens on 15432: below Linux's ephemeral range (32768-60999), so
 * no outgoing connection's local port, nor a port a test asked the kernel for, can hold it.
 */
const POSTGRES_PORT = 15432;
const READY_TIMEOUT_MS = 60_000;
/**
 * When the user typed the command: bootstrap.mjs passes when `npm start` began (and how long
 * its install took); run directly, this process's own start.
 */
const startedAt = Number(process.env.SUPERGRAPH_STARTED_AT) || performance.timeOrigin;
const installMs = Number(process.env.SUPERGRAPH_INSTALL_MS) || 0;
const installCommand = process.env.SUPERGRAPH_INSTALL_COMMAND || "npm install";

/** A start-up failure, reported as its message alone. */
class StartError extends Error {}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

// ---- what runs ------------------------------------------------------------------------

function chosenContexts(): readonly ContextDeclaration[] {
  const { values } = parseArgs({ options: { only: { type: "string" } }, allowPositionals: false });
  if (!values.only) return CONTEXTS;
  const systems = values.only.split(",").map((s) => s.trim());
  const unknown = systems.filter((s) => !(SYSTEMS as readonly string[]).includes(s));
  if (unknown.length > 0) throw new StartError(`--only ${unknown.join(",")}: no such system; choose from ${SYSTEMS.join(", ")}`);
  return contextsOf(...(systems as SystemName[]));
}

function processMode(): ProcessMode {
  const mode = process.env.SUPERGRAPH_PROCESSES || DEFAULT_PROCESS_MODE;
  if (!(PROCESS_MODES as readonly string[]).includes(mode)) {
    throw new StartError(`SUPERGRAPH_PROCESSES=${mode}: choose ${PROCESS_MODES.join(", ")} (default ${DEFAULT_PROCESS_MODE})`);
  }
  return mode as ProcessMode;
}

/** A path as the user would type it: relative inside the repository, else absolute. */
const shown = (path: string) => (path.startsWith(`${root}/`) ? relative(root, path) : path);

/** How the user runs a control command: `npm run ctl` once package.json has it, pointing at this data directory. */
function ctlCommand(words: string): string {
  const scripts = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts?: Record<string, string> }).scripts ?? {};
  const command = scripts.ctl ? `npm run ctl -- ${words}` : `npx tsx scripts/ctl.ts ${words}`;
  const defaultDir = resolve(root, ".data");
  return dataDir === defaultDir ? command : `SUPERGRAPH_DATA_DIR=${shown(dataDir)} ${command}`;
}

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
  supervisor.nats = supervisor.watch(nats, "every context and the router need NATS");
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

async function prepareDatabases(contexts: readonly ContextDeclaration[], supervisor: Supervisor): Promise<Record<string, Database>> {
  const given = Object.fromEntries(contexts.map((c) => [c.name, process.env[databaseUrlVariable(c.name)]]));
  const embedded = contexts.filter((c) => !given[c.name]).map((c) => c.name);
  let urls: Record<string, string> = {};
  if (embedded.length > 0) {
    const fresh = !existsSync(join(dataDir, "postgres"));
    progress(`databases: embedded PostgreSQL on 127.0.0.1:${POSTGRES_PORT} for ${embedded.join(", ")}${fresh ? ` (first start: initialising it in ${shown(join(dataDir, "postgres"))})` : ""}`);
    const server = await startEmbeddedPostgres({
      dataDir: join(dataDir, "postgres"),
      contexts: embedded,
      port: POSTGRES_PORT,
      progress: (line) => progress(`embedded PostgreSQL: ${line}`),
    }).catch((error: Error) => {
      throw new StartError(`embedded PostgreSQL: ${error.message}
  (or point the contexts at a PostgreSQL of yours: ${embedded.map(databaseUrlVariable).join(", ")})`);
    });
    supervisor.databases = server;
    void server.exited.then((how) => {
      if (supervisor.stopping) return;
      console.error(paint(31, `✗ embedded PostgreSQL exited unexpectedly (${how}); every context's database is on it, so npm start stops everything (its log: ${shown(join(dataDir, "postgres", "postgres.log"))})`));
      void supervisor.stop(1);
    });
    urls = server.urls;
  }
  const external = contexts.filter((c) => given[c.name]);
  if (external.length > 0) progress(`databases: PostgreSQL from ${external.map((c) => databaseUrlVariable(c.name)).join(", ")}`);
  return Object.fromEntries(contexts.map((c) => [c.name, given[c.name] ? { url: given[c.name]!, embedded: false } : { url: urls[c.name]!, embedded: true }]));
}

// ---- contexts and router ----------------------------------------------------------------

/** Before anything starts: another `npm start` is the usual owner of these ports. */
async function ensurePortsFree(contexts: readonly ContextDeclaration[]): Promise<void> {
  const ports = [...contexts, { name: "router", port: ROUTER_PORT }, { name: "embedded PostgreSQL", port: POSTGRES_PORT }];
  for (const { name, port } of ports) {
    if (await answers("127.0.0.1", port)) throw new StartError(`port ${port} (${name}) is already in use: is another \`npm start\` running? Stop it (Ctrl-C in its terminal), then start again`);
  }
}

/** Only strings: what a child's environment can hold. */
const stringsOf = (env: NodeJS.ProcessEnv) => Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => typeof e[1] === "string"));

async function startContexts(
  contexts: readonly ContextDeclaration[],
  supervisor: Supervisor,
  databases: Record<string, Database>,
  shared: Record<string, string>,
): Promise<Hosts> {
  const mode = processMode();
  const groups = hostGroups(contexts, mode);
  const base = { ...stringsOf(process.env), ...shared };
  const hosts = new Hosts({
    root,
    groups,
    hostEnv: base,
    command: ctlCommand,
    envOf: (name) => {
      const db = databases[name]!;
      const port = contexts.find((c) => c.name === name)!.port;
      return { ...base, DATABASE_URL: db.url, PORT: String(port), ...(db.embedded ? { DATABASE_POOL_SIZE: String(EMBEDDED_POOL_SIZE) } : {}) };
    },
  });
  supervisor.contexts = hosts;
  progress(`contexts: starting ${contexts.length} in ${groups.length} Node process${groups.length === 1 ? "" : "es"} (SUPERGRAPH_PROCESSES=${mode}): ${groups.map((g) => `${g.name} [${g.contexts.join(", ")}]`).join(", ")}`);
  const timeout = sleep(READY_TIMEOUT_MS).then(() => "timeout" as const);
  const outcome = await Promise.race([hosts.startContexts(contexts.map((c) => c.name)), timeout]);
  if (outcome === "timeout") {
    const waiting = hosts.status().filter((s) => s.state === "starting").map((s) => s.context);
    throw new StartError(`${waiting.join(", ")} not started after ${READY_TIMEOUT_MS / 1000} s; their lines above say where they stand`);
  }
  const running = outcome.filter((s) => s.state === "running");
  if (running.length === 0) throw new StartError(`no context started:\n${outcome.map((s) => `  ${s.context}: ${s.reason}`).join("\n")}`);
  return hosts;
}

async function waitReady(service: Service, port: number): Promise<void> {
  const url = `http://127.0.0.1:${port}/readyz`;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let last = "no answer";
  for (;;) {
    if (service.ended()) throw new StartError(`${service.name} exited before it was ready (${await service.exited}); its last lines:\n${service.tail.map((l) => `    ${l}`).join("\n")}`);
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
    await sleep(100);
  }
}

async function startRouter(supervisor: Supervisor, shared: Record<string, string>): Promise<void> {
  progress("router: starting");
  const router = launch("router", process.execPath, ["--import", "tsx", join(root, "router/src/index.ts")], {
    cwd: root,
    env: { ...process.env, ...shared, PORT: String(ROUTER_PORT) },
  });
  supervisor.router = supervisor.watch(router, "clients reach every context through the router");
  await waitReady(router, ROUTER_PORT);
}

/** Seeds once per set of databases: `.data/seeded-postgres` for the embedded ones. */
async function seedOnce(contexts: readonly ContextDeclaration[], databases: Record<string, Database>): Promise<void> {
  // The demo users need identity; each system's demo data is added when its contexts run.
  const runs = (name: string) => contexts.some((c) => c.name === name);
  if (!runs("identity")) return;
  const external = Object.values(databases).filter((d) => !d.embedded).map((d) => d.url).sort();
  const marker = external.length === 0 ? "seeded-postgres" : `seeded-${createHash("sha256").update(external.join("\n")).digest("hex").slice(0, 12)}`;
  if (existsSync(join(dataDir, marker))) return;
  progress("seed: first start with these databases, adding demo users and lectures");
  try {
    const result = await seed(`http://127.0.0.1:${ROUTER_PORT}/graphql`, {
      lectures: runs("lectures"),
      parking: runs("parking-reservations"),
      vaccines: runs("vaccines"),
      vaccinationBooking: runs("vaccination-bookings") && runs("vaccines"),
      courseOrders: runs("course-orders"),
      pizza: runs("pizza-orders") && runs("deliveries"),
    });
    writeFileSync(join(dataDir, marker), `${new Date().toISOString()}\n`);
    progress(
      `seed: ${result.users.length} users, ${result.lecturesOpened} lectures, ${result.ticketsReserved} parking tickets, ${result.vaccinesRegistered} vaccines, ${result.vaccinationBookings} vaccination bookings, ${result.courseOrders} course orders, ${result.pizzaOrders} pizza orders`,
    );
  } catch (error) {
    console.error(paint(33, `! seeding failed, will retry on next start: ${(error as Error).message}`));
  }
}

// ---- control -------------------------------------------------------------------------

function controlOf(hosts: Hosts, supervisor: Supervisor): (request: ControlRequest) => Promise<ControlAnswer> {
  return async ({ command, contexts }) => {
    const unknown = contexts.filter((c) => !hosts.names().includes(c));
    if (unknown.length > 0) throw new UnknownContextError(`no context named ${unknown.join(", ")} in this run; these run: ${hosts.names().join(", ")}`);
    if (command === "stop" || command === "restart") await hosts.stopContexts(contexts);
    if (command === "start" || command === "restart") await hosts.startContexts(contexts);
    const notes = [`router: http://localhost:${ROUTER_PORT}/graphql (pid ${supervisor.router?.child.pid ?? "-"})`];
    return { contexts: command === "status" ? hosts.status() : hosts.status().filter((s) => contexts.includes(s.context)), notes };
  };
}

/**
 * Whether this process is in the terminal's foreground (Linux: its process group is the
 * terminal's). A background job that reads the terminal is stopped by the kernel (SIGTTIN),
 * which would freeze the run; elsewhere assume foreground.
 */
function inForeground(): boolean {
  try {
    const fields = readFileSync("/proc/self/stat", "utf8").replace(/^.*\) /s, "").split(" ");
    return fields[2] === fields[5]; // pgrp, tpgid
  } catch {
    return true;
  }
}

/** The same commands typed in the terminal `npm start` runs in (line by line; Ctrl-C stays Ctrl-C). */
function readTerminalCommands(run: (request: ControlRequest) => Promise<ControlAnswer>): void {
  if (!process.stdin.isTTY || !inForeground()) return;
  createInterface({ input: process.stdin, terminal: false }).on("line", (line) => {
    const [command, ...contexts] = stripVTControlCharacters(line).trim().split(/\s+/);
    if (!command) return;
    if (!["status", "start", "stop", "restart"].includes(command) || (command !== "status" && contexts.length === 0)) {
      console.log("commands: status | stop <context...> | start <context...> | restart <context...>   (Ctrl-C stops everything)");
      return;
    }
    run({ command: command as ControlRequest["command"], contexts })
      .then((answer) => statusLines(answer).forEach((l) => console.log(`  ${l}`)))
      .catch((error: Error) => console.error(paint(31, `✗ ${error.message}`)));
  });
}

// ---- summary -------------------------------------------------------------------------

function printSummary(hosts: Hosts, databases: Record<string, Database>, nats: string): void {
  const row = (label: string, value: string) => console.log(`  ${label.padEnd(22)} ${value}`);
  console.log("");
  row("GraphQL (router)", `http://localhost:${ROUTER_PORT}/graphql   (open it in a browser for the explorer)`);
  row("explorer (GraphiQL)", `http://localhost:${ROUTER_PORT}/explorer`);
  row("live web client", `http://localhost:${ROUTER_PORT}/app`);
  row("router operations", `http://localhost:${ROUTER_PORT}/healthz  /readyz  /metrics`);
  for (const s of hosts.status()) {
    const where = s.state === "running" ? `${s.url}   /healthz  /readyz  /metrics   (process ${s.host}, pid ${s.pid})` : paint(31, `${s.state}: ${s.reason ?? ""}`);
    row(`subgraph ${s.context}`, where);
  }
  const embedded = Object.entries(databases).filter(([, d]) => d.embedded);
  if (embedded.length > 0) row("embedded PostgreSQL", `postgresql://postgres@127.0.0.1:${POSTGRES_PORT}/<context>   (${embedded.length} databases, data in ${shown(join(dataDir, "postgres"))})`);
  for (const [name, db] of Object.entries(databases)) if (!db.embedded) row(`database ${name}`, db.url);
  row("NATS", nats);
  row("demo users", `${SEED_USERS.map((u) => `${u.email} (${u.role.toLowerCase()})`).join(", ")}; password ${SEED_PASSWORD}`);
  row("one context", `${ctlCommand("stop payments")}  |  start payments  |  status   (or type "stop payments" here)`);
  console.log("");
  const seconds = (Date.now() - startedAt) / 1000;
  const install = installMs > 0 ? `, of which ${(installMs / 1000).toFixed(1)}s ${installCommand}` : "";
  const down = hosts.status().filter((s) => s.state !== "running").map((s) => s.context);
  const without = down.length > 0 ? paint(33, ` without ${down.join(", ")}`) : "";
  console.log(`${paint(32, `Supergraph ready in ${seconds.toFixed(1)}s`)}${without}  (since \`npm start\`${install}; Ctrl-C stops it)`);
}

async function main(supervisor: Supervisor): Promise<void> {
  const contexts = chosenContexts();
  processMode();
  mkdirSync(dataDir, { recursive: true });
  await ensurePortsFree(contexts);
  const natsUrl = process.env.NATS_URL || "nats://127.0.0.1:4222";
  const nats = await ensureNats(natsUrl, supervisor);
  progress(`NATS: ${nats}`);
  if (supervisor.stopping) return;
  // Built while the databases start: one esbuild run, then its process ends (build-web.ts).
  progress("explorer and web client: building (skipped when unchanged)");
  const web = buildWeb();
  web.catch(() => undefined);
  // Subgraphs answer only this run's router, so nothing else on the machine reaches `_entities`.
  const shared = { NATS_URL: natsUrl, ROUTER_SECRET: process.env.ROUTER_SECRET || randomBytes(32).toString("base64url") };
  // The router composes from the committed supergraph and reads the bundles from disk on each
  // request, so it needs no subgraph and no database to boot: it boots beside them (after the
  // first build only when there is none yet, which it would warn about).
  const router = (bundlesBuilt() ? Promise.resolve() : web).then(() => (supervisor.stopping ? undefined : startRouter(supervisor, shared)));
  router.catch(() => undefined);
  const databases = await prepareDatabases(contexts, supervisor);
  if (supervisor.stopping) return;
  const hosts = await startContexts(contexts, supervisor, databases, shared);
  if (supervisor.stopping) return;
  await web;
  await router;
  if (supervisor.stopping) return;
  await seedOnce(contexts, databases);
  if (supervisor.stopping) return;
  const run = controlOf(hosts, supervisor);
  supervisor.control = await serveControl(dataDir, run);
  readTerminalCommands(run);
  printSummary(hosts, databases, nats);
  hosts.announceStarts();
}

const supervisor = new Supervisor();
supervisor.handleSignals();
main(supervisor).catch((error: unknown) => {
  if (supervisor.stopping) return;
  console.error(paint(31, `✗ ${error instanceof StartError ? error.message : (error as Error).stack ?? String(error)}`));
  void supervisor.stop(1);
});
