/**
 * `npm test`: makes sure the real PostgreSQL and NATS the tests use are running (starting
 * the machine's own when they are not), type-checks, then runs every vitest tier.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { ensureChromium } from "./browser-setup.ts";
import { buildWeb } from "./build-web.ts";
import { ensureServers } from "./servers.ts";

const root = resolve(import.meta.dirname, "..");

await ensureServers();
// The browser tests need Debian's Chromium and the built explorer and web client.
ensureChromium();
await buildWeb();
const bin = (name: string) => resolve(root, "node_modules", ".bin", name);
console.log("type-checking");
for (const project of ["tsconfig.json", "web/tsconfig.json", "router/explorer/tsconfig.json"]) {
  execFileSync(bin("tsc"), ["-p", project, "--noEmit"], { cwd: root, stdio: "inherit" });
}
const summary = join(mkdtempSync(join(tmpdir(), "vitest-")), "summary.json");
const vitest = spawnSync(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${summary}`, ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
});
// The plain closing line CI reads, whatever the runner prints.
if (existsSync(summary)) {
  const { numPassedTests, numFailedTests, numPendingTests, numFailedTestSuites } = JSON.parse(readFileSync(summary, "utf8")) as Record<string, number>;
  // A file whose set-up failed has its tests skipped, not failed: say so.
  const failedFiles = numFailedTestSuites ? `; ${numFailedTestSuites} test file(s) failed, their tests skipped` : "";
  console.log(`${numPassedTests} passed, ${numFailedTests} failed${numPendingTests ? `, ${numPendingTests} skipped` : ""}${failedFiles}`);
}
process.exit(vitest.status ?? 1);
