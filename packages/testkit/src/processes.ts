import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { waitFor } from "./wait.ts";

/** The repository's root: service entries and tools are run from there. */
export const repoRoot = join(import.meta.dirname, "..", "..", "..");

/** A process and all its descendants, from ps: resident memory (KiB) and command line of each. */
export function processTree(pid: number): { pid: number; rssKiB: number; command: string }[] {
  const table = execFileSync("ps", ["-e", "-o", "pid=,ppid=,rss=,args="], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((line) => {
      const [p, parent, rss, ...args] = line.trim().split(/\s+/);
      return { pid: Number(p), parent: Number(parent), rssKiB: Number(rss), command: args.join(" ") };
    });
  const wanted = new Set([pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const { pid: p, parent } of table) if (wanted.has(parent) && !wanted.has(p)) (wanted.add(p), (grew = true));
  }
  return table.filter((p) => wanted.has(p.pid)).map(({ pid: p, rssKiB, command }) => ({ pid: p, rssKiB, command }));
}

export interface ServiceProcessOptions {
  /** CPUs the process may run on (`taskset -c` list, e.g. "0"), so a benchmark can pin it. */
  cpus?: string;
  /** Whether the service answers as ready (default: its `/readyz` says so). */
  ready?: (baseUrl: string) => Promise<boolean>;
}

const readyz = async (baseUrl: string) => (await fetch(`${baseUrl}/readyz`)).ok;

/**
 * How long a service may take to be ready. Two minutes: 20-odd processes loading their modules
 * at once on a busy 2-core machine took over one (the CI run of 36129ad).
 */
export const READY_TIMEOUT_MS = 120_000;

/** What a test does with a service of a stack, in a process of its own or hosted with others. */
export interface StackService {
  readonly name: string;
  readonly port: number;
  readonly url: string;
  /** The id of the process it runs in, while it runs. */
  readonly pid: number | undefined;
  readonly running: boolean;
  /** Starts it (with extra settings for this run only) and waits until it is ready. */
  start(extraEnv?: Record<string, string>): Promise<void>;
  /** Stops it: SIGTERM (graceful) by default, or SIGKILL to simulate a crash. */
  stop(signal?: "SIGTERM" | "SIGKILL"): Promise<void>;
  recentOutput(lines?: number): string;
}

/** Keeps a child's last `max` lines of output (stdout and stderr) in `lines`, for failure messages. */
export function keepOutput(child: ChildProcess, lines: string[], max: number): void {
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString().split("\n").filter(Boolean));
    if (lines.length > max) lines.splice(0, lines.length - max);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
}

/** Signals a running child and waits for its exit; one that has not exited 10 s after SIGTERM is killed. */
export async function terminate(child: ChildProcess, signal: "SIGTERM" | "SIGKILL"): Promise<void> {
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill(signal);
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

/** Another process answers on a service's port (it took the port between its choice and the bind). */
export class PortTakenError extends Error {}

/** A service process of the stack, with its recent output kept for failure messages. */
export class ServiceProcess implements StackService {
  private child: ChildProcess | undefined;
  private output: string[] = [];

  constructor(
    readonly name: string,
    private readonly entry: string,
    readonly port: number,
    private readonly env: Record<string, string>,
    private readonly options: ServiceProcessOptions = {},
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The process id while it runs (for reading its resource use). */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Starts the process (with extra settings for this run only) and waits until it is ready. */
  async start(extraEnv: Record<string, string> = {}): Promise<void> {
    this.output = [];
    const { NODE_ARGS: nodeArgs = "", ...env } = { ...this.env, ...extraEnv };
    // `NODE_ARGS` (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") go to node itself.
    const node = [process.execPath, ...nodeArgs.split(" ").filter(Boolean), "--import", "tsx", join(repoRoot, this.entry)];
    // taskset sets the affinity and then becomes node (exec), so the pid and signals are node's.
    const [command, ...args] = this.options.cpus ? ["taskset", "-c", this.options.cpus, ...node] : node;
    const child = spawn(command!, args, {
      cwd: repoRoot,
      env: { ...process.env, ...env, PORT: String(this.port) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    this.child = child;
    keepOutput(child, this.output, 200);
    try {
      await waitFor(`${this.name} to be ready`, async () => {
        if (!this.running) throw new Error(`${this.name} exited with ${child.exitCode ?? child.signalCode}`);
        return (this.options.ready ?? readyz)(this.url);
      }, READY_TIMEOUT_MS, 100);
    } catch (error) {
      throw new Error(`${(error as Error).message}\n--- last output of ${this.name} ---\n${this.recentOutput()}`);
    }
    if (!this.options.ready) {
      // A ready answer from a process of another run on this port would pass for ours.
      const health = (await (await fetch(`${this.url}/healthz`)).json().catch(() => ({}))) as { pid?: number };
      if (health.pid !== child.pid) {
        await this.stop("SIGKILL");
        throw new PortTakenError(`port ${this.port} of ${this.name} is answered by another process (pid ${health.pid ?? "unknown"})`);
      }
    }
  }

  /** Stops the process: SIGTERM (graceful) by default, or SIGKILL to simulate a crash. */
  async stop(signal: "SIGTERM" | "SIGKILL" = "SIGTERM"): Promise<void> {
    if (this.child && this.running) await terminate(this.child, signal);
  }

  recentOutput(lines = 40): string {
    return this.output.slice(-lines).join("\n");
  }
}
