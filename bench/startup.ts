/**
 * Start-up and footprint (`npm run bench:startup`): `npm start` from a warm install
 * (node_modules and Prisma clients in place) until it prints "Supergraph ready", twice: on a
 * fresh data directory (embedded PostgreSQL initialised, migrated, demo data seeded), then
 * again on the same directory; then the resident memory of the whole stack, idle, per process.
 * `npm start` uses its fixed ports (4000-4005, 54320 and up): they must be free. It uses the
 * machine's NATS when one answers, as it would for a developer.
 * Options: --quick (a shorter idle wait before memory is read)
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { connectBus, createLogger, SUBGRAPHS } from "@supergraph/platform";
import { processTree, repoRoot, waitFor } from "@supergraph/testkit";
import { saveResult } from "./report.ts";

const { values } = parseArgs({ options: { quick: { type: "boolean", default: false } } });
const idleSeconds = values.quick ? 5 : 30;
const NATS_URL = process.env.NATS_URL ?? "nats://127.0.0.1:4222";

interface Started {
  child: ChildProcess;
  /** From spawning `npm start` to its ready line. */
  seconds: number;
  /** What start.ts itself reports (after npm and the install check). */
  reported: number;
}

async function npmStart(env: Record<string, string>): Promise<Started> {
  const started = Date.now();
  const child = spawn("npm", ["start"], { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (output += d.toString()));
  const ready = await waitFor("npm start to print its ready line", () => {
    if (child.exitCode !== null) throw new Error(`npm start exited ${child.exitCode}:\n${output.slice(-3000)}`);
    return /Supergraph ready in ([\d.]+)s/.exec(output);
  }, 170_000, 100);
  return { child, seconds: (Date.now() - started) / 1000, reported: Number(ready[1]) };
}

/** SIGTERM as Ctrl-C would, then waits until every process of the stack is gone. */
async function stop(child: ChildProcess): Promise<void> {
  const pids = processTree(child.pid!).map((p) => p.pid);
  child.kill("SIGTERM");
  const alive = () => pids.filter((pid) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  });
  await waitFor("the stack to stop", () => alive().length === 0, 60_000, 200).catch(() => alive().forEach((pid) => process.kill(pid, "SIGKILL")));
}

/** What a process of the stack is, from its command line. */
function roleOf(command: string): string {
  const service = /(subgraphs\/([\w-]+)|router)\/src\/index\.ts/.exec(command);
  if (service) return service[2] ?? "router";
  if (command.includes("scripts/start.ts")) return "supervisor + embedded PostgreSQL (scripts/start.ts)";
  if (command.includes("bootstrap.mjs")) return "npm start wrapper (bootstrap.mjs)";
  if (command.includes("nats-server")) return "nats-server";
  if (/\bnpm\b/.test(command)) return "npm";
  return command.split(" ")[0]!;
}

/** What bootstrap.mjs checks: a warm install has its npm marker no older than the manifests. */
function assertWarmInstall(): void {
  const mtime = (path: string) => (existsSync(join(repoRoot, path)) ? statSync(join(repoRoot, path)).mtimeMs : 0);
  if (mtime("node_modules/.package-lock.json") < Math.max(mtime("package.json"), mtime("package-lock.json"))) {
    throw new Error("node_modules is older than package.json or package-lock.json: npm start would install first; run npm install, then this benchmark");
  }
}

async function main(): Promise<void> {
  assertWarmInstall();
  const dataDir = mkdtempSync(join(tmpdir(), "bench-startup-"));
  const env = { SUPERGRAPH_DATA_DIR: dataDir, NATS_NAMESPACE: `bench_${randomBytes(4).toString("hex")}`, LOG_LEVEL: "warn" };
  const rows: Record<string, string | number>[] = [];
  const startRow = (what: string, s: Started) => ({ measure: `npm start to ready: ${what}`, value: `${s.seconds.toFixed(1)} s`, detail: `start.ts itself reports ${s.reported} s` });
  try {
    const cold = await npmStart(env);
    await stop(cold.child);
    rows.push(startRow("fresh data directory (initialise, migrate, seed)", cold));
    const warm = await npmStart(env);
    rows.push(startRow("same data directory again", warm));
    await new Promise((r) => setTimeout(r, idleSeconds * 1000));
    const tree = processTree(warm.child.pid!);
    await stop(warm.child);
    const byRole = new Map<string, number>();
    for (const p of tree) byRole.set(roleOf(p.command), (byRole.get(roleOf(p.command)) ?? 0) + p.rssKiB);
    const wrappers = ["npm", "npm start wrapper (bootstrap.mjs)", "sh"];
    const stackKiB = [...byRole].filter(([role]) => !wrappers.includes(role)).reduce((sum, [, kib]) => sum + kib, 0);
    const order = ["router", ...SUBGRAPHS.map((s) => s.name)];
    const mib = (kib: number) => `${Math.round(kib / 1024)} MiB`;
    for (const [role, kib] of [...byRole].sort(([a], [b]) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99))) {
      rows.push({ measure: `resident memory, idle: ${role}`, value: mib(kib), detail: "" });
    }
    rows.push({ measure: "resident memory, idle: whole stack", value: mib(stackKiB), detail: "every process above but npm and its wrapper" });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
    const bus = await connectBus({ url: NATS_URL, namespace: env.NATS_NAMESPACE, name: "bench-cleanup", log: createLogger("bench", "silent") });
    await bus.jsm.streams.delete(bus.names.stream).catch(() => undefined);
    await bus.close();
  }
  saveResult("startup", {
    title: "Start-up and footprint",
    rows,
    targets: [],
    notes: [
      "`npm start` from a warm install: node_modules and generated Prisma clients in place (it still checks them and runs prisma generate, which the wall time includes).",
      `Memory: resident set of each process of the stack, read after ${idleSeconds} s idle following the second start; NATS is the machine's (already running), so it is not counted.`,
    ],
  });
  process.exit(0);
}

await main();
