import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { connect, createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { freePort } from "@supergraph/testkit/ports";
import { waitFor } from "@supergraph/testkit/wait";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedPostgresError, session, startEmbeddedPostgres, type EmbeddedPostgres, type EmbeddedPostgresOptions } from "./embedded-postgres.ts";

const folders: string[] = [];
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), "embedded-pg-"));
  folders.push(dir);
  return dir;
};

/** Every process of /proc with its parent and process group (Linux). */
function processes(): { pid: number; ppid: number; pgrp: number; cmdline: string }[] {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .flatMap((name) => {
      try {
        const stat = readFileSync(`/proc/${name}/stat`, "utf8");
        const [, , ppid, pgrp] = stat.slice(stat.lastIndexOf(")") + 1).split(" ");
        const cmdline = readFileSync(`/proc/${name}/cmdline`, "latin1").replace(/\0/g, " ");
        return [{ pid: Number(name), ppid: Number(ppid), pgrp: Number(pgrp), cmdline }];
      } catch {
        return []; // gone meanwhile
      }
    });
}

/** The server's processes: the postmaster, its backends, anything else of its process group. */
const serverProcesses = (pid: number) => processes().filter((p) => p.pid === pid || p.ppid === pid || p.pgrp === pid);
/** Any process (postmaster, initdb) working on this folder. */
const processesOn = (dir: string) => processes().filter((p) => p.cmdline.includes(dir) && !p.cmdline.includes("vitest"));

/** PSS of these processes, in KiB; one that ended meanwhile (a closing backend) counts 0. */
function pssKiB(pids: readonly number[]): number {
  return pids.reduce((sum, pid) => {
    try {
      return sum + Number(/^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"))?.[1] ?? 0);
    } catch {
      return sum;
    }
  }, 0);
}

async function timedStart(options: EmbeddedPostgresOptions): Promise<{ server: EmbeddedPostgres; ms: number; lines: string[] }> {
  const lines: string[] = [];
  const started = performance.now();
  const server = await startEmbeddedPostgres({ ...options, progress: (line) => lines.push(line) });
  return { server, ms: performance.now() - started, lines };
}

/** The server's first answer to a startup message without any password: an authentication request, never "ok". */
function firstAnswer(port: number): Promise<{ type: string; auth: number }> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: "127.0.0.1", port });
    const body = Buffer.from("user\0postgres\0database\0postgres\0\0");
    const startup = Buffer.alloc(8);
    startup.writeInt32BE(8 + body.length, 0);
    startup.writeInt32BE(196608, 4); // protocol 3.0
    socket.once("connect", () => socket.write(Buffer.concat([startup, body])));
    socket.once("data", (data) => {
      socket.destroy();
      resolve({ type: String.fromCharCode(data[0]!), auth: data.readInt32BE(5) });
    });
    socket.once("error", reject);
  });
}

afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

describe("one embedded PostgreSQL server", () => {
  const dataDir = folder();
  let port: number;
  let server: EmbeddedPostgres;
  let firstStartMs: number;

  beforeAll(async () => {
    port = await freePort();
    const first = await timedStart({ dataDir, contexts: ["lectures", "pizza-orders"], port });
    server = first.server;
    firstStartMs = first.ms;
    expect(first.lines).toContain("initialising the data folder (first start)");
    console.log(`first start (initdb, 2 databases): ${Math.round(firstStartMs)} ms`);
  });

  afterAll(async () => {
    await server?.stop();
  });

  it("has a database per context, and a transaction commits on each", async () => {
    expect(Object.keys(server.urls)).toEqual(["lectures", "pizza-orders"]);
    for (const [context, url] of Object.entries(server.urls)) {
      expect(url).toMatch(new RegExp(`^postgresql://postgres:[^@]+@127\\.0\\.0\\.1:${port}/supergraph_${context.replace("-", "_")}$`));
      await session(url, async (client) => {
        await client.query("BEGIN");
        await client.query("CREATE TABLE kept (context TEXT PRIMARY KEY)");
        await client.query("INSERT INTO kept VALUES ($1)", [context]);
        await client.query("COMMIT");
        const { rows } = await client.query("SELECT current_database() AS db, (SELECT context FROM kept) AS context");
        expect(rows).toEqual([{ db: `supergraph_${context.replace("-", "_")}`, context }]);
      });
    }
  });

  it("keeps its password to its user, asks every connection for it, and listens on 127.0.0.1 alone", async () => {
    expect(statSync(join(dataDir, "password")).mode & 0o777).toBe(0o600);
    const password = readFileSync(join(dataDir, "password"), "utf8").trim();
    expect(password.length).toBeGreaterThanOrEqual(32);
    await session(server.urls.lectures!, async (client) => {
      const rules = await client.query<{ auth_method: string }>("SELECT DISTINCT auth_method FROM pg_hba_file_rules");
      expect(rules.rows).toEqual([{ auth_method: "scram-sha-256" }]);
      expect((await client.query("SHOW listen_addresses")).rows).toEqual([{ listen_addresses: "127.0.0.1" }]);
      expect((await client.query("SHOW unix_socket_directories")).rows).toEqual([{ unix_socket_directories: "" }]);
    });
    await expect(new Promise((resolve, reject) => connect({ host: "127.0.0.2", port }).once("connect", resolve).once("error", reject))).rejects.toThrow(/ECONNREFUSED/);
  });

  it("refuses a connection without the password or with a wrong one", async () => {
    // AuthenticationSASL (R, 10) before anything: no trust, whoever the local user is.
    expect(await firstAnswer(port)).toEqual({ type: "R", auth: 10 });
    const noPassword = new pg.Client({ host: "127.0.0.1", port, user: "postgres", database: "supergraph_lectures" });
    await expect(noPassword.connect()).rejects.toThrow(/password/);
    await noPassword.end().catch(() => undefined);
    const wrong = new pg.Client({ host: "127.0.0.1", port, user: "postgres", password: "not-the-password", database: "supergraph_lectures" });
    await expect(wrong.connect()).rejects.toMatchObject({ code: "28P01" }); // invalid_password
    await wrong.end().catch(() => undefined);
  });

  it("runs transactions at the same time: one holds a row lock while another reads and writes other rows", async () => {
    const pool = new pg.Pool({ connectionString: server.urls["pizza-orders"], max: 3 });
    try {
      await pool.query("CREATE TABLE oven (id INT PRIMARY KEY, pizzas INT NOT NULL)");
      await pool.query("INSERT INTO oven VALUES (1, 0), (2, 0)");
      const holder = await pool.connect();
      const other = await pool.connect();
      try {
        await holder.query("BEGIN");
        await holder.query("UPDATE oven SET pizzas = pizzas + 1 WHERE id = 1"); // row 1 locked until COMMIT
        // On PGlite this second transaction would wait for the first one's COMMIT (it never comes here).
        await other.query("BEGIN");
        await other.query("SET LOCAL lock_timeout = '2s'");
        expect((await other.query("SELECT pizzas FROM oven WHERE id = 1")).rows).toEqual([{ pizzas: 0 }]);
        await other.query("UPDATE oven SET pizzas = pizzas + 5 WHERE id = 2");
        await other.query("COMMIT");
        const locked = await pool.query("SELECT id FROM oven WHERE id = 1 FOR UPDATE NOWAIT").catch((error: { code?: string }) => error.code);
        expect(locked).toBe("55P03"); // lock_not_available: the lock is real and held by another session
        await holder.query("COMMIT");
      } finally {
        holder.release();
        other.release();
      }
      expect((await pool.query("SELECT id, pizzas FROM oven ORDER BY id")).rows).toEqual([
        { id: 1, pizzas: 1 },
        { id: 2, pizzas: 5 },
      ]);
    } finally {
      await pool.end();
    }
  });

  it("refuses a second server on the same data folder, naming the running one", async () => {
    const failure = startEmbeddedPostgres({ dataDir, contexts: ["lectures"], port: await freePort() });
    await expect(failure).rejects.toThrow(EmbeddedPostgresError);
    expect(await failure.catch((error: Error) => error.message)).toBe(
      `a PostgreSQL server (pid ${server.pid()}) already runs on ${join(dataDir, "data")}, from another \`npm start\` or one that did not stop: stop it (kill ${server.pid()}) and start again`,
    );
    expect(processesOn(dataDir).map((p) => p.pid)).toEqual([server.pid()]);
  });

  it("stops with no process left; a second start reuses the data, faster; a third adds new contexts' databases", async () => {
    const pid = server.pid()!;
    expect(serverProcesses(pid).length).toBeGreaterThan(1); // postmaster and its background processes
    await server.stop();
    expect(server.pid()).toBeUndefined();
    expect(await server.exited).toBe("code 0");
    expect(serverProcesses(pid)).toEqual([]);

    const second = await timedStart({ dataDir, contexts: ["lectures", "pizza-orders"], port });
    server = second.server;
    console.log(`warm start (no initdb, no new database): ${Math.round(second.ms)} ms`);
    expect(second.lines).toEqual([`starting PostgreSQL 17 on 127.0.0.1:${port}`]);
    expect(second.ms).toBeLessThan(firstStartMs);
    expect(await session(server.urls["pizza-orders"]!, async (c) => (await c.query("SELECT context FROM kept")).rows)).toEqual([{ context: "pizza-orders" }]);

    await server.stop();
    const contexts = ["lectures", "pizza-orders", "payments", "identity", "views"];
    const third = await timedStart({ dataDir, contexts, port });
    server = third.server;
    console.log(`warm start adding 3 databases: ${Math.round(third.ms)} ms`);
    expect(third.lines).toEqual([`starting PostgreSQL 17 on 127.0.0.1:${port}`, "creating databases supergraph_payments, supergraph_identity, supergraph_views"]);
    expect(await session(server.urls.lectures!, async (c) => (await c.query("SELECT context FROM kept")).rows)).toEqual([{ context: "lectures" }]);

    // Memory, as the startup benchmark counts it: PSS of the postmaster and its children.
    const backends = () => serverProcesses(server.pid()!).filter((p) => p.cmdline.includes("127.0.0.1("));
    await waitFor("the start-up connection's backend to end", () => backends().length === 0, 10_000);
    const idle = pssKiB(serverProcesses(server.pid()!).map((p) => p.pid));
    const clients = await Promise.all(contexts.map(async (c) => {
      const client = new pg.Client({ connectionString: server.urls[c] });
      await client.connect();
      await client.query("SELECT count(*) FROM pg_class");
      return client;
    }));
    expect(backends().length).toBe(5);
    const connected = pssKiB(serverProcesses(server.pid()!).map((p) => p.pid));
    await Promise.all(clients.map((c) => c.end()));
    console.log(`server memory with 5 databases: ${(idle / 1024).toFixed(1)} MiB PSS idle, ${(connected / 1024).toFixed(1)} MiB with one connection on each`);
    expect(idle).toBeGreaterThan(0);
    expect(connected).toBeLessThan(256 * 1024); // PGlite took ~1 GB for 5
  });

  it("reports a server that exits while starting by its FATAL line, and leaves nothing running", async () => {
    await server.stop();
    const conf = join(dataDir, "data", "postgresql.conf");
    const original = readFileSync(conf, "utf8");
    writeFileSync(conf, `${original}\nno_such_setting = 1\n`);
    try {
      const failure = startEmbeddedPostgres({ dataDir, contexts: ["lectures"], port });
      await expect(failure).rejects.toThrow(EmbeddedPostgresError);
      const message = await failure.catch((error: Error) => error.message);
      expect(message).toMatch(/^PostgreSQL did not start: configuration file ".*postgresql.conf" contains errors \(log: .*postgres\.log\)$/);
      expect(processesOn(dataDir)).toEqual([]);
    } finally {
      writeFileSync(conf, original);
    }
    server = await startEmbeddedPostgres({ dataDir, contexts: ["lectures"], port });
  });
});

describe("a start that cannot succeed", () => {
  it("names a taken port in one line and leaves nothing running or initialised", async () => {
    const dataDir = folder();
    const port = await freePort();
    const squatter: Server = await new Promise((resolve) => {
      const s = createServer().listen(port, "127.0.0.1", () => resolve(s));
    });
    try {
      const failure = startEmbeddedPostgres({ dataDir, contexts: ["lectures"], port, portSetting: "EMBEDDED_POSTGRES_PORT" });
      await expect(failure).rejects.toThrow(EmbeddedPostgresError);
      const message = await failure.catch((error: Error) => error.message);
      expect(message).toBe(`port ${port} (embedded PostgreSQL) is already in use: is another \`npm start\` running? Stop it, or set EMBEDDED_POSTGRES_PORT to a free port`);
    } finally {
      await new Promise((r) => squatter.close(r));
    }
    expect(processesOn(dataDir)).toEqual([]);
    expect(existsSync(join(dataDir, "data"))).toBe(false);
  });

  it("says which PostgreSQL version a data folder holds, which one runs, and to move or delete it", async () => {
    const dataDir = folder();
    mkdirSync(join(dataDir, "data"));
    writeFileSync(join(dataDir, "data", "PG_VERSION"), "16\n");
    const failure = startEmbeddedPostgres({ dataDir, contexts: ["lectures"], port: await freePort() });
    await expect(failure).rejects.toThrow(EmbeddedPostgresError);
    const message = await failure.catch((error: Error) => error.message);
    expect(message).toMatch(/holds a PostgreSQL 16 database, but the embedded server is PostgreSQL 17: move or delete /);
    expect(message).not.toContain("\n");
    expect(processesOn(dataDir)).toEqual([]);
  });

  it("as root, says so when there is no account to run the server as (as another user, needs none)", async () => {
    const dataDir = folder();
    const start = startEmbeddedPostgres({ dataDir, contexts: ["lectures"], port: await freePort(), serverUser: "no-such-user-here" });
    if (process.getuid?.() === 0) {
      await expect(start).rejects.toThrow(/running as root, but PostgreSQL will not run as root and there is no `no-such-user-here` user/);
      expect(existsSync(join(dataDir, "data"))).toBe(false);
    } else {
      await (await start).stop();
    }
    expect(processesOn(dataDir)).toEqual([]);
  });
});

describe("when the process that started the server dies", () => {
  const module = join(import.meta.dirname, "embedded-postgres.ts");

  /** A separate Node process that starts the server on `dataDir` and prints its progress and pid. */
  function starter(dataDir: string, port: number) {
    const code = `import { startEmbeddedPostgres } from ${JSON.stringify(module)};
      const db = await startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, contexts: ["lectures"], port: ${port}, progress: console.log });
      console.log("pid " + db.pid()); setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], { stdio: ["ignore", "pipe", "inherit"] });
    const lines = createInterface({ input: child.stdout! });
    const line = (pattern: RegExp) => new Promise<string>((resolve) => lines.on("line", (l) => pattern.test(l) && resolve(l)));
    const exited = new Promise((resolve) => child.once("exit", resolve));
    return { child, line, exited };
  }

  it("a SIGKILL during the first initialisation leaves nothing running nor anything that breaks the next start", async () => {
    const dataDir = folder();
    const port = await freePort();
    const first = starter(dataDir, port);
    await first.line(/^initialising the data folder/);
    await waitFor("initdb to run", () => processesOn(dataDir).some((p) => p.cmdline.includes("initdb")), 20_000, 10);
    first.child.kill("SIGKILL");
    await first.exited;
    await waitFor("initdb to be stopped with its parent", () => processesOn(dataDir).length === 0, 10_000);
    expect(readdirSync(dataDir).filter((n) => n.startsWith(".init-")).length).toBe(1); // killed half way
    expect(existsSync(join(dataDir, "data"))).toBe(false);

    const second = starter(dataDir, port);
    const pid = Number((await second.line(/^pid \d+$/)).slice(4));
    expect(readdirSync(dataDir).filter((n) => n.startsWith(".init-"))).toEqual([]);
    second.child.kill("SIGKILL");
    await second.exited;
    await waitFor("the server to stop after its parent's death", () => serverProcesses(pid).length === 0, 20_000);
    expect(readFileSync(join(dataDir, "postgres.log"), "utf8")).toContain("database system is shut down");

    const third = await startEmbeddedPostgres({ dataDir, contexts: ["lectures"], port });
    await session(third.urls.lectures!, async (c) => expect((await c.query("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]));
    await third.stop();
  });
});
