import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { connectBus, createLogger } from "@supergraph/platform";
import { processTree, repoRoot, waitFor } from "@supergraph/testkit";

const ROUTER = "http://127.0.0.1:4000/graphql";

async function gql(query: string, token?: string) {
  const res = await fetch(ROUTER, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as { data?: any; errors?: unknown[] };
}

/**
 * What a newcomer does: `npm start` on a fresh data directory brings up NATS (here the
 * machine's), one embedded PostgreSQL per context, every subgraph and the router, seeds
 * demo data, and stops cleanly. Uses the default ports 4000-4005.
 */
describe("npm start", () => {
  let child: ChildProcess | undefined;
  const dataDir = mkdtempSync(join(tmpdir(), "supergraph-start-"));
  let output = "";
  const namespace = `start_${randomBytes(3).toString("hex")}`;

  afterAll(async () => {
    if (child && child.exitCode === null) child.kill("SIGKILL");
    rmSync(dataDir, { recursive: true, force: true });
    const bus = await connectBus({ url: "nats://127.0.0.1:4222", namespace, name: "start-cleanup", log: createLogger("e2e", "silent") });
    await bus.jsm.streams.delete(bus.names.stream).catch(() => undefined);
    await bus.close();
  });

  it("comes up with the seed data, answers through the router, and stops on SIGTERM", async () => {
    const started = Date.now();
    child = spawn(process.execPath, ["--import", "tsx", join(repoRoot, "scripts", "start.ts")], {
      cwd: repoRoot,
      env: { ...process.env, SUPERGRAPH_DATA_DIR: dataDir, NATS_NAMESPACE: namespace, LOG_LEVEL: "warn" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout!.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr!.on("data", (d: Buffer) => (output += d.toString()));
    await waitFor("the ready line", () => {
      if (child!.exitCode !== null) throw new Error(`npm start exited ${child!.exitCode}:\n${output.slice(-3000)}`);
      return /Supergraph ready in/.test(output);
    }, 170_000, 200);
    const readySeconds = (Date.now() - started) / 1000;
    const rssMiB = processTree(child.pid!).reduce((sum, p) => sum + p.rssKiB, 0) / 1024;
    console.log(`npm start: ready in ${readySeconds.toFixed(1)} s (cold data directory); resident memory of the whole stack ${rssMiB.toFixed(0)} MiB`);
    expect(output).toMatch(/http:\/\/localhost:4000\/graphql/);

    const signIn = await gql(`mutation { signIn(email: "alice@example.com", password: "password123") { token user { roles } } }`);
    expect(signIn.data?.signIn.user.roles).toEqual(["STUDENT"]);
    const lectures = await gql(`{ lectures(status: OPEN) { id title } }`);
    expect(lectures.data?.lectures.length).toBeGreaterThan(0);
    const registered = await gql(`mutation { registerForLecture(lectureId: "${lectures.data.lectures[0].id}") { status } }`, signIn.data.signIn.token);
    expect(registered.data?.registerForLecture.status).toBe("PAID");

    const exited = new Promise<number | null>((resolve) => child!.once("exit", (code) => resolve(code)));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    await waitFor("port 4000 to be free", async () => !(await fetch(ROUTER).then(() => true, () => false)));
  }, 240_000);
});
