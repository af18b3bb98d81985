/**
 * `npm test`: makes sure the real PostgreSQL and NATS the tests use are running (starting
 * the machine's own when they are not), type-checks, then runs every vitest tier.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { ensureChromium } from "./browser-setup.ts";
import { buildWeb } from "./build-web.ts";
import { answers, aptInstall } from "./machine.ts";

const root = resolve(import.meta.dirname, "..");

async function waitUntilAnswering(name: string, host: string, port: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await answers(host, port)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${name} did not come up on ${host}:${port}`);
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) console.warn(`(${command} ${args.join(" ")} exited with ${result.status})`);
}

async function ensurePostgres(): Promise<void> {
  if (await answers("127.0.0.1", 5432)) return;
  console.log("PostgreSQL is not running on 127.0.0.1:5432; starting it");
  if (!existsSync("/etc/postgresql")) aptInstall("postgresql");
  const version = readdirSync("/etc/postgresql")[0];
  if (!version) throw new Error("no PostgreSQL cluster found under /etc/postgresql");
  run("pg_ctlcluster", ["--skip-systemctl-redirect", version, "main", "start"]);
  await waitUntilAnswering("PostgreSQL", "127.0.0.1", 5432);
}

async function ensureNats(): Promise<void> {
  if (await answers("127.0.0.1", 4222)) return;
  console.log("NATS is not running on 127.0.0.1:4222; starting it with JetStream");
  if (!existsSync("/usr/sbin/nats-server")) aptInstall("nats-server");
  run("start-stop-daemon", [
    "--start", "--oknodo", "--background", "--exec", "/usr/sbin/nats-server", "--",
    "-a", "127.0.0.1", "-p", "4222", "-js", "-sd", "/var/lib/nats-server",
  ]);
  await waitUntilAnswering("NATS", "127.0.0.1", 4222);
}

await ensurePostgres();
await ensureNats();
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
  const { numPassedTests, numFailedTests, numPendingTests } = JSON.parse(readFileSync(summary, "utf8")) as Record<string, number>;
  console.log(`${numPassedTests} passed, ${numFailedTests} failed${numPendingTests ? `, ${numPendingTests} skipped` : ""}`);
}
process.exit(vitest.status ?? 1);
