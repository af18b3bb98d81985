/**
 * Start-up and footprint (`npm run bench:startup`, or `npm run bench -- --only startup`):
 * `npm start` from a warm install (node_modules and Prisma clients in place) until it prints
 * "Supergraph ready", on a fresh data directory (embedded PostgreSQL initialised, migrated,
 * demo data seeded) and again on the same directory (warm); then, idle, the memory of the
 * whole stack: the sum of every process's PSS (/proc/<pid>/smaps_rollup: shared pages split
 * between the processes that map them, so the sum is what the stack costs the machine), with
 * RSS beside it, and the number of processes. Each process mode (SUPERGRAPH_PROCESSES) is
 * measured in the same run: per-context (one Node process per context, the shape before
 * hosting), per-system (the default) and one. The marginal memory of one more context is the
 * difference between all five contexts and the three shared ones (`--only shared`) in one
 * process, halved; the Prisma client a SQL-only context no longer builds is measured alone.
 * `npm start` uses its fixed ports (4000-4005, 15432): they must be free. It gets a NATS of
 * its own (a free port, so start.ts starts nats-server, counted with the stack).
 * Options: --quick (shorter idle waits)
 */
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { CONTEXTS } from "@supergraph/platform";
import { freePort, processTree, repoRoot, waitFor } from "@supergraph/testkit";
import { DEFAULT_PROCESS_MODE } from "../scripts/hosting.ts";
import { saveResult, type Target } from "./report.ts";

const { values } = parseArgs({ options: { quick: { type: "boolean", default: false }, "prisma-probe": { type: "string" } } });
const idleSeconds = values.quick ? 2 : 5;

interface Started {
  child: ChildProcess;
  /** From spawning `npm start` to its ready line. */
  seconds: number;
  /** CPU time the stack's processes had used by then (their reaped children included). */
  cpuSeconds: number;
  /** What the ready line says (counted by bootstrap.mjs from npm's start). */
  reported: number;
}

async function npmStart(env: Record<string, string>, args: string[] = []): Promise<Started> {
  const started = Date.now();
  const child = spawn("npm", ["start", ...(args.length ? ["--", ...args] : [])], { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (output += d.toString()));
  const exited = new Promise<never>((_, reject) => child.once("exit", (code) => reject(new Error(`npm start exited ${code}:\n${output.slice(-3000)}`))));
  exited.catch(() => undefined);
  const ready = await Promise.race([waitFor("npm start to print its ready line", () => /Supergraph ready in ([\d.]+)s/.exec(output), 170_000, 50), exited]);
  if (/installing dependencies/.test(output)) {
    await stop(child);
    throw new Error("npm start installed dependencies first (node_modules does not match package-lock.json): run npm install, then this benchmark");
  }
  const seconds = (Date.now() - started) / 1000;
  return { child, seconds, cpuSeconds: cpuOf(child.pid!), reported: Number(ready[1]) };
}

/** SIGTERM as Ctrl-C would, then waits until every process of the stack is gone. */
async function stop(child: ChildProcess): Promise<void> {
  const pids = processTree(child.pid!).map((p) => p.pid);
  child.kill("SIGTERM");
  const alive = () =>
    pids.filter((pid) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    });
  await waitFor("the stack to stop", () => alive().length === 0, 60_000, 100).catch(() => alive().forEach((pid) => process.kill(pid, "SIGKILL")));
}

/** What a process of the stack is, from its command line. */
function roleOf(command: string): string {
  const host = /scripts\/host\.ts (\S+)/.exec(command);
  if (host) return `host ${host[1]}`;
  if (command.includes("router/src/index.ts")) return "router";
  if (command.includes("bootstrap.mjs")) return "launcher (bootstrap.mjs + start.ts, and npm's sh -c)";
  if (command.includes("nats-server")) return "nats-server";
  if (/postgres/.test(command)) return "PostgreSQL (server and backends)";
  if (command.includes("esbuild")) return "esbuild (tsx's transform service)";
  if (/\bnpm\b/.test(command)) return "npm";
  return command.split(" ")[0]!;
}

/** PSS and RSS of a process in KiB, from smaps_rollup (zero if it has ended meanwhile). */
function memoryOf(pid: number): { pss: number; rss: number } {
  try {
    const text = readFileSync(`/proc/${pid}/smaps_rollup`, "utf8");
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(text)?.[1] ?? 0);
    return { pss: field("Pss"), rss: field("Rss") };
  } catch {
    return { pss: 0, rss: 0 };
  }
}

/** utime + stime + cutime + cstime of every process of the tree, in seconds (USER_HZ 100). */
function cpuOf(root: number): number {
  let ticks = 0;
  for (const p of processTree(root)) {
    try {
      const fields = readFileSync(`/proc/${p.pid}/stat`, "utf8").replace(/^.*\) /s, "").split(" ");
      ticks += [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0);
    } catch {
      // ended meanwhile
    }
  }
  return ticks / 100;
}

interface Footprint {
  processes: number;
  pss: number;
  rss: number;
  byRole: Map<string, { pss: number; rss: number; count: number }>;
}

function footprint(root: number): Footprint {
  const byRole = new Map<string, { pss: number; rss: number; count: number }>();
  const tree = processTree(root).filter((p) => !p.command.startsWith("ps "));
  for (const p of tree) {
    const m = memoryOf(p.pid);
    const role = roleOf(p.command);
    const sum = byRole.get(role) ?? { pss: 0, rss: 0, count: 0 };
    byRole.set(role, { pss: sum.pss + m.pss, rss: sum.rss + m.rss, count: sum.count + 1 });
  }
  const all = [...byRole.values()];
  return { processes: tree.length, pss: all.reduce((s, r) => s + r.pss, 0), rss: all.reduce((s, r) => s + r.rss, 0), byRole };
}

const mib = (kib: number) => `${Math.round(kib / 1024)} MiB`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A warm start in a mode, measured after the idle wait, then stopped. */
async function measured(env: Record<string, string>, mode: string, args: string[] = []): Promise<{ start: Started; memory: Footprint }> {
  const start = await npmStart({ ...env, SUPERGRAPH_PROCESSES: mode }, args);
  await sleep(idleSeconds * 1000);
  const memory = footprint(start.child.pid!);
  await stop(start.child);
  return { start, memory };
}

/**
 * What Prisma clients cost in a process (the `--prisma-probe a,b` child): the first one
 * brings Prisma's runtime and query compiler, the next ones only themselves; PSS after each is
 * built and has run a query.
 */
async function prismaProbe(contexts: string[]): Promise<void> {
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const { default: pg } = await import("pg");
  const pool = new pg.Pool({ connectionString: "postgresql://postgres@127.0.0.1:5432/postgres", max: 1 });
  await pool.query("SELECT 1");
  const costs: number[] = [];
  const clients: { $disconnect(): Promise<void> }[] = [];
  for (const context of contexts) {
    global.gc?.();
    const before = memoryOf(process.pid).pss;
    const { PrismaClient } = (await import(join(repoRoot, "subgraphs", context, "src", "infra", "prisma-client", "client.ts"))) as {
      PrismaClient: new (options: unknown) => { $queryRawUnsafe(q: string): Promise<unknown>; $disconnect(): Promise<void> };
    };
    const db = new PrismaClient({ adapter: new PrismaPg(pool) });
    await db.$queryRawUnsafe("SELECT 1");
    // A model query too, which needs the query compiler (the table need not exist here).
    const delegates: string[] = [];
    // Prisma's model delegates are inherited getters: only for...in sees them.
    for (const key in db) delegates.push(key);
    const model = delegates.find((k) => !/^[$_]/.test(k) && typeof (db as never as Record<string, { findFirst?: unknown }>)[k]?.findFirst === "function");
    if (model) await (db as never as Record<string, { findFirst(): Promise<unknown> }>)[model]!.findFirst().catch(() => undefined);
    clients.push(db);
    global.gc?.();
    await sleep(300);
    costs.push(memoryOf(process.pid).pss - before);
  }
  for (const db of clients) await db.$disconnect();
  await pool.end();
  console.log(JSON.stringify({ costs }));
}

function prismaCosts(contexts: string[]): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--expose-gc", "--import", "tsx", import.meta.filename, "--prisma-probe", contexts.join(",")], { cwd: repoRoot, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.once("exit", (code) => (code === 0 ? resolve((JSON.parse(out.trim().split("\n").pop()!) as { costs: number[] }).costs) : reject(new Error(`prisma probe exited ${code}`))));
  });
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), "bench-startup-"));
  // As root the embedded PostgreSQL runs as `postgres`, who must reach its folder.
  chmodSync(dataDir, 0o755);
  const env = { SUPERGRAPH_DATA_DIR: dataDir, NATS_URL: `nats://127.0.0.1:${await freePort()}`, LOG_LEVEL: "warn" };
  const rows: Record<string, string | number>[] = [];
  const targets: Target[] = [];
  let load = 0;
  let loadAfter = 0;
  try {
    load = loadavg()[0]!;
    const cold = await npmStart({ ...env, SUPERGRAPH_PROCESSES: DEFAULT_PROCESS_MODE });
    await stop(cold.child);
    const modes = { "per-context": await measured(env, "per-context"), "per-system": await measured(env, "per-system"), one: await measured(env, "one") };
    loadAfter = loadavg()[0]!;
    const fewer = await measured(env, "one", ["--only", "shared"]);
    const startRow = (what: string, s: Started) => ({
      measure: `npm start to ready: ${what}`,
      value: `${s.seconds.toFixed(1)} s`,
      RSS: "",
      detail: `its ready line says ${s.reported} s; ${s.cpuSeconds.toFixed(1)} CPU-seconds by then`,
    });
    rows.push(startRow(`fresh data directory (initialise, migrate, seed), ${DEFAULT_PROCESS_MODE}`, cold));
    for (const [mode, m] of Object.entries(modes)) rows.push(startRow(`warm, ${mode}`, m.start));
    for (const [mode, m] of Object.entries(modes)) {
      rows.push({ measure: `whole stack idle, ${mode}: PSS`, value: mib(m.memory.pss), RSS: mib(m.memory.rss), detail: `${m.memory.processes} processes` });
    }
    const chosen = modes[DEFAULT_PROCESS_MODE].memory;
    const order = ["router", ...[...chosen.byRole.keys()].filter((r) => r.startsWith("host ")).sort()];
    for (const [role, m] of [...chosen.byRole].sort(([a], [b]) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99))) {
      rows.push({ measure: `  ${DEFAULT_PROCESS_MODE}, ${role}`, value: mib(m.pss), RSS: mib(m.rss), detail: `${m.count} process${m.count === 1 ? "" : "es"}` });
    }
    const added = CONTEXTS.length - 3;
    const marginal = (modes.one.memory.pss - fewer.memory.pss) / added;
    rows.push({
      measure: "marginal context (one process)",
      value: mib(marginal),
      RSS: mib((modes.one.memory.rss - fewer.memory.rss) / added),
      detail: `(${mib(modes.one.memory.pss)} with ${CONTEXTS.length} contexts - ${mib(fewer.memory.pss)} with the 3 shared) / ${added}`,
    });
    const [first, second] = await prismaCosts(["views", "payments"]);
    rows.push({ measure: "Prisma client, built and warmed: the first in a process", value: mib(first!), RSS: "", detail: "views' client, with Prisma's runtime and query compiler, after a raw and a model query" });
    rows.push({ measure: "Prisma client: one more in the same process (what prisma: false saves per context)", value: mib(second!), RSS: "", detail: "payments' client beside views'" });
    const warm = modes[DEFAULT_PROCESS_MODE].start.seconds;
    targets.push(
      { name: `whole local stack idle (PSS, default ${DEFAULT_PROCESS_MODE})`, target: "<= 600 MiB", actual: mib(chosen.pss), met: chosen.pss <= 600 * 1024 },
      { name: "marginal memory of one more context", target: "<= 25 MiB", actual: mib(marginal), met: marginal <= 25 * 1024 },
      { name: `npm start to ready, warm (default ${DEFAULT_PROCESS_MODE})`, target: "<= 10 s", actual: `${warm.toFixed(1)} s`, met: warm <= 10 },
    );
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  saveResult("startup", {
    title: "Start-up and footprint",
    rows,
    targets,
    notes: [
      "`npm start` from a warm install: node_modules and generated Prisma clients in place (bootstrap.mjs still checks both, which the wall time includes).",
      `Memory: after ${idleSeconds} s idle, the sum over every process of the \`npm start\` tree (npm, the launcher, host processes, router, PostgreSQL server and backends, nats-server, tsx's esbuild) of PSS from /proc/<pid>/smaps_rollup, RSS beside it.`,
      "per-context is one Node process per context (what npm start ran before contexts shared processes); per-system and one host several contexts per process.",
      `Times depend on what else the machine runs: load average ${load.toFixed(1)} when this run began, ${loadAfter.toFixed(1)} after the starts, on ${cpus().length} cores. The CPU-seconds beside each start are the work itself, whatever the load.`,
    ],
  });
  process.exit(0);
}

if (values["prisma-probe"]) await prismaProbe(values["prisma-probe"].split(","));
else await main();
