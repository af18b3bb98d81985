/**
 * The command path, shared by the benches of one system's main command (event-path: a course
 * registration to PAID; parking-path: a parking reservation to ALLOCATED): users send the
 * command at a steady rate (an open model: requests go out on schedule whether or not earlier
 * ones answered) with the web client's mutation, each watching its own changes over graphql-ws,
 * and a step is timed until every accepted command showed its final status there. The rate
 * rises step by step and stops at the first step the stack does not sustain. Per step: sent,
 * accepted, failures by code, lost, final statuses per second, sustained, mutation p50/p99,
 * to the final status p50/p99 (split into the final event's time after the mutation was sent
 * and its delivery to the client) and the CPU each process used.
 * A system adds its command as a `CommandCase`; what only one bench measures (a backlog, a
 * first start) and its targets stay in its own file.
 */
import type { Role } from "@supergraph/platform";
import { type GraphQLResponse, openSubscriptions, type SignedIn, Stack, steadyLoad, Subscriber, waitFor } from "@supergraph/testkit";
import { coresUsed, cpuSeconds, machineBusySeconds } from "./process-cpu.ts";
import { percentile } from "./report.ts";

/** How long after a step's last mutation its final statuses may still arrive; later, they are lost. */
export const SETTLE_MS = 30_000;
/** A step whose command-to-final-status p99 passes this built a queue: it is not sustained. */
export const BOUNDED_MS = 1_000;
export const LOAD_GENERATOR = "load generator and subscribers (this process)";

/** One system's main command, as the command path sends it and watches it. */
export interface CommandCase {
  /** What one command makes, plural, for the report's phases: "registrations". */
  plural: string;
  /** The report's column of commands the mutation accepted: "registered". */
  accepted: string;
  /** The status that ends the path, as the subscription shows it: "PAID". */
  finalStatus: string;
  /** The event whose occurredAt the final change carries: "RegistrationPaid". */
  finalEvent: string;
  /** Pairs (user, target) per user: user k / n sends to target k % n, so no target row is hot. */
  pairsPerUser: number;
  /** The web client's subscription of a user's changes. */
  subscription: string;
  /** Sends the command of pair `pair` (`user` is users[pair / pairsPerUser]). */
  send(stack: Stack, pair: number, user: SignedIn): Promise<GraphQLResponse>;
  /** The id of what the command made, when it was accepted. */
  idOf(response: GraphQLResponse): string | undefined;
  /** A payload of the subscription as the change it carries. */
  change(payload: any): { status: string; occurredAt: string; id: string };
}

export interface Step {
  rate: number;
  /** Commands sent. */
  total: number;
  /** Commands the mutation accepted. */
  accepted: number;
  /** Accepted commands whose final status did not reach their user within SETTLE_MS. */
  lost: number;
  failures: Map<string, number>;
  /** Mutation sent to the final change received, ms. */
  toFinal: number[];
  /** Mutation sent to the final event's occurredAt (the backend's half of toFinal), ms. */
  toEvent: number[];
  /** The final event's occurredAt to the change received (the live path's half), ms. */
  delivery: number[];
  /** Latency of the accepted mutations, ms. */
  mutationMs: number[];
  /** Final statuses per second, counted until the last one arrived. */
  perSecond: number;
  cpu: [string, number][];
  /** Cores the stack used (the load generator left out), and all processes on the machine. */
  stackCores: number;
  machineCores: number;
  loadSeconds: number;
  sustained: boolean;
}

/** Which process of the stack a pid is, for the CPU figures. */
export function processLabels(stack: Stack): (pid: number, command: string) => string | null {
  const services = new Map([stack.router, ...stack.services.values()].map((s) => [s.pid, s.name]));
  return (pid, command) => {
    if (pid === process.pid) return LOAD_GENERATOR;
    const service = services.get(pid);
    if (service) return service;
    const database = new RegExp(`postgres: .*${stack.namespace}_(\\w+)`).exec(command);
    if (database) return `PostgreSQL (${database[1]})`;
    if (command.includes("nats-server")) return "nats-server (shared with other runs)";
    return null;
  };
}

export const codeOf = (res: GraphQLResponse) => String(res.errors?.[0]?.extensions?.code ?? (res.status === 200 ? "no data" : `HTTP ${res.status}`));

/** Users enough for every step at `rates` for `seconds`: a step may send a few past its schedule and ends on a whole user. */
export const usersFor = (command: CommandCase, rates: readonly number[], seconds: number) =>
  Math.ceil(rates.reduce((sum, r) => sum + r * seconds, 0) / command.pairsPerUser) + 2 * rates.length;

/** `count` users of `role`, each subscribed to its changes through the router. */
export async function subscribedUsers(stack: Stack, command: CommandCase, role: Role, count: number) {
  const users = await Promise.all(Array.from({ length: count }, () => stack.mintUser(role)));
  const subscribers = await openSubscriptions(stack.router.url, users.length, () => users.map((u) => new Subscriber(stack.router.url, u.token).subscribe(command.subscription)));
  return { users, subscribers };
}

/** One step: `rate` commands/s for `seconds`, pairs numbered from `firstPair`. */
export async function commandSteadily(stack: Stack, command: CommandCase, rate: number, seconds: number, firstPair: number, users: SignedIn[], subscribers: Subscriber[]): Promise<Step> {
  const sentAt: number[] = [];
  // Changes received before this step are not about its commands.
  const scanned = subscribers.map((s) => s.received.length);
  const cpuBefore = cpuSeconds(processLabels(stack));
  const machineBefore = machineBusySeconds();
  const started = performance.now();
  const shots = await steadyLoad({
    perSecond: rate,
    durationMs: seconds * 1000,
    fire: (i) => {
      sentAt[i] = performance.now();
      const pair = firstPair + i;
      return command.send(stack, pair, users[Math.floor(pair / command.pairsPerUser)]!);
    },
  });
  const loadSeconds = (performance.now() - started) / 1000;
  const cpu = coresUsed(cpuBefore, cpuSeconds(processLabels(stack)), loadSeconds);
  const machineCores = (machineBusySeconds() - machineBefore) / loadSeconds;
  const accepted = new Map<string, number>();
  const failures = new Map<string, number>();
  shots.forEach((shot, i) => {
    const id = command.idOf(shot.result);
    if (id) accepted.set(id, i);
    else failures.set(codeOf(shot.result), (failures.get(codeOf(shot.result)) ?? 0) + 1);
  });
  const finalAt = new Map<string, number>();
  /** When the final event happened, on the performance.now() clock. */
  const eventAt = new Map<string, number>();
  const collect = () => {
    subscribers.forEach((s, k) => {
      for (; scanned[k]! < s.received.length; scanned[k]!++) {
        const change = command.change(s.received[scanned[k]!]);
        if (change.status !== command.finalStatus) continue;
        finalAt.set(change.id, s.receivedAt[scanned[k]!]!);
        eventAt.set(change.id, Date.parse(change.occurredAt) - performance.timeOrigin);
      }
    });
    return [...accepted.keys()].every((id) => finalAt.has(id));
  };
  await waitFor(`every one of the ${command.plural} to show ${command.finalStatus}`, collect, SETTLE_MS, 250).catch(() => undefined);
  const last = [...finalAt.values()].reduce((m, at) => Math.max(m, at), started);
  const elapsed = (last - started) / 1000;
  const toFinal = [...accepted].flatMap(([id, i]) => (finalAt.has(id) ? [finalAt.get(id)! - sentAt[i]!] : []));
  const toEvent = [...accepted].flatMap(([id, i]) => (eventAt.has(id) ? [eventAt.get(id)! - sentAt[i]!] : []));
  const delivery = [...finalAt].map(([id, at]) => at - eventAt.get(id)!);
  const mutationMs = shots.filter((s) => command.idOf(s.result)).map((s) => s.ms);
  const perSecond = elapsed > 0 ? Math.round(toFinal.length / elapsed) : 0;
  const lost = accepted.size - toFinal.length;
  return {
    rate,
    total: shots.length,
    accepted: accepted.size,
    lost,
    failures,
    toFinal,
    toEvent,
    delivery,
    mutationMs,
    perSecond,
    cpu,
    stackCores: cpu.reduce((sum, [name, cores]) => sum + (name === LOAD_GENERATOR ? 0 : cores), 0),
    machineCores,
    loadSeconds,
    sustained: accepted.size === shots.length && lost === 0 && perSecond >= 0.95 * rate && percentile(toFinal, 99) <= BOUNDED_MS,
  };
}

/**
 * The steps: `run(rate, firstPair)` at each rate in turn, until the first one not sustained.
 * Each step starts on a whole user, so no pair repeats whatever the step before overshot.
 */
export async function stepUp<S extends Step>(command: CommandCase, rates: readonly number[], run: (rate: number, firstPair: number) => Promise<S>): Promise<S[]> {
  const steps: S[] = [];
  let firstPair = 0;
  for (const rate of rates) {
    const step = await run(rate, firstPair);
    steps.push(step);
    firstPair = Math.ceil((firstPair + step.total) / command.pairsPerUser + 1) * command.pairsPerUser;
    if (!step.sustained) break;
  }
  return steps;
}

/** The report's row of a step, in the columns every command path shares. */
export function stepRow(command: CommandCase, step: Step, seconds: number): Record<string, string | number> {
  return {
    phase: `${step.rate} ${command.plural}/s for ${seconds} s`,
    sent: step.total,
    [command.accepted]: step.accepted,
    "failed (code n)": [...step.failures].map(([code, n]) => `${code} ${n}`).join(", ") || 0,
    lost: step.lost,
    [`${command.finalStatus}/s`]: step.perSecond,
    sustained: step.sustained ? "yes" : "no",
    "mutation p50 ms": Math.round(percentile(step.mutationMs, 50)),
    "mutation p99 ms": Math.round(percentile(step.mutationMs, 99)),
    [`to ${command.finalStatus} p50 ms`]: Math.round(percentile(step.toFinal, 50)),
    [`to ${command.finalStatus} p99 ms`]: Math.round(percentile(step.toFinal, 99)),
    [`${command.finalEvent} event p99 ms`]: Math.round(percentile(step.toEvent, 99)),
    "event to client p99 ms": Math.round(percentile(step.delivery, 99)),
  };
}

/** A step's CPU figures for the notes: the busiest processes, the stack's cores and the machine's. */
export const cpuFigures = (step: Step) =>
  `${step.cpu.slice(0, 8).map(([name, cores]) => `${name} ${cores}`).join(", ")}; the stack without the load generator ${step.stackCores.toFixed(2)}, ` +
  `the whole machine ${step.machineCores.toFixed(2)} (other processes: ${Math.max(0, step.machineCores - step.stackCores).toFixed(2)})`;

/** Milliseconds of the stack's CPU per accepted command in a step. */
export const cpuMsPerCommand = (step: Step) => (step.stackCores * step.loadSeconds * 1000) / Math.max(1, step.accepted);

/** Accepted commands lost over all steps. */
export const lostOf = (steps: readonly Step[]) => steps.reduce((sum, s) => sum + s.lost, 0);
