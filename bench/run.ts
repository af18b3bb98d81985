/**
 * `npm run bench`: every benchmark, one after another (they would measure each other if run
 * together on two cores), then one report of all their figures and targets in
 * bench/results/latest.md and latest.json. Each script starts what it needs on 127.0.0.1
 * and stops it; PostgreSQL and NATS are started first when they are not running (as for
 * `npm test`). Options: --quick (short windows, a smoke run)  --only a,b (script names).
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ensureServers } from "../scripts/servers.ts";
import { markdown, table, type BenchResult } from "./report.ts";

const SCRIPTS = ["router-throughput", "subgraph-request", "read-model", "me", "live-fanout", "event-path", "parking-path", "pizza-path", "online-study-path", "vaccination-path", "overload", "startup"] as const;

const { values } = parseArgs({ options: { quick: { type: "boolean", default: false }, only: { type: "string" } } });
const chosen = values.only ? values.only.split(",") : [...SCRIPTS];
const unknown = chosen.filter((name) => !(SCRIPTS as readonly string[]).includes(name));
if (unknown.length > 0) {
  console.error(`unknown benchmark(s): ${unknown.join(", ")}; choose from ${SCRIPTS.join(", ")}`);
  process.exit(2);
}

await ensureServers();
const results = join(import.meta.dirname, "results");
mkdirSync(results, { recursive: true });
const started = new Date();
const outcomes: { name: string; seconds: number; result?: BenchResult; failure?: string }[] = [];
for (const name of chosen) {
  console.log(`\n=== ${name} (${outcomes.length + 1}/${chosen.length}) ===`);
  const t0 = Date.now();
  const run = spawnSync(process.execPath, ["--import", "tsx", join(import.meta.dirname, `${name}.ts`), ...(values.quick ? ["--quick"] : [])], { stdio: "inherit" });
  const seconds = Math.round((Date.now() - t0) / 1000);
  if (run.status !== 0) {
    outcomes.push({ name, seconds, failure: `exited with ${run.status ?? run.signal}` });
    continue;
  }
  outcomes.push({ name, seconds, result: JSON.parse(readFileSync(join(results, `${name}.json`), "utf8")) as BenchResult });
}

const targets = outcomes.flatMap((o) => o.result?.targets ?? []);
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? "CPU"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const summary = table([
  ...outcomes.map((o) => ({
    benchmark: o.name,
    seconds: o.seconds,
    targets: o.failure ? `failed: ${o.failure}` : `${o.result!.targets.filter((t) => t.met).length} of ${o.result!.targets.length} met`,
  })),
]);
const text = [
  `# Benchmark results`,
  "",
  `${started.toISOString()}${values.quick ? " (--quick: short windows, not the figures to quote)" : ""}; ${machine}. Reproduce with \`npm run bench\`.`,
  "",
  summary,
  "",
  ...outcomes.flatMap((o) => (o.result ? [markdown(o.result), ""] : [`## ${o.name}`, "", `Failed: ${o.failure}.`, ""])),
].join("\n");
writeFileSync(join(results, "latest.md"), text);
writeFileSync(join(results, "latest.json"), `${JSON.stringify({ started: started.toISOString(), quick: values.quick, machine, outcomes }, null, 2)}\n`);
console.log(`\n${summary}\n\n${targets.filter((t) => t.met).length} of ${targets.length} targets met; report in bench/results/latest.md`);
process.exit(outcomes.some((o) => o.failure) ? 1 : 0);
