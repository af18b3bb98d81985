import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { repoRoot, waitFor } from "@supergraph/testkit";

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** From the SIGTERM to the exit. */
  ms: number;
}

/**
 * A service started the way its container starts it: deploy/docker/entrypoint.sh with
 * SERVICE set, and without the NODE_ENV=test that vitest gives its children, because
 * libraries (Apollo Server among them) behave differently under it.
 */
export class Container {
  private child: ChildProcess | undefined;
  private output: string[] = [];
  private exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }> | undefined;

  constructor(
    readonly service: string,
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const env: Record<string, string | undefined> = { ...process.env, ...this.env, SERVICE: this.service, PORT: String(this.port) };
    delete env.NODE_ENV;
    const child = spawn("sh", [join(repoRoot, "deploy/docker/entrypoint.sh")], { env, stdio: ["ignore", "pipe", "pipe"] });
    this.child = child;
    this.exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
    const keep = (chunk: Buffer) => {
      this.output.push(...chunk.toString().split("\n").filter(Boolean));
      this.output.splice(0, Math.max(0, this.output.length - 200));
    };
    child.stdout?.on("data", keep);
    child.stderr?.on("data", keep);
    await waitFor(`${this.service} on ${this.port} to be ready`, async () => {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`exited:\n${this.recentOutput()}`);
      return (await fetch(`${this.url}/readyz`)).ok;
    }, 60_000, 100);
  }

  /** Sends SIGTERM and waits for the exit, SIGKILLing after `timeoutMs` (reported as such). */
  async terminate(timeoutMs = 30_000): Promise<Exit> {
    const child = this.child;
    if (!child || !this.exited) throw new Error(`${this.service} was not started`);
    const started = Date.now();
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    const { code, signal } = await this.exited;
    clearTimeout(timer);
    return { code, signal, ms: Date.now() - started };
  }

  async stop(): Promise<void> {
    if (this.child && this.child.exitCode === null && this.child.signalCode === null) await this.terminate(10_000);
  }

  recentOutput(lines = 30): string {
    return this.output.slice(-lines).join("\n");
  }
}
