/**
 * The real PostgreSQL (127.0.0.1:5432) and NATS with JetStream (127.0.0.1:4222) that the
 * tests and benchmarks use: started with the machine's own services when they are not
 * running, installed from Debian first when they are missing.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { answers, aptInstall } from "./machine.ts";

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

export async function ensureServers(): Promise<void> {
  await ensurePostgres();
  await ensureNats();
}
