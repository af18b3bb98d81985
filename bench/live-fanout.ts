/**
 * Live subscription fan-out on one router process (`npm run bench:live`).
 * N clients (raw graphql-ws over `ws` in worker threads, parsing as little as possible so
 * the load generator is not what is measured) subscribe to one lecture's enrolment; EnrolmentChanged events
 * are published to JetStream at a steady rate; each delivery's latency is client receive
 * time minus the event's time. Baseline in the same run: a plain NATS subscriber on the
 * same events (the floor: what the broker alone costs).
 * Options: --subscribers 1000,5000  --rate 10  --seconds 10
 */
import { randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { envelope, type EventBus } from "@supergraph/platform";
import { Worker } from "node:worker_threads";
import { openLecture } from "../e2e/course-registration/helpers.ts";
import { metric } from "../e2e/harness/metrics.ts";
import { Stack, waitFor } from "../e2e/harness/stack.ts";
import { percentile, table } from "./report.ts";

const { values } = parseArgs({ options: { subscribers: { type: "string", default: "1000,5000" }, rate: { type: "string", default: "10" }, seconds: { type: "string", default: "10" } } });
const sizes = values.subscribers!.split(",").map(Number);
const rate = Number(values.rate);
const seconds = Number(values.seconds);

const QUERY = `subscription($id: ID!) { lectureEnrolmentChanges(lectureId: $id) { cursor enrolledCount occurredAt lecture { id title } } }`;

/** Subscribers spread over worker threads; each reports the latencies it measured. */
class Clients {
  private constructor(private readonly workers: Worker[]) {}

  static async open(n: number, url: string, token: string, lectureId: string, threads = 2): Promise<Clients> {
    const workers = Array.from({ length: threads }, (_, i) =>
      new Worker(new URL("./fanout-clients.mjs", import.meta.url), {
        workerData: { url, token, query: QUERY, variables: { id: lectureId }, valueField: "enrolledCount", count: Math.floor(n / threads) + (i < n % threads ? 1 : 0) },
      }),
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

  async report(): Promise<{ latencies: number[]; seen: string[] }> {
    const parts = await this.ask<{ latencies: number[]; seen: string[] }>("report");
    return { latencies: parts.flatMap((p) => p.latencies), seen: parts.flatMap((p) => p.seen) };
  }

  async close(): Promise<void> {
    await this.ask("close");
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

async function publishSteadily(bus: EventBus, lectureId: string, instructorId: string, count: number, onEach?: (i: number) => void): Promise<void> {
  const interval = 1000 / rate;
  const start = Date.now();
  for (let i = 1; i <= count; i++) {
    const wait = start + (i - 1) * interval - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const event = envelope("lectures", { type: "EnrolmentChanged", subject: lectureId, data: { lectureId, instructorId, enrolledCount: i } }, { correlationId: lectureId, causationId: randomUUID() });
    await bus.js.publish(bus.names.eventSubject("lectures", "EnrolmentChanged"), JSON.stringify(event), { msgID: event.id });
    onEach?.(i);
  }
}

async function main(): Promise<void> {
  console.log(`live fan-out: subscribers ${sizes.join(", ")}; ${rate} events/s for ${seconds} s each`);
  const stack = await Stack.start({ router: { LOG_LEVEL: "warn", ...(process.env.ROUTER_NODE_ARGS ? { NODE_ARGS: process.env.ROUTER_NODE_ARGS } : {}) } });
  const rows: Record<string, string | number>[] = [];
  try {
    const instructor = await stack.signUp("INSTRUCTOR");
    const viewer = await stack.signUp("STUDENT");
    const lectureId = await openLecture(stack, instructor, { title: "Fan-out" });
    const bus = await stack.bus();
    const wsUrl = `${stack.router.url.replace("http", "ws")}/graphql`;
    const events = rate * seconds;

    // Baseline: the broker alone, one plain subscriber.
    const floor: number[] = [];
    const sub = bus.nc.subscribe(bus.names.eventSubject("lectures", "EnrolmentChanged"), {
      callback: (_e, msg) => {
        floor.push(Date.now() - Date.parse((JSON.parse(msg.string()) as { time: string }).time));
      },
    });
    await publishSteadily(bus, lectureId, instructor.userId, Math.min(events, 50));
    await waitFor("baseline deliveries", () => floor.length >= Math.min(events, 50), 10_000);
    sub.unsubscribe();
    rows.push({ case: "baseline: NATS subscriber", subscribers: 1, deliveries: floor.length, missed: 0, "p50 ms": percentile(floor, 50), "p99 ms": percentile(floor, 99), "KB/sub (RSS)": "-", "KB/sub (heap)": "-" });

    for (const n of sizes) {
      const rssBefore = await metric(stack.router.url, "process_resident_memory_bytes");
      const heapBefore = await metric(stack.router.url, "nodejs_heap_size_used_bytes");
      const clients = await Clients.open(n, wsUrl, viewer.token, lectureId);
      await waitFor(`${n} subscriptions to open`, async () => (await metric(stack.router.url, "live_subscriptions", { kind: "subscribers" })) >= n, 60_000, 200);
      await new Promise((r) => setTimeout(r, 2_000));
      const rssIdle = await metric(stack.router.url, "process_resident_memory_bytes");
      const heapIdle = await metric(stack.router.url, "nodejs_heap_size_used_bytes");
      const groups = await metric(stack.router.url, "live_subscriptions", { kind: "groups" });

      const before = (await clients.report()).seen.length;
      await publishSteadily(bus, lectureId, instructor.userId, events);
      const expected = n * events;
      let report = await clients.report();
      const received = () => report.seen.length - before;
      await waitFor("deliveries to settle", async () => (report = await clients.report()) && received() >= expected, 15_000, 250).catch(() => undefined);
      const latencies = report.latencies.slice(before);
      rows.push({
        case: "router: lectureEnrolmentChanges",
        subscribers: n,
        deliveries: received(),
        missed: expected - received(),
        "p50 ms": percentile(latencies, 50),
        "p99 ms": percentile(latencies, 99),
        "KB/sub (RSS)": Number(((rssIdle - rssBefore) / n / 1024).toFixed(1)),
        "KB/sub (heap)": Number(((heapIdle - heapBefore) / n / 1024).toFixed(1)),
        groups,
      });
      await clients.close();
      await waitFor("subscriptions to close", async () => (await metric(stack.router.url, "live_subscriptions", { kind: "subscribers" })) === 0, 30_000, 200);
    }
  } finally {
    await stack.stop();
  }
  const text = table(rows);
  console.log(text);
  mkdirSync(join(import.meta.dirname, "results"), { recursive: true });
  writeFileSync(join(import.meta.dirname, "results", "live-fanout.json"), JSON.stringify({ rate, seconds, rows }, null, 2));
  writeFileSync(join(import.meta.dirname, "results", "live-fanout.md"), `# Live fan-out (${new Date().toISOString()})\n\n${rate} events/s for ${seconds} s per size, one router process.\n\n${text}\n`);
  process.exit(0);
}

await main();
