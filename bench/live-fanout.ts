/**
 * Live subscription fan-out on one router process (`npm run bench:live`).
 * Subscribers are raw graphql-ws clients in worker threads (bench/fanout-clients.mjs);
 * events are published to JetStream at a steady rate; each delivery's latency is client
 * receive time minus the event's time. In the same run, as baselines: a plain NATS
 * subscriber (what the broker alone costs) and a naive graphql-ws server that runs every
 * subscriber's selection per event (bench/naive-live-server.ts).
 * Phases: 20,000 idle subscriptions of one lecture on a fresh router (its resident memory and
 * heap per subscription); one lecture's enrolment to 1,000 and 5,000 subscribers (5 and 10
 * events/s); 5,000 students each on their own registrations with 500 status events/s spread
 * over them. Only the contexts the cases use are started (identity, lectures, registrations,
 * payments): the others would only share the two cores.
 * Options: --quick (shorter windows)  --seconds N
 */
import { fork } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import type { EventBus } from "@supergraph/platform";
import { openLecture } from "../e2e/course-registration/helpers.ts";
import { metric, publishEvent, Stack, waitFor } from "@supergraph/testkit";
import { percentile, saveResult, type Target } from "./report.ts";

const { values } = parseArgs({ options: { quick: { type: "boolean", default: false }, seconds: { type: "string" } } });
const seconds = Number(values.seconds ?? (values.quick ? 4 : 10));

const ENROLMENT = `subscription($id: ID!) { lectureEnrolmentChanges(lectureId: $id) { cursor enrolledCount occurredAt lecture { id title } } }`;
// The fields the event carries: selecting the registration's own fields adds one gateway fetch per event.
const MY_REGISTRATIONS = `subscription { myRegistrationChanges { cursor status occurredAt } }`;

interface Subscriber {
  token: string;
  variables: Record<string, unknown>;
  /** Subscriptions on this subscriber's one socket (1 unless given). */
  subscriptions?: number;
}

/** The issue's idle-memory case: subscriptions open at once in one router process. */
const IDLE_SUBSCRIPTIONS = 20_000;

/**
 * Sockets the idle phase may open: each is a file descriptor in the router and in this process
 * (the workers share its table), and the open-file limit here is 20,000, which root inside
 * this container may not raise. What it leaves after a reserve for both processes' own files.
 */
function idleSockets(): number {
  const limit = Number(/^Max open files\s+(\d+)/m.exec(readFileSync("/proc/self/limits", "utf8"))?.[1] ?? Infinity);
  return Math.min(IDLE_SUBSCRIPTIONS, limit - 500);
}

/** Subscribers spread over worker threads; each reports the latencies it measured. */
class Clients {
  private constructor(private readonly workers: Worker[]) {}

  static async open(url: string, query: string, valueField: string, subscribers: Subscriber[], threads = 2): Promise<Clients> {
    const workers = Array.from(
      { length: threads },
      (_, i) => new Worker(new URL("./fanout-clients.mjs", import.meta.url), { workerData: { url, query, valueField, subscribers: subscribers.filter((_s, j) => j % threads === i) } }),
    );
    const clients = new Clients(workers);
    await clients.ask("open");
    return clients;
  }

  private ask<T>(message: string): Promise<T[]> {
    return Promise.all(
      this.workers.map(
        (w) =>
          new Promise<T>((resolve, reject) => {
            // A failing worker must fail the run (and so stop the stack), not crash the process.
            w.once("error", reject);
            w.once("message", (value: T) => {
              w.off("error", reject);
              resolve(value);
            });
            w.postMessage(message);
          }),
      ),
    );
  }

  async report(): Promise<number[]> {
    const parts = await this.ask<{ latencies: number[]; errors: number; firstError?: string; ended: number; closes: number; firstClose?: string }>("report");
    const failed = parts.find((p) => p.firstError);
    if (failed) console.warn(`subscribers received ${parts.reduce((n, p) => n + p.errors, 0)} messages other than changes, e.g. ${failed.firstError}`);
    const ended = parts.reduce((n, p) => n + p.ended, 0);
    const closed = parts.find((p) => p.firstClose);
    if (ended > 0) console.warn(`${ended} subscribers' sockets ended unasked${closed ? `, e.g. closed with ${closed.firstClose}` : " (no close frame)"}`);
    return parts.flatMap((p) => p.latencies);
  }

  async close(): Promise<void> {
    await this.ask("close");
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** Publishes `count` events at `rate` per second, in 10 ms ticks (acks awaited per tick). */
async function publishSteadily(bus: EventBus, rate: number, count: number, make: (i: number) => { context: string; type: string; subject: string; data: object }): Promise<void> {
  const start = Date.now();
  let sent = 0;
  while (sent < count) {
    const due = Math.min(count, Math.floor(((Date.now() - start) / 1000) * rate) + 1);
    const batch: Promise<unknown>[] = [];
    for (; sent < due; sent++) {
      const { context, ...event } = make(sent);
      batch.push(publishEvent(bus, context, event, { correlationId: event.subject, causationId: randomUUID() }));
    }
    await Promise.all(batch);
    await new Promise((r) => setTimeout(r, 10));
  }
}

interface Measured {
  deliveries: number;
  missed: number;
  p50: number;
  p99: number;
  cpuMicrosPerDelivery: number;
}

/**
 * Publishes `rate` events/s for the case's window, waits for the deliveries to settle, and
 * measures them and the server's CPU. One second of events goes first, unmeasured, so that
 * the figures are the steady state rather than the JIT and the first writes warming up.
 */
async function measure(
  clients: Clients,
  bus: EventBus,
  options: { rate: number; deliveriesPerEvent: number; make: Parameters<typeof publishSteadily>[3]; cpuMicros: () => Promise<number> },
): Promise<Measured> {
  const { rate, deliveriesPerEvent, make, cpuMicros } = options;
  const settle = async (before: number, expected: number) => {
    let latencies = await clients.report();
    await waitFor("deliveries to settle", async () => (latencies = await clients.report()).length - before >= expected, 20_000, 250).catch(() => undefined);
    return latencies;
  };
  const start = (await clients.report()).length;
  await publishSteadily(bus, rate, rate, make);
  const before = (await settle(start, rate * deliveriesPerEvent)).length;
  const cpuBefore = await cpuMicros();
  await publishSteadily(bus, rate, rate * seconds, (i) => make(rate + i));
  const latencies = await settle(before, rate * seconds * deliveriesPerEvent);
  const cpu = (await cpuMicros()) - cpuBefore;
  const fresh = latencies.slice(before);
  return {
    deliveries: fresh.length,
    missed: rate * seconds * deliveriesPerEvent - fresh.length,
    p50: percentile(fresh, 50),
    p99: percentile(fresh, 99),
    cpuMicrosPerDelivery: Math.round((cpu / Math.max(1, fresh.length)) * 10) / 10,
  };
}

const row = (name: string, subscribers: number, rate: number, m: Measured, extra: Record<string, string | number> = {}) => ({
  case: name,
  subscribers,
  "events/s": rate,
  deliveries: m.deliveries,
  missed: m.missed,
  "p50 ms": m.p50,
  "p99 ms": m.p99,
  "CPU µs/delivery": Number.isNaN(m.cpuMicrosPerDelivery) ? "-" : m.cpuMicrosPerDelivery,
  "KB/sub (RSS)": "-",
  "KB/sub (heap)": "-",
  ...extra,
});

/** The naive graphql-ws server as a child process, with its CPU time on request. */
async function startNaive(natsUrl: string, subject: string): Promise<{ url: string; cpuMicros: () => Promise<number>; stop: () => void }> {
  const child = fork(new URL("./naive-live-server.ts", import.meta.url), [natsUrl, subject], { execArgv: ["--import", "tsx"], stdio: "inherit" });
  const ask = <T>(pick: (m: Record<string, unknown>) => T | undefined, send?: string) =>
    new Promise<T>((resolve) => {
      const on = (m: Record<string, unknown>) => {
        const value = pick(m);
        if (value !== undefined) (child.off("message", on), resolve(value));
      };
      child.on("message", on);
      if (send) child.send(send);
    });
  const port = await ask((m) => m.port as number | undefined);
  return { url: `ws://127.0.0.1:${port}/graphql`, cpuMicros: () => ask((m) => m.cpuMicros as number | undefined, "cpu"), stop: () => child.kill() };
}

async function main(): Promise<void> {
  console.log(`live fan-out: ${seconds} s per case`);
  const stack = await Stack.start(
    { router: { LOG_LEVEL: "warn", ...(process.env.ROUTER_NODE_ARGS ? { NODE_ARGS: process.env.ROUTER_NODE_ARGS } : {}) } },
    { only: ["payments", "lectures", "registrations"] },
  );
  const rows: Record<string, string | number>[] = [];
  const targets: Target[] = [];
  try {
    const instructor = await stack.mintUser("INSTRUCTOR");
    const viewer = await stack.mintUser("STUDENT");
    const lectureId = await openLecture(stack, instructor, { title: "Fan-out" });
    const bus = await stack.bus();
    const wsUrl = `${stack.router.url.replace("http", "ws")}/graphql`;
    const routerCpu = async () => (await metric(stack.router.url, "process_cpu_seconds_total")) * 1e6;
    const enrolment = (i: number) => ({ context: "lectures", type: "EnrolmentChanged", subject: lectureId, data: { lectureId, instructorId: instructor.userId, enrolledCount: i + 1 } });

    // Baseline: the broker alone, one plain subscriber.
    const floor: number[] = [];
    const sub = bus.nc.subscribe(bus.names.eventSubject("lectures", "EnrolmentChanged"), {
      callback: (_e, msg) => {
        floor.push(Date.now() - Date.parse((JSON.parse(msg.string()) as { time: string }).time));
      },
    });
    await publishSteadily(bus, 10, 50, enrolment);
    await waitFor("baseline deliveries", () => floor.length >= 50, 10_000);
    sub.unsubscribe();
    rows.push(row("baseline: NATS subscriber", 1, 10, { deliveries: floor.length, missed: 50 - floor.length, p50: percentile(floor, 50), p99: percentile(floor, 99), cpuMicrosPerDelivery: NaN }));

    // Baseline: a naive graphql-ws server, every subscriber's selection executed per event.
    let naiveCpu = NaN;
    const naive = await startNaive(stack.natsUrl, bus.names.eventSubject("lectures", "EnrolmentChanged"));
    try {
      const clients = await Clients.open(naive.url, ENROLMENT, "enrolledCount", Array.from({ length: 5000 }, () => ({ token: viewer.token, variables: { id: lectureId } })));
      await new Promise((r) => setTimeout(r, 1_000));
      rows.push(row("baseline: naive graphql-ws server", 5000, 5, await measure(clients, bus, { rate: 5, deliveriesPerEvent: 5000, make: enrolment, cpuMicros: naive.cpuMicros })));
      naiveCpu = rows.at(-1)!["CPU µs/delivery"] as number;
      await clients.close();
    } finally {
      naive.stop();
    }

    // Memory per idle subscription, on a router that has not held subscriptions before (a heap
    // that grew earlier would hide the growth): 20,000 of one lecture, each socket one
    // subscription but for the few the open-file limit makes carry two.
    {
      const sockets = idleSockets();
      const doubled = IDLE_SUBSCRIPTIONS - sockets;
      const rssBefore = await metric(stack.router.url, "process_resident_memory_bytes");
      const heapBefore = await metric(stack.router.url, "nodejs_heap_size_used_bytes");
      const subscribers = Array.from({ length: sockets }, (_, i) => ({ token: viewer.token, variables: { id: lectureId }, subscriptions: i < doubled ? 2 : 1 }));
      const clients = await Clients.open(wsUrl, ENROLMENT, "enrolledCount", subscribers, 4);
      // All open, or as many as will: the figures are per subscription open when measured.
      let open = 0;
      let steadySince = Date.now();
      await waitFor(
        `${IDLE_SUBSCRIPTIONS} subscriptions to open`,
        async () => {
          const now = await metric(stack.router.url, "live_subscriptions", { kind: "subscribers" });
          if (now !== open) (open = now), (steadySince = Date.now());
          return open >= IDLE_SUBSCRIPTIONS || (open > 0 && Date.now() - steadySince > 15_000);
        },
        180_000,
        500,
      );
      await new Promise((r) => setTimeout(r, 2_000));
      open = await metric(stack.router.url, "live_subscriptions", { kind: "subscribers" });
      if (open < IDLE_SUBSCRIPTIONS) {
        console.warn(`only ${open} of ${IDLE_SUBSCRIPTIONS} idle subscriptions open`);
        await clients.report();
      }
      const rssPerSub = ((await metric(stack.router.url, "process_resident_memory_bytes")) - rssBefore) / open / 1024;
      const heapPerSub = ((await metric(stack.router.url, "nodejs_heap_size_used_bytes")) - heapBefore) / open / 1024;
      rows.push({
        ...row("router: idle subscriptions of one lecture", open, 0, { deliveries: 0, missed: 0, p50: NaN, p99: NaN, cpuMicrosPerDelivery: NaN }),
        deliveries: "-",
        missed: "-",
        "p50 ms": "-",
        "p99 ms": "-",
        "KB/sub (RSS)": Number(rssPerSub.toFixed(1)),
        "KB/sub (heap)": Number(heapPerSub.toFixed(1)),
        sockets,
      });
      targets.push({
        name: `router memory per idle subscription (${IDLE_SUBSCRIPTIONS.toLocaleString("en")} asked on ${sockets.toLocaleString("en")} sockets)`,
        target: `<= 10 KB, ${IDLE_SUBSCRIPTIONS.toLocaleString("en")} open`,
        actual: `${rssPerSub.toFixed(1)} KB RSS, ${heapPerSub.toFixed(1)} KB heap, ${open.toLocaleString("en")} open`,
        met: rssPerSub <= 10 && heapPerSub <= 10 && open >= IDLE_SUBSCRIPTIONS,
      });
      await clients.close();
      await waitFor("subscriptions to close", async () => (await metric(stack.router.url, "live_subscriptions", { kind: "subscribers" })) === 0, 60_000, 200);
    }

    // One lecture's enrolment: every subscriber in one group, one upstream fetch per event.
    for (const [n, rates] of [
      [5000, [5, 10]],
      [1000, [5]],
    ] as const) {
      const clients = await Clients.open(wsUrl, ENROLMENT, "enrolledCount", Array.from({ length: n }, () => ({ token: viewer.token, variables: { id: lectureId } })));
      await waitFor(`${n} subscriptions to open`, async () => (await metric(stack.router.url, "live_subscriptions", { kind: "subscribers" })) >= n, 60_000, 200);
      await new Promise((r) => setTimeout(r, 2_000));
      for (const rate of rates) {
        const m = await measure(clients, bus, { rate, deliveriesPerEvent: n, make: enrolment, cpuMicros: routerCpu });
        rows.push(row("router: one lecture's enrolment", n, rate, m));
        if (n === 5000 && rate === 5) {
          targets.push(
            { name: "5,000 subscribers, 5 events/s: p99 (issue 3)", target: "<= 100 ms", actual: `${m.p99} ms`, met: m.p99 <= 100 },
            { name: "5,000 subscribers, 5 events/s: missed (issue 3)", target: "0", actual: String(m.missed), met: m.missed === 0 },
            { name: "CPU per delivery vs naive graphql-ws", target: `< ${naiveCpu} µs`, actual: `${m.cpuMicrosPerDelivery} µs (${(naiveCpu / m.cpuMicrosPerDelivery).toFixed(1)}x less)`, met: m.cpuMicrosPerDelivery < naiveCpu },
          );
        }
        if (rate === 10) {
          targets.push(
            { name: "(b) 5,000 subscribers of one lecture, 10 events/s: p99", target: "<= 100 ms", actual: `${m.p99} ms`, met: m.p99 <= 100 },
            { name: "(b) missed", target: "0", actual: String(m.missed), met: m.missed === 0 },
          );
        }
      }
      await clients.close();
      await waitFor("subscriptions to close", async () => (await metric(stack.router.url, "live_subscriptions", { kind: "subscribers" })) === 0, 30_000, 200);
    }

    // (a) 5,000 students, each on their own registrations: 5,000 groups, one delivery per event.
    const students = await Promise.all(Array.from({ length: 5000 }, () => stack.mintUser("STUDENT")));
    const clients = await Clients.open(wsUrl, MY_REGISTRATIONS, "status", students.map((s) => ({ token: s.token, variables: {} })));
    await waitFor("5000 subscriptions to open", async () => (await metric(stack.router.url, "live_subscriptions", { kind: "subscribers" })) >= 5000, 60_000, 200);
    const paid = (i: number) => {
      const registrationId = randomUUID();
      return { context: "registrations", type: "RegistrationPaid", subject: registrationId, data: { registrationId, lectureId, studentId: students[i % students.length]!.userId, paymentId: randomUUID() } };
    };
    const m = await measure(clients, bus, { rate: 500, deliveriesPerEvent: 1, make: paid, cpuMicros: routerCpu });
    rows.push(row("router: (a) each student's own registrations", 5000, 500, m, { groups: 5000 }));
    targets.push(
      { name: "(a) 5,000 students, 500 status events/s: p99", target: "<= 50 ms", actual: `${m.p99} ms`, met: m.p99 <= 50 },
      { name: "(a) missed", target: "0", actual: String(m.missed), met: m.missed === 0 },
    );
    await clients.close();
  } finally {
    await stack.stop();
  }
  saveResult("live-fanout", {
    title: "Live subscriptions: fan-out on one router process",
    rows,
    targets,
    notes: [
      "Latency: client receive time minus the event's time (publisher clock; same machine).",
      "CPU µs/delivery: the serving process's CPU time over the case divided by deliveries (router: everything it does, NATS consumption and gateway fetches included).",
      `KB/sub: the router's resident memory and used heap with the ${IDLE_SUBSCRIPTIONS.toLocaleString("en")} subscriptions open and idle, minus before (a fresh router), per subscription; sockets: how many carried them (the open-file limit is 20,000 a process here, so a few carry two).`,
      "(a) selects the fields its event carries (cursor, status, occurredAt); selecting the registration's own fields adds one gateway fetch per event.",
    ],
  });
  process.exit(0);
}

await main();
