/**
 * The launcher's side of hosting (scripts/host.ts): which host process runs which context,
 * starting and stopping one context while the others run, and what happens when a host
 * process dies: its contexts are reported down with the command that starts them again, and
 * every other context keeps running.
 */
import { join } from "node:path";
import type { FromHost, HostGroup, ToHost } from "./hosting.ts";
import { launch, paint, progress, stopService, type Service } from "./supervisor.ts";

export type ContextState = "starting" | "running" | "stopping" | "stopped" | "failed" | "down";

export interface ContextStatus {
  context: string;
  state: ContextState;
  /** The host process it runs (or ran) in. */
  host: string;
  pid: number | undefined;
  url: string | undefined;
  /** Why it failed or is down. */
  reason: string | undefined;
}

interface HostProcess {
  readonly group: string;
  readonly service: Service;
  /** Set once the launcher has asked it to end (it hosts nothing any more, or all stop). */
  ending: boolean;
}

interface Hosted {
  state: ContextState;
  host: HostProcess | undefined;
  url: string | undefined;
  reason: string | undefined;
  /** Resolves when the state next leaves starting / stopping. */
  settled: Promise<void>;
  settle: () => void;
}

export interface HostsOptions {
  root: string;
  groups: readonly HostGroup[];
  /** The whole environment a context starts with (its own PORT, DATABASE_URL, ...). */
  envOf(context: string): Record<string, string>;
  /** The environment of a host process itself. */
  hostEnv: NodeJS.ProcessEnv;
  /** Says how to run a command of the control (e.g. "npm run ctl -- start payments"). */
  command(words: string): string;
}

export class Hosts {
  readonly #hosts: HostProcess[] = [];
  readonly #contexts = new Map<string, Hosted>();
  #stopping = false;
  /** Whether a context's start is worth a line of its own (not during the first start). */
  #announce = false;

  constructor(private readonly options: HostsOptions) {
    for (const group of options.groups) for (const context of group.contexts) this.#contexts.set(context, blank());
  }

  /** From now on, say when a context has started (the first start has a summary instead). */
  announceStarts(): void {
    this.#announce = true;
  }

  names(): string[] {
    return [...this.#contexts.keys()];
  }

  services(): Service[] {
    return this.#hosts.map((h) => h.service);
  }

  /** Starts these contexts (each in its group's host process, a new one if that has ended) and waits until each is running or has failed. */
  async startContexts(contexts: readonly string[]): Promise<ContextStatus[]> {
    const asked: Promise<void>[] = [];
    for (const context of contexts) {
      const hosted = this.#known(context);
      if (hosted.state === "starting" || hosted.state === "stopping") await hosted.settled;
      if (hosted.state === "running" || this.#stopping) continue;
      const host = this.#hostFor(context);
      Object.assign(hosted, { state: "starting", host, url: undefined, reason: undefined } satisfies Partial<Hosted>, pending());
      this.#send(host, { type: "start", context, env: this.options.envOf(context) });
      asked.push(hosted.settled);
    }
    await Promise.all(asked);
    return this.status().filter((s) => contexts.includes(s.context));
  }

  /** Stops these contexts; the rest keep running. A host process left with none ends. */
  async stopContexts(contexts: readonly string[]): Promise<ContextStatus[]> {
    const asked: Promise<void>[] = [];
    for (const context of contexts) {
      const hosted = this.#known(context);
      if (hosted.state === "starting") await hosted.settled;
      if (hosted.state !== "running" || !hosted.host) continue;
      Object.assign(hosted, { state: "stopping" } satisfies Partial<Hosted>, pending());
      this.#send(hosted.host, { type: "stop", context });
      asked.push(hosted.settled);
    }
    await Promise.all(asked);
    this.#endIdleHosts();
    return this.status().filter((s) => contexts.includes(s.context));
  }

  status(): ContextStatus[] {
    return [...this.#contexts].map(([context, h]) => ({
      context,
      state: h.state,
      host: h.host?.group ?? this.#groupOf(context),
      pid: h.state === "running" || h.state === "starting" || h.state === "stopping" ? h.host?.service.child.pid : undefined,
      url: h.state === "running" ? h.url : undefined,
      reason: h.reason,
    }));
  }

  /** Every host process, all at once: each stops its contexts gracefully (Ctrl-C). */
  async stop(): Promise<void> {
    this.#stopping = true;
    await Promise.all(
      this.#hosts.map((host) => {
        host.ending = true;
        return stopService(host.service);
      }),
    );
  }

  #known(context: string): Hosted {
    const hosted = this.#contexts.get(context);
    if (!hosted) throw new UnknownContextError(`no context named ${context} in this run; these run: ${this.names().join(", ")}`);
    return hosted;
  }

  #groupOf(context: string): string {
    return this.options.groups.find((g) => g.contexts.includes(context))!.name;
  }

  /** The live host process of the context's group, or a new one. */
  #hostFor(context: string): HostProcess {
    const group = this.#groupOf(context);
    const live = this.#hosts.find((h) => h.group === group && !h.ending && !h.service.ended());
    return live ?? this.#spawn(group);
  }

  #spawn(group: string): HostProcess {
    const service = launch(group, process.execPath, ["--import", "tsx", join(this.options.root, "scripts", "host.ts"), group], {
      cwd: this.options.root,
      env: this.options.hostEnv,
      ipc: true,
    });
    const host: HostProcess = { group, service, ending: false };
    this.#hosts.push(host);
    service.child.on("message", (message: FromHost) => this.#heard(host, message));
    void service.exited.then((how) => this.#ended(host, how));
    return host;
  }

  #send(host: HostProcess, message: ToHost): void {
    if (host.service.child.connected) host.service.child.send(message);
  }

  #heard(host: HostProcess, message: FromHost): void {
    const hosted = this.#contexts.get(message.context);
    if (!hosted || hosted.host !== host) return;
    if (message.type === "started") {
      Object.assign(hosted, { state: "running", url: message.url });
      if (this.#announce) progress(`${message.context}: running again at ${message.url} (process ${host.group}, pid ${host.service.child.pid})`);
    } else if (message.type === "failed") {
      Object.assign(hosted, { state: "failed", reason: message.error });
      if (!this.#stopping) {
        console.error(paint(31, `✗ ${message.context} failed to start: ${message.error}`));
        console.error(`  the other contexts keep running; fix the cause, then: ${this.options.command(`start ${message.context}`)}`);
      }
    } else {
      hosted.state = "stopped";
      if (!this.#stopping) progress(`${message.context}: stopped; the other contexts keep running (start it again: ${this.options.command(`start ${message.context}`)})`);
    }
    hosted.settle();
  }

  /** A host process ended: expected when asked to; otherwise its contexts are down, the rest run on. */
  #ended(host: HostProcess, how: string): void {
    this.#hosts.splice(this.#hosts.indexOf(host), 1);
    const lost = [...this.#contexts].filter(([, h]) => h.host === host && ["starting", "running", "stopping"].includes(h.state));
    for (const [, hosted] of lost) {
      Object.assign(hosted, { state: "down", reason: `its process (${host.group}, pid ${host.service.child.pid}) exited: ${how}` });
      hosted.settle();
    }
    if (host.ending || this.#stopping || lost.length === 0) return;
    const names = lost.map(([name]) => name);
    console.error(paint(31, `✗ host process ${host.group} (pid ${host.service.child.pid}) exited unexpectedly (${how}): ${names.join(", ")} ${names.length === 1 ? "is" : "are"} down.`));
    const others = [...this.#contexts].filter(([, h]) => h.state === "running").map(([name]) => name);
    console.error(`  still running: ${others.join(", ") || "no context"}; the router answers for those. Start the others again: ${this.options.command(`start ${names.join(" ")}`)}`);
    if (host.service.tail.length > 0) console.error(`  its last lines:\n${host.service.tail.map((l) => `    ${l}`).join("\n")}`);
  }

  #endIdleHosts(): void {
    for (const host of this.#hosts) {
      const busy = [...this.#contexts.values()].some((h) => h.host === host && ["starting", "running", "stopping"].includes(h.state));
      if (!busy && !host.ending) {
        host.ending = true;
        void stopService(host.service);
      }
    }
  }
}

/** A context name the run does not know: the control answers 404 with it. */
export class UnknownContextError extends Error {}

function pending(): Pick<Hosted, "settled" | "settle"> {
  let settle!: () => void;
  const settled = new Promise<void>((resolve) => (settle = resolve));
  return { settled, settle };
}

function blank(): Hosted {
  return { state: "stopped", host: undefined, url: undefined, reason: undefined, ...pending() };
}
