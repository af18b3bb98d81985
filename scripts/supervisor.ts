/**
 * The processes `npm start` runs: each child's output under its name (pino JSON compacted
 * to `level msg key=value`, under the context that wrote it when a host process logs for
 * several), and stopping them all in order: router, contexts, databases, NATS. Children get
 * process groups of their own so that Ctrl-C reaches only the launcher.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createInterface } from "node:readline";

const STOP_TIMEOUT_MS = 10_000;
const TAIL_LINES = 15;
const color = process.stdout.isTTY && !process.env.NO_COLOR;

export const paint = (code: number, text: string) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
export const progress = (line: string) => console.log(`${paint(36, "▸")} ${line}`);

export interface Service {
  readonly name: string;
  readonly child: ChildProcess;
  /** Recent output lines, for failure messages. */
  readonly tail: string[];
  /** Resolves with a description ("code 1", "signal SIGKILL") when the process has ended. */
  readonly exited: Promise<string>;
  ended(): boolean;
}

const LEVELS: Record<number, [string, number]> = { 10: ["trace", 90], 20: ["debug", 90], 30: ["info", 32], 40: ["warn", 33], 50: ["error", 31], 60: ["fatal", 31] };
const QUIET_FIELDS = new Set(["level", "time", "pid", "hostname", "service", "name", "msg", "err"]);

/** A pino JSON line as `level msg key=value …` (and the stack of an error); other lines as they are. */
function formatLine(line: string): string {
  if (!line.startsWith("{")) return line;
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line;
  }
  const [level, code] = LEVELS[entry.level as number] ?? [String(entry.level), 0];
  const fields = Object.entries(entry)
    .filter(([key]) => !QUIET_FIELDS.has(key))
    .map(([key, value]) => `${key}=${typeof value === "string" ? value : JSON.stringify(value)}`);
  const err = entry.err as { message?: string; stack?: string } | undefined;
  const text = [paint(code, level.padEnd(5)), String(entry.msg ?? ""), ...fields].join(" ");
  if (!err) return text;
  return (entry.level as number) >= 50 && err.stack ? `${text}\n    ${err.stack.replace(/\n/g, "\n    ")}` : `${text} error=${err.message}`;
}

const PREFIX_COLORS = [35, 34, 36, 33, 32, 95, 94];
const prefixes = new Map<string, string>();

/** `[name]` in a colour of its own, the same for a name every time. */
function prefixOf(name: string): string {
  let prefix = prefixes.get(name);
  if (!prefix) prefixes.set(name, (prefix = paint(PREFIX_COLORS[prefixes.size % PREFIX_COLORS.length]!, `[${name}]`)));
  return prefix;
}

/** Who wrote a line: the `service` of a pino line (a hosted context), else the process. */
function writerOf(raw: string, fallback: string): string {
  const service = raw.startsWith("{") ? /"service":"([^"]+)"/.exec(raw)?.[1] : undefined;
  return service ?? fallback;
}

export interface LaunchOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Picks the output lines worth printing (all are kept in `tail`). */
  show?: (line: string) => boolean;
  /** An IPC channel to the child (`child.send`, its `message` events), for host processes. */
  ipc?: boolean;
}

/**
 * On Linux the kernel sends a child SIGTERM when the launcher dies, even by SIGKILL (setpriv,
 * from util-linux, sets that and then becomes the command: same pid): otherwise a router
 * left behind would hold port 4000 and the next `npm start` could not begin.
 */
const SETPRIV = "/usr/bin/setpriv";
const withDeathSignal = (command: string, args: readonly string[]): [string, string[]] =>
  process.platform === "linux" && existsSync(SETPRIV) ? [SETPRIV, ["--pdeathsig", "SIGTERM", command, ...args]] : [command, [...args]];

/** Starts a child in `cwd`, in a process group of its own. */
export function launch(name: string, command: string, args: readonly string[], options: LaunchOptions): Service {
  const stdio = options.ipc ? (["ignore", "pipe", "pipe", "ipc"] as const) : (["ignore", "pipe", "pipe"] as const);
  const [file, argv] = withDeathSignal(command, args);
  const child = spawn(file, argv, { cwd: options.cwd, env: options.env, stdio: [...stdio], detached: true });
  const show = options.show ?? (() => true);
  const tail: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream! }).on("line", (raw) => {
      const line = formatLine(raw);
      tail.push(line);
      if (tail.length > TAIL_LINES) tail.shift();
      if (show(raw)) console.log(line.replace(/^/gm, `${prefixOf(writerOf(raw, name))} `));
    });
  }
  let ended = false;
  const exited = new Promise<string>((resolve) => {
    child.once("error", (error) => resolve(`failed to start: ${error.message}`));
    child.once("exit", (code, signal) => resolve(signal ? `signal ${signal}` : `code ${code}`));
  }).finally(() => {
    ended = true;
  });
  return { name, child, tail, exited, ended: () => ended };
}

/** SIGTERM, then SIGKILL if it has not ended within 10 s. */
export async function stopService(service: Service): Promise<void> {
  if (service.ended()) return;
  service.child.kill("SIGTERM");
  const timer = setTimeout(() => service.child.kill("SIGKILL"), STOP_TIMEOUT_MS);
  await service.exited;
  clearTimeout(timer);
}

/** Something the launcher started that is not a child it watches itself (embedded PostgreSQL, the hosts, the control port). */
export interface Stoppable {
  stop(): Promise<void>;
}

export class Supervisor {
  nats: Service | undefined;
  databases: Stoppable | undefined;
  contexts: (Stoppable & { services(): Service[] }) | undefined;
  router: Service | undefined;
  control: Stoppable | undefined;
  stopping = false;
  #stopStartedAt = 0;

  all(): Service[] {
    return [this.router, ...(this.contexts?.services() ?? []), this.nats].filter((s): s is Service => s !== undefined);
  }

  /** NATS and the router: nothing works without them, so their end is the end of the run. */
  watch(service: Service, why: string): Service {
    void service.exited.then((how) => {
      if (this.stopping) return;
      console.error(paint(31, `✗ ${service.name} exited unexpectedly (${how}); ${why}, so npm start stops everything. Its last lines:`));
      for (const line of service.tail) console.error(`    ${line}`);
      void this.stop(1);
    });
    return service;
  }

  /** Ctrl-C, SIGTERM, SIGHUP, and the death of whoever started us, all stop everything. */
  handleSignals(): void {
    for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => this.onSignal(signal));
    process.on("exit", () => this.killAll());
    // A parent can die without a signal reaching us (npm's `sh -c` does on SIGTERM).
    const parent = process.ppid;
    const orphaned = setInterval(() => {
      if (process.ppid === parent) return;
      clearInterval(orphaned);
      this.onSignal("SIGTERM");
    }, 1_000);
    orphaned.unref();
  }

  private onSignal(signal: NodeJS.Signals): void {
    // One Ctrl-C may arrive twice (from the terminal and forwarded by npm).
    if (!this.stopping) {
      progress(`${signal}: stopping (press Ctrl-C again to force)`);
      void this.stop(0);
    } else if (Date.now() - this.#stopStartedAt > 1_500) {
      console.error(paint(31, "✗ forced stop"));
      for (const service of this.all()) service.child.kill("SIGKILL");
      process.exit(1);
    }
  }

  async stop(code: number): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    this.#stopStartedAt = Date.now();
    await this.control?.stop().catch(() => undefined);
    if (this.router) await stopService(this.router);
    await this.contexts?.stop();
    await this.databases?.stop().catch((error: unknown) => console.error(`embedded PostgreSQL: ${String(error)}`));
    if (this.nats) await stopService(this.nats);
    progress("stopped");
    process.exit(code);
  }

  /** Last resort when this process dies anyway: no child may outlive it. */
  private killAll(): void {
    for (const service of this.all()) if (!service.ended()) service.child.kill("SIGKILL");
  }
}
