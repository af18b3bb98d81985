import { execFile, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { connectBus, CONTEXTS, createLogger } from "@supergraph/platform";
import { processTree, repoRoot, waitFor } from "@supergraph/testkit";

const ROUTER = "http://127.0.0.1:4000/graphql";
const run = promisify(execFile);

async function gql(query: string, token?: string) {
  const res = await fetch(ROUTER, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
}

const answers = (port: number) => fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false);

/**
 * What a newcomer does: `npm start` on a fresh data directory brings up NATS (here the
 * machine's), the embedded PostgreSQL, every context (several per Node process) and the
 * router, seeds demo data; one context is stopped and started again while the rest answer;
 * a host process killed takes down only its own contexts; SIGTERM stops everything.
 * Uses the default ports 4000-4005 and 15432.
 */
describe("npm start", () => {
  let child: ChildProcess | undefined;
  const dataDir = mkdtempSync(join(tmpdir(), "supergraph-start-"));
  // As root the embedded PostgreSQL runs as the `postgres` user, who must reach its folder
  // (mkdtemp makes it 0700, unlike a clone's .data).
  chmodSync(dataDir, 0o755);
  let output = "";
  const namespace = `start_${randomBytes(3).toString("hex")}`;
  const ctl = async (...args: string[]) => {
    const result = await run(process.execPath, ["--import", "tsx", join(repoRoot, "scripts", "ctl.ts"), ...args], {
      cwd: repoRoot,
      env: { ...process.env, SUPERGRAPH_DATA_DIR: dataDir },
    }).catch((error: { stdout: string; stderr: string; code: number }) => ({ ...error, failed: error.code }));
    return { out: `${result.stdout}${result.stderr}`, failed: "failed" in result ? result.failed : 0 };
  };

  afterAll(async () => {
    if (child && child.exitCode === null) child.kill("SIGKILL");
    rmSync(dataDir, { recursive: true, force: true });
    const bus = await connectBus({ url: "nats://127.0.0.1:4222", namespace, name: "start-cleanup", log: createLogger("e2e", "silent") });
    await bus.jsm.streams.delete(bus.names.stream).catch(() => undefined);
    await bus.close();
  });

  it("comes up with the seed data, restarts one context while the rest answer, survives a dead host process, and stops on SIGTERM", async () => {
    const started = Date.now();
    child = spawn(process.execPath, ["--import", "tsx", join(repoRoot, "scripts", "start.ts")], {
      cwd: repoRoot,
      env: { ...process.env, SUPERGRAPH_DATA_DIR: dataDir, NATS_NAMESPACE: namespace, LOG_LEVEL: "warn", SUPERGRAPH_PROCESSES: "per-system" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout!.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr!.on("data", (d: Buffer) => (output += d.toString()));
    const exitedEarly = new Promise<never>((_, reject) =>
      child!.once("exit", (code) => reject(new Error(`npm start exited ${code}:\n${output.slice(-3000)}`))),
    );
    exitedEarly.catch(() => undefined);
    /** Until npm start has printed this (failing at once if it exits first). */
    const said = (what: string, pattern: RegExp, timeoutMs: number) => Promise.race([waitFor(what, () => pattern.test(output), timeoutMs, 100), exitedEarly]);
    await said("the ready line", /Supergraph ready in/, 170_000);
    const readySeconds = (Date.now() - started) / 1000;
    const tree = processTree(child.pid!);
    const rssMiB = tree.reduce((sum, p) => sum + p.rssKiB, 0) / 1024;
    console.log(`npm start: ready in ${readySeconds.toFixed(1)} s (cold data directory); ${tree.length} processes, resident memory ${rssMiB.toFixed(0)} MiB`);
    expect(output).toMatch(/http:\/\/localhost:4000\/graphql/);
    // One host process per system (the shared contexts together), not one per context.
    const systems = new Set(CONTEXTS.map((c) => c.system));
    expect(tree.filter((p) => p.command.includes("scripts/host.ts"))).toHaveLength(systems.size);
    // The web build's esbuild service (hundreds of MiB) is gone; tsx's own transform service
    // (~12 MiB, in its loader thread) stays in a process that compiled files not in tsx's cache.
    expect(tree.filter((p) => /esbuild/.test(p.command) && p.rssKiB > 64 * 1024)).toEqual([]);

    const signIn = await gql(`mutation { signIn(email: "alice@example.com", password: "password123") { token user { roles } } }`);
    expect(signIn.data?.signIn.user.roles).toEqual(["STUDENT"]);
    const token = signIn.data.signIn.token as string;
    const lectures = await gql(`{ lectures(status: OPEN) { id title } }`);
    expect(lectures.data?.lectures.length).toBeGreaterThan(1);
    const registered = await gql(`mutation { registerForLecture(lectureId: "${lectures.data.lectures[0].id}") { status } }`, token);
    expect(registered.data?.registerForLecture.status).toBe("PAID");

    // Stop payments: its port closes, the router keeps answering the other contexts, registering is refused retryably.
    const stopped = await ctl("stop", "payments");
    expect(stopped.failed, stopped.out).toBe(0);
    expect(stopped.out).toMatch(/payments\s+stopped/);
    expect(await answers(4002)).toBe(false);
    expect((await gql(`{ lectures(status: OPEN) { id } }`)).data?.lectures.length).toBe(lectures.data.lectures.length);
    expect((await gql(`mutation { signIn(email: "bob@example.com", password: "password123") { token } }`)).data?.signIn.token).toBeTruthy();
    const refused = await gql(`mutation { registerForLecture(lectureId: "${lectures.data.lectures[1].id}") { status } }`, token);
    expect(refused.errors?.[0]?.extensions?.code).toBe("PAYMENT_UNAVAILABLE");
    expect((await ctl("status")).out).toMatch(/payments\s+stopped[\s\S]*lectures\s+running/);

    // Start it again: registering works once more.
    const restarted = await ctl("start", "payments");
    expect(restarted.failed, restarted.out).toBe(0);
    expect(restarted.out).toMatch(/payments\s+running/);
    const again = await gql(`mutation { registerForLecture(lectureId: "${lectures.data.lectures[1].id}") { status } }`, token);
    expect(again.data?.registerForLecture.status, JSON.stringify(again)).toBe("PAID");

    // A host process killed from outside: its contexts are down, the rest keep running, ctl brings them back.
    const host = processTree(child.pid!).find((p) => p.command.includes("scripts/host.ts course-registration"))!;
    process.kill(host.pid, "SIGKILL");
    await said("the launcher to report the dead host", /host process course-registration .*exited unexpectedly/, 20_000);
    expect(output).toMatch(/lectures, registrations are down/);
    expect(child.exitCode).toBeNull();
    expect(await answers(4001)).toBe(true);
    expect((await gql(`mutation { signIn(email: "alice@example.com", password: "password123") { token } }`)).data?.signIn.token).toBeTruthy();
    const back = await ctl("start", "lectures", "registrations");
    expect(back.failed, back.out).toBe(0);
    expect((await gql(`{ lectures(status: OPEN) { id } }`)).data?.lectures.length).toBe(lectures.data.lectures.length);

    const exited = new Promise<number | null>((resolve) => child!.once("exit", (code) => resolve(code)));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    await waitFor("port 4000 to be free", async () => !(await fetch(ROUTER).then(() => true, () => false)));
    for (const { port } of CONTEXTS) expect(await answers(port)).toBe(false);
  }, 300_000);
});
