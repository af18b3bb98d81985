import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { connectBus, createLogger } from "@supergraph/platform";
import { freePort, repoRoot, waitFor } from "@supergraph/testkit";
import type { FromHost, ToHost } from "./hosting.ts";

const POSTGRES = "postgresql://postgres@127.0.0.1:5432";
const NATS_URL = "nats://127.0.0.1:4222";

const ready = (port: number) => fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false);

/**
 * scripts/host.ts as npm start drives it, against real PostgreSQL and NATS: two contexts in
 * one Node process, each with its own port and database; one stopped and started again while
 * the other answers; a context with a bad setting fails alone; SIGTERM stops both and exits 0.
 */
describe("a host process", () => {
  const suffix = randomBytes(3).toString("hex");
  const namespace = `host_${suffix}`;
  const databases = [`host_views_${suffix}`, `host_payments_${suffix}`];
  let host: ChildProcess | undefined;
  const heard: FromHost[] = [];
  let output = "";

  afterAll(async () => {
    if (host && host.exitCode === null) host.kill("SIGKILL");
    const admin = new pg.Client({ connectionString: `${POSTGRES}/postgres` });
    await admin.connect();
    for (const db of databases) await admin.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
    await admin.end();
    const bus = await connectBus({ url: NATS_URL, namespace, name: "host-cleanup", log: createLogger("test", "silent") });
    await bus.jsm.streams.delete(bus.names.stream).catch(() => undefined);
    await bus.close();
  });

  it("hosts two contexts, stops and restarts one while the other answers, and stops both on SIGTERM", async () => {
    host = spawn(process.execPath, ["--import", "tsx", join(repoRoot, "scripts", "host.ts"), "test"], {
      cwd: repoRoot,
      stdio: ["ignore", "pipe", "pipe", "ipc"],
    });
    host.on("message", (m: FromHost) => heard.push(m));
    host.stdout!.on("data", (d: Buffer) => (output += d.toString()));
    host.stderr!.on("data", (d: Buffer) => (output += d.toString()));
    const send = (m: ToHost) => host!.send(m);
    const [viewsPort, paymentsPort] = [await freePort(), await freePort()];
    const env = (database: string, port: number): Record<string, string> => ({
      DATABASE_URL: `${POSTGRES}/${database}`,
      PORT: String(port),
      NATS_URL,
      NATS_NAMESPACE: namespace,
      LOG_LEVEL: "warn",
    });
    const said = (type: FromHost["type"], context: string, after = 0) =>
      waitFor(`${context} ${type}`, () => {
        if (host!.exitCode !== null) throw new Error(`host exited ${host!.exitCode}:\n${output}`);
        return heard.slice(after).find((m) => m.type === type && m.context === context);
      }, 60_000, 50);

    send({ type: "start", context: "views", env: env(databases[0]!, viewsPort) });
    send({ type: "start", context: "payments", env: env(databases[1]!, paymentsPort) });
    expect(await said("started", "views")).toMatchObject({ url: `http://127.0.0.1:${viewsPort}/graphql` });
    await said("started", "payments");
    expect([await ready(viewsPort), await ready(paymentsPort)]).toEqual([true, true]);

    const mark = heard.length;
    send({ type: "stop", context: "payments" });
    await said("stopped", "payments", mark);
    expect(await ready(paymentsPort)).toBe(false);
    expect(await ready(viewsPort)).toBe(true);

    send({ type: "start", context: "payments", env: env(databases[1]!, paymentsPort) });
    await said("started", "payments", mark);
    expect(await ready(paymentsPort)).toBe(true);

    // A bad setting fails that context alone, with the reason.
    send({ type: "start", context: "identity", env: { ...env("unused", paymentsPort), PORT: "eighty" } });
    expect((await said("failed", "identity")) as { error: string }).toMatchObject({ error: expect.stringMatching(/PORT/) });
    expect([await ready(viewsPort), await ready(paymentsPort)]).toEqual([true, true]);

    const exited = new Promise<number | null>((resolve) => host!.once("exit", (code) => resolve(code)));
    host.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect([await ready(viewsPort), await ready(paymentsPort)]).toEqual([false, false]);
  }, 120_000);
});
