import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { chownSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "./ports.ts";
import { waitFor } from "./wait.ts";

/** Whether something accepts TCP connections on 127.0.0.1:`port`. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

/**
 * A PostgreSQL server of one test's own (initdb into a temporary directory, on a free port),
 * so the test may stop and restart it; the machine's server on 5432 is never touched.
 * PostgreSQL refuses to run as root: as root, it runs as the `postgres` user.
 */
export class PrivatePostgres {
  private constructor(
    private readonly bin: string,
    private readonly dir: string,
    readonly port: number,
    private readonly user: { uid: number; gid: number } | undefined,
  ) {}

  /** The URL of its `postgres` database (trust authentication, user postgres). */
  get url(): string {
    return `postgresql://postgres@127.0.0.1:${this.port}/postgres`;
  }

  static async create(): Promise<PrivatePostgres> {
    const versions = readdirSync("/usr/lib/postgresql").sort((a, b) => Number(b) - Number(a));
    if (!versions[0]) throw new Error("no PostgreSQL under /usr/lib/postgresql");
    const bin = join("/usr/lib/postgresql", versions[0], "bin");
    const dir = mkdtempSync(join(tmpdir(), "private-pg-"));
    const user = process.getuid?.() === 0 ? { uid: Number(execFileSync("id", ["-u", "postgres"]).toString()), gid: Number(execFileSync("id", ["-g", "postgres"]).toString()) } : undefined;
    if (user) chownSync(dir, user.uid, user.gid);
    const pg = new PrivatePostgres(bin, dir, await freePort(), user);
    pg.run("initdb", ["-D", join(dir, "data"), "-U", "postgres", "-A", "trust", "--no-sync"]);
    return pg;
  }

  /** Starts the server (unless it runs) and waits until it accepts connections. */
  async start(): Promise<void> {
    if (await listening(this.port)) return;
    const options = `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
    this.run("pg_ctl", ["-D", join(this.dir, "data"), "-l", join(this.dir, "log"), "-o", options, "-w", "start"]);
    await waitFor("the private PostgreSQL to listen", () => listening(this.port));
  }

  /** Stops the server at once (fast shutdown: open sessions are ended). */
  stop(): void {
    this.run("pg_ctl", ["-D", join(this.dir, "data"), "-m", "fast", "-w", "stop"]);
  }

  destroy(): void {
    try {
      this.stop();
    } catch {
      // Already stopped.
    }
    rmSync(this.dir, { recursive: true, force: true });
  }

  private run(tool: string, args: string[]): void {
    execFileSync(join(this.bin, tool), args, { cwd: this.dir, stdio: "pipe", ...this.user });
  }
}

/** A nats-server with JetStream of one test's own, on a free port, its store kept across restarts. */
export class PrivateNats {
  private child: ChildProcess | undefined;

  private constructor(
    private readonly dir: string,
    readonly port: number,
  ) {}

  get url(): string {
    return `nats://127.0.0.1:${this.port}`;
  }

  static async create(): Promise<PrivateNats> {
    return new PrivateNats(mkdtempSync(join(tmpdir(), "private-nats-")), await freePort());
  }

  /** Starts the server (unless it runs) and waits until it accepts connections. */
  async start(): Promise<void> {
    if (this.child && this.child.exitCode === null && this.child.signalCode === null) return;
    this.child = spawn("/usr/sbin/nats-server", ["-js", "-sd", this.dir, "-a", "127.0.0.1", "-p", String(this.port)], { stdio: "ignore" });
    await waitFor("the private NATS to listen", () => listening(this.port));
  }

  /** Stops the server (SIGTERM: it flushes JetStream's store) and waits for it to exit. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  }

  async destroy(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
