import { fork, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import type { FromHost, ToHost } from "../../../scripts/hosting.ts";
import { PortTakenError, READY_TIMEOUT_MS, keepOutput, repoRoot, terminate, type StackService } from "./processes.ts";
import { waitFor } from "./wait.ts";

/**
 * A host process of a test stack: `scripts/host.ts`, the one `npm start` hosts contexts in,
 * forked with its IPC channel and told which contexts to start and stop. The contexts of a
 * system share it, so a stack loads the platform's modules once per system instead of once
 * per context (most of a context's start: about 2.5 s of CPU under tsx on this machine).
 */
export class ContextHost {
  private child: ChildProcess | undefined;
  private output: string[] = [];
  private readonly waiting = new Map<string, { resolve: (message: FromHost) => void }>();

  constructor(
    readonly group: string,
    private readonly env: Record<string, string>,
  ) {}

  get pid(): number | undefined {
    return this.running ? this.child?.pid : undefined;
  }

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** The host's last lines: those of `context` (its logger's name) and any that are not a context's. */
  recentOutput(context: string, lines: number): string {
    const own = this.output.filter((line) => !line.startsWith("{") || line.includes(`"name":"${context}`) || line.includes(`"name":"host `));
    return own.slice(-lines).join("\n");
  }

  /** Forks the host process unless it runs: it loads its modules meanwhile. */
  open(): void {
    if (!this.running) this.spawn();
  }

  /** Starts `context` in this host (forking the host first if it is not running) and waits for its answer. */
  async start(context: string, env: Record<string, string>): Promise<void> {
    this.open();
    const answer = await this.ask(context, { type: "start", context, env });
    if (answer.type === "failed") throw new Error(`${context} failed to start: ${answer.error}`);
  }

  /** Stops `context` gracefully, as SIGTERM would stop its own process. */
  async stop(context: string): Promise<void> {
    if (!this.running) return;
    await this.ask(context, { type: "stop", context });
  }

  /** Ends the host: SIGTERM (each hosted context stops gracefully), or SIGKILL for a crash. */
  async end(signal: "SIGTERM" | "SIGKILL" = "SIGTERM"): Promise<void> {
    if (this.child && this.running) await terminate(this.child, signal);
  }

  private spawn(): void {
    this.output = [];
    const child = fork(join(repoRoot, "scripts", "host.ts"), [this.group], {
      cwd: repoRoot,
      env: { ...process.env, ...this.env },
      execArgv: ["--import", "tsx"],
      stdio: ["ignore", "pipe", "pipe", "ipc"],
    });
    this.child = child;
    keepOutput(child, this.output, 400);
    child.on("message", (message: FromHost) => {
      const waiter = this.waiting.get(message.context);
      this.waiting.delete(message.context);
      waiter?.resolve(message);
    });
    child.once("exit", (code, signal) => {
      for (const [context, waiter] of this.waiting) waiter.resolve({ type: "failed", context, error: `its host process exited (${signal ?? `code ${code}`})\n${this.recentOutput(context, 40)}` });
      this.waiting.clear();
    });
  }

  private ask(context: string, message: ToHost): Promise<FromHost> {
    if (this.waiting.has(context)) throw new Error(`${context} is already starting or stopping in host ${this.group}`);
    const answered = new Promise<FromHost>((resolve) => this.waiting.set(context, { resolve }));
    this.child!.send(message);
    return answered;
  }
}

/** A context of a stack running in a shared host process: the same handle as a context's own process. */
export class HostedContext implements StackService {
  private started = false;

  constructor(
    readonly name: string,
    readonly port: number,
    private readonly host: ContextHost,
    private readonly env: Record<string, string>,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The host process's id (shared with the other contexts of its system). */
  get pid(): number | undefined {
    return this.running ? this.host.pid : undefined;
  }

  get running(): boolean {
    return this.started && this.host.running;
  }

  async start(extraEnv: Record<string, string> = {}): Promise<void> {
    const { NODE_ARGS, ...env } = { ...this.env, ...extraEnv };
    if (NODE_ARGS) throw new Error(`${this.name} is hosted with other contexts: NODE_ARGS needs a process of its own (StackOptions.ownProcess)`);
    try {
      await this.host.start(this.name, { ...process.env, ...env, PORT: String(this.port) } as Record<string, string>);
      this.started = true;
      await waitFor(`${this.name} to be ready`, async () => (await fetch(`${this.url}/readyz`)).ok, READY_TIMEOUT_MS, 100);
    } catch (error) {
      const message = (error as Error).message;
      if (/EADDRINUSE/.test(message)) throw new PortTakenError(`port ${this.port} of ${this.name} is taken by another process`);
      throw new Error(`${message}\n--- last output of ${this.name} (host ${this.host.group}) ---\n${this.recentOutput()}`);
    }
    const health = (await (await fetch(`${this.url}/healthz`)).json().catch(() => ({}))) as { pid?: number };
    if (health.pid !== this.host.pid) {
      await this.stop();
      throw new PortTakenError(`port ${this.port} of ${this.name} is answered by another process (pid ${health.pid ?? "unknown"})`);
    }
  }

  /**
   * SIGTERM: the context stops gracefully in its host; the others go on. A crash (SIGKILL)
   * kills a process, so a context a test crashes gets one of its own (StackOptions.ownProcess).
   */
  async stop(signal: "SIGTERM" | "SIGKILL" = "SIGTERM"): Promise<void> {
    if (signal === "SIGKILL") throw new Error(`${this.name} is hosted with other contexts: to kill it, start it in a process of its own (StackOptions.ownProcess)`);
    if (!this.running) return;
    this.started = false;
    await this.host.stop(this.name);
  }

  recentOutput(lines = 40): string {
    return this.host.recentOutput(this.name, lines);
  }
}
