/**
 * `npm test`: makes sure the real PostgreSQL and NATS the tests use are running (starting
 * the machine's own when they are not), then
 * - type-checks and runs the unit tests through turbo, which replays both from its cache
 *   (`.turbo/`) when no input changed since they last passed (turbo.json);
 * - runs the integration and end-to-end tests (never cached: they are about the servers).
 * `npm test -- <filter>` runs the matching files of every tier, without the cache.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { ensureChromium } from "./browser-setup.ts";
import { buildWeb } from "./build-web.ts";
import { ensureServers } from "./servers.ts";

const root = resolve(import.meta.dirname, "..");
const bin = (name: string) => resolve(root, "node_modules", ".bin", name);
const filters = process.argv.slice(2);

interface Summary {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numFailedTestSuites: number;
}

function vitest(args: string[], summary: string): number {
  const run = spawnSync(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${summary}`, ...args], { cwd: root, stdio: "inherit" });
  return run.status ?? 1;
}

const read = (path: string): Summary | undefined => (existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as Summary) : undefined);

await ensureServers();
// The browser tests need Debian's Chromium and the built explorer and web client.
ensureChromium();
await buildWeb();

const summaries: (Summary | undefined)[] = [];
let status = 0;
const scratch = mkdtempSync(join(tmpdir(), "vitest-"));
if (filters.length === 0) {
  console.log("type-checking and unit tests (turbo: replayed from its cache when nothing they read changed)");
  // Written by this run's unit tests, or restored by turbo with their cached logs: never an older run's.
  const unit = join(root, ".turbo", "results", "unit.json");
  rmSync(unit, { force: true });
  const turbo = spawnSync(bin("turbo"), ["run", "typecheck", "test:unit", "--output-logs=new-only"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", DO_NOT_TRACK: "1" },
  });
  status = turbo.status ?? 1;
  summaries.push(read(unit));
  if (status !== 0) console.error("type-checking or the unit tests failed (above); the integration tests did not run");
  if (status === 0) {
    const integration = join(scratch, "integration.json");
    status = vitest(["--project", "integration"], integration);
    summaries.push(read(integration));
  }
} else {
  console.log("type-checking");
  for (const project of ["tsconfig.json", "web/tsconfig.json", "router/explorer/tsconfig.json"]) {
    execFileSync(bin("tsc"), ["-p", project, "--noEmit"], { cwd: root, stdio: "inherit" });
  }
  const all = join(scratch, "summary.json");
  status = vitest(filters, all);
  summaries.push(read(all));
}

// The plain closing line CI reads, whatever the runners print.
const total = (key: keyof Summary) => summaries.reduce((sum, s) => sum + (s?.[key] ?? 0), 0);
if (summaries.some(Boolean)) {
  const pending = total("numPendingTests");
  // A file whose set-up failed has its tests skipped, not failed: say so.
  const failedFiles = total("numFailedTestSuites") ? `; ${total("numFailedTestSuites")} test file(s) failed, their tests skipped` : "";
  console.log(`${total("numPassedTests")} passed, ${total("numFailedTests")} failed${pending ? `, ${pending} skipped` : ""}${failedFiles}`);
}
process.exit(status);
