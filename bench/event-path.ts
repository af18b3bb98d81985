/**
 * The event path end to end (`npm run bench:event-path`), on a whole stack with real
 * PostgreSQL and NATS:
 * 1. Students register at a steady rate (an open model: requests are sent on schedule
 *    whether or not earlier ones answered) with the web client's mutation, while each
 *    student watches `myRegistrationChanges` over graphql-ws with the web client's
 *    selection. Measured: mutation latency, registration-to-PAID as the student sees it
 *    (mutation sent to the PAID change received), registrations that never showed PAID
 *    (lost), and the CPU each process used (which one is the bottleneck). The rate rises
 *    step by step up to the target and stops at the first step the stack does not sustain,
 *    so the result says what this machine sustains.
 * 2. A backlog: views is stopped, 10,000 CourseRegistered events are published, views is
 *    started again; measured until its consumer has none pending.
 * Registrations are spread over many lectures, each student registering once per lecture.
 * Options: --quick (10 s steps), --rates 5,10,20,30,40,50,75,100,150,200,300, --seconds 60, --lectures 50, --backlog 10000
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { openLecture } from "../e2e/course-registration/helpers.ts";
import { REGISTER } from "../e2e/course-registration/operations.ts";
import { type GraphQLResponse, metric, openSubscriptions, publishCourseRegistered, type SignedIn, Stack, steadyLoad, Subscriber, waitFor } from "@supergraph/testkit";
import { describeProfile, summarizeCpuProfile } from "./profile.ts";
import { coresUsed, cpuSeconds, machineBusySeconds } from "./process-cpu.ts";
import { percentile, saveResult, type Target } from "./report.ts";

const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    rates: { type: "string", default: "5,10,20,30,40,50,75,100,150,200,300" },
    seconds: { type: "string" },
    lectures: { type: "string", default: "50" },
    backlog: { type: "string", default: "10000" },
    /** Writes a CPU profile of every service under this folder and prints where their time went. */
    profile: { type: "string" },
  },
});
const rates = values.rates!.split(",").map(Number);
const seconds = Number(values.seconds ?? (values.quick ? 10 : 60));
const lectureCount = Number(values.lectures);
const backlog = Number(values.backlog);
const SETTLE_MS = 30_000;
/** A step whose registration-to-PAID p99 passes this built a queue: it is not sustained. */
const BOUNDED_MS = 1_000;
const TARGET_RATE = 300;
const LOAD_GENERATOR = "load generator and subscribers (this process)";

/** What profiles of this path showed, and what was changed for it. */
const FINDINGS = [
  "Changed, from node --cpu-prof of every service (--profile): (1) Prisma 6.19 compiled every statement on the event loop and was a third of the stack's CPU (a transaction of three statements: 1.1 ms of CPU through Prisma, 0.3 ms through pg): the platform's unit of work and every statement on a registration's path (seat hold, charge, enrolment, outbox, inbox, entity loaders, read-model boards) now run on pg, Prisma keeping the schemas, migrations and other reads. (2) Consumers apply whatever arrived meanwhile in one transaction (up to 128 events, one inbox insert, a failing event handled alone); views adds a batch of registrations in two statements. (3) A registration is written paid (its charge answered COMPLETED), so PaymentCompleted no longer races it (half of those events arrived first and were retried). (4) The outbox relay reads and marks in two round trips instead of five. (5) The router fetches a registration once for both of its changes (one transaction) instead of once per change.",
  "In the way: what is left is spread thin over every process (no function above a few percent of a profile): every subgraph request costs about 1 ms of CPU (Express, Apollo Server, one query; 780 requests/s on one core measured alone), every event consumed and relayed 1-3 ms at low rates (0.85 ms in batches of a busy consumer), and a registration makes six subgraph requests (the mutation's three, and three for its two changes, resolved once through the gateway for the subscriber) and five events. With some 30 ms of CPU per registration across the stack at 40/s (more at low rates, when nothing is batched), two cores hold 40-60 registrations/s; 300/s would need 6.7 ms, about what the six subgraph requests alone cost here.",
];


/** The web client's subscription (web/src/operations.ts). */
const MY_REGISTRATION_CHANGES = `subscription { myRegistrationChanges { cursor status occurredAt registration { id status lecture { id title } payment { id status } } } }`;

interface Change {
  myRegistrationChanges: { status: string; occurredAt: string; registration: { id: string } };
}

/** Which process of the stack a pid is, for the CPU figures. */
function processLabels(stack: Stack): (pid: number, command: string) => string | null {
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

/** One step: `rate` registrations/s for `seconds`, pairs (student, lecture) numbered from `firstPair`. */
async function registerSteadily(stack: Stack, rate: number, firstPair: number, lectureIds: string[], students: SignedIn[], subscribers: Subscriber[]) {
  const sentAt: number[] = [];
  // Changes received before this step are not about its registrations.
  const scanned = subscribers.map((s) => s.received.length);
  const cpuBefore = cpuSeconds(processLabels(stack));
  const machineBefore = machineBusySeconds();
  const retriedBefore = await metric(stack.service("registrations").url, "events_handled_total", { outcome: "retried" });
  const started = performance.now();
  const shots = await steadyLoad({
    perSecond: rate,
    durationMs: seconds * 1000,
    fire: (i) => {
      sentAt[i] = performance.now();
      // Pair k: lecture k % L, student k / L; every pair once, and no single lecture row is hot.
      const pair = firstPair + i;
      const student = students[Math.floor(pair / lectureIds.length)]!;
      return stack.gql<{ registerForLecture: { id: string } }>(REGISTER, { lectureId: lectureIds[pair % lectureIds.length] }, student.token);
    },
  });
  const loadSeconds = (performance.now() - started) / 1000;
  const cpu = coresUsed(cpuBefore, cpuSeconds(processLabels(stack)), loadSeconds);
  const machineCores = (machineBusySeconds() - machineBefore) / loadSeconds;
  const total = shots.length;
  const registered = new Map<string, number>();
  const failures = new Map<string, number>();
  shots.forEach((shot, i) => {
    const id = shot.result.data?.registerForLecture?.id;
    if (id) registered.set(id, i);
    else failures.set(codeOf(shot.result), (failures.get(codeOf(shot.result)) ?? 0) + 1);
  });
  const paidAt = new Map<string, number>();
  /** When RegistrationPaid happened, on the performance.now() clock. */
  const paidEventAt = new Map<string, number>();
  const collectPaid = () => {
    subscribers.forEach((s, k) => {
      for (; scanned[k]! < s.received.length; scanned[k]!++) {
        const change = (s.received[scanned[k]!] as Change).myRegistrationChanges;
        if (change.status !== "PAID") continue;
        paidAt.set(change.registration.id, s.receivedAt[scanned[k]!]!);
        paidEventAt.set(change.registration.id, Date.parse(change.occurredAt) - performance.timeOrigin);
      }
    });
    return [...registered.keys()].every((id) => paidAt.has(id));
  };
  await waitFor("every registration to show PAID", collectPaid, SETTLE_MS, 250).catch(() => undefined);
  const lastPaid = [...paidAt.values()].reduce((last, at) => Math.max(last, at), started);
  const elapsed = (lastPaid - started) / 1000;
  const toPaid = [...registered].flatMap(([id, i]) => (paidAt.has(id) ? [paidAt.get(id)! - sentAt[i]!] : []));
  // The two halves of toPaid: the backend writing RegistrationPaid, then the live path delivering it.
  const toPaidEvent = [...registered].flatMap(([id, i]) => (paidEventAt.has(id) ? [paidEventAt.get(id)! - sentAt[i]!] : []));
  const delivery = [...paidAt].map(([id, at]) => at - paidEventAt.get(id)!);
  const mutationMs = shots.filter((s) => s.result.data?.registerForLecture).map((s) => s.ms);
  const retried = (await metric(stack.service("registrations").url, "events_handled_total", { outcome: "retried" })) - retriedBefore;
  const paidPerSecond = elapsed > 0 ? Math.round(toPaid.length / elapsed) : 0;
  const lost = registered.size - toPaid.length;
  return {
    rate,
    total,
    registered: registered.size,
    paid: toPaid.length,
    lost,
    failures,
    toPaid,
    toPaidEvent,
    delivery,
    mutationMs,
    paidPerSecond,
    cpu,
    /** Cores the stack used (the load generator left out), and all processes on the machine. */
    stackCores: cpu.reduce((sum, [name, cores]) => sum + (name === LOAD_GENERATOR ? 0 : cores), 0),
    machineCores,
    loadSeconds,
    retried,
    sustained: registered.size === total && lost === 0 && paidPerSecond >= 0.95 * rate && percentile(toPaid, 99) <= BOUNDED_MS,
  };
}

type Step = Awaited<ReturnType<typeof registerSteadily>>;

const codeOf = (res: GraphQLResponse) => String(res.errors?.[0]?.extensions?.code ?? (res.status === 200 ? "no data" : `HTTP ${res.status}`));

/** Publishes `count` CourseRegistered events while views is down, then times its restart and drain. */
async function drainBacklog(stack: Stack, lectureIds: string[], count: number) {
  const views = stack.service("views");
  await views.stop();
  const bus = await stack.bus();
  for (let first = 0; first < count; first += 500) {
    await Promise.all(Array.from({ length: Math.min(500, count - first) }, (_, k) => publishCourseRegistered(bus, lectureIds[(first + k) % lectureIds.length]!)));
  }
  const durable = bus.names.durable("views", "course-registered");
  const restarted = performance.now();
  await views.start();
  const ready = performance.now();
  const ours = (pid: number, command: string) => (pid === views.pid ? "views" : command.includes(`${stack.namespace}_views`) ? "PostgreSQL (views)" : null);
  const cpuBefore = cpuSeconds(ours);
  await waitFor("the backlog to drain", async () => {
    const info = await bus.jsm.consumers.info(bus.names.stream, durable);
    return info.num_pending === 0 && info.num_ack_pending === 0;
  }, 300_000, 50);
  const drained = performance.now();
  const cpu = coresUsed(cpuBefore, cpuSeconds(ours), (drained - ready) / 1000);
  return { fromRestart: (drained - restarted) / 1000, fromReady: (drained - ready) / 1000, cpu };
}

async function main(): Promise<void> {
  const services = ["identity", "payments", "lectures", "registrations", "views", "router"];
  const profiling = (name: string): Record<string, string> => (values.profile ? { NODE_ARGS: `--cpu-prof --cpu-prof-dir=${join(values.profile, name)}` } : {});
  const stack = await Stack.start(Object.fromEntries(services.map((name) => [name, { ...profiling(name), ...(name === "router" ? { LOG_LEVEL: "warn" } : {}) }])));
  try {
    const instructor = await stack.mintUser("INSTRUCTOR");
    const lectureIds = await Promise.all(Array.from({ length: lectureCount }, (_, i) => openLecture(stack, instructor, { title: `Event path ${i + 1}`, price: 1_000, capacity: 10_000 })));
    // One student more per step than the schedule needs: a step may send a few requests past it.
    const pairs = rates.reduce((sum, r) => sum + r * seconds, 0);
    const students = await Promise.all(Array.from({ length: Math.ceil(pairs / lectureCount) + rates.length }, () => stack.mintUser("STUDENT")));
    const subscribers = await openSubscriptions(stack.router.url, students.length, () =>
      students.map((s) => new Subscriber(stack.router.url, s.token).subscribe(MY_REGISTRATION_CHANGES)),
    );
    const steps: Step[] = [];
    let firstPair = 0;
    for (const rate of rates) {
      const step = await registerSteadily(stack, rate, firstPair, lectureIds, students, subscribers);
      steps.push(step);
      // Whole students per step, so no pair repeats whatever a step overshot.
      firstPair = Math.ceil((firstPair + step.total) / lectureCount + 1) * lectureCount;
      if (!step.sustained) break;
    }
    await Promise.all(subscribers.map((s) => s.close()));
    const drain = await drainBacklog(stack, lectureIds, backlog);
    report(steps, drain, students.length);
  } finally {
    await stack.stop();
  }
  if (values.profile) {
    for (const name of services) console.log(describeProfile(name, summarizeCpuProfile(join(values.profile, name), { fromMs: 0, toMs: Number.MAX_SAFE_INTEGER })));
  }
  process.exit(0);
}

function report(steps: Step[], drain: Awaited<ReturnType<typeof drainBacklog>>, studentCount: number): void {
  const rows: Record<string, string | number>[] = steps.map((step) => ({
    phase: `${step.rate} registrations/s for ${seconds} s`,
    sent: step.total,
    registered: step.registered,
    "failed (code n)": [...step.failures].map(([code, n]) => `${code} ${n}`).join(", ") || 0,
    lost: step.lost,
    "PAID/s": step.paidPerSecond,
    sustained: step.sustained ? "yes" : "no",
    "mutation p50 ms": Math.round(percentile(step.mutationMs, 50)),
    "mutation p99 ms": Math.round(percentile(step.mutationMs, 99)),
    "to PAID p50 ms": Math.round(percentile(step.toPaid, 50)),
    "to PAID p99 ms": Math.round(percentile(step.toPaid, 99)),
    "RegistrationPaid event p99 ms": Math.round(percentile(step.toPaidEvent, 99)),
    "event to client p99 ms": Math.round(percentile(step.delivery, 99)),
  }));
  rows.push({
    phase: `backlog of ${backlog} CourseRegistered, views restarted`,
    sent: backlog,
    "drained s (from restart)": drain.fromRestart.toFixed(1),
    "drained s (from ready)": drain.fromReady.toFixed(1),
    "events/s (from ready)": Math.round(backlog / drain.fromReady),
  });
  const best = Math.max(0, ...steps.filter((s) => s.sustained).map((s) => s.rate));
  // Latency targets are read at the target rate, or at the last rate tried when it was not reached.
  const atTarget = steps.find((s) => s.rate >= TARGET_RATE) ?? steps.at(-1)!;
  // Below the target rate, the latencies at the highest rate sustained say more than those of the step that was not.
  const sustainedBest = steps.filter((s) => s.sustained).at(-1);
  const also = (figure: (s: Step) => number[]) =>
    sustainedBest && sustainedBest !== atTarget ? `; ${Math.round(percentile(figure(sustainedBest), 99))} ms at ${sustainedBest.rate}/s, the highest rate sustained` : "";
  const at = (figure: (s: Step) => number[]) =>
    atTarget.rate >= TARGET_RATE ? "" : ` at ${atTarget.rate}/s, not sustained (${TARGET_RATE}/s was not tried)${also(figure)}`;
  const p99Mutation = percentile(atTarget.mutationMs, 99);
  const p99Paid = percentile(atTarget.toPaid, 99);
  const lost = steps.reduce((sum, s) => sum + s.lost, 0);
  const targets: Target[] = [
    { name: `registrations/s sustained for 60 s`, target: `>= ${TARGET_RATE}`, actual: `${best}/s sustained (steps of ${seconds} s)`, met: best >= TARGET_RATE && seconds >= 60 },
    { name: "mutation latency p99", target: "<= 150 ms", actual: `${Math.round(p99Mutation)} ms${at((s) => s.mutationMs)}`, met: atTarget.rate >= TARGET_RATE && p99Mutation <= 150 },
    { name: "registration to PAID on the subscription, p99", target: "<= 250 ms", actual: `${Math.round(p99Paid)} ms${at((s) => s.toPaid)}`, met: atTarget.rate >= TARGET_RATE && p99Paid <= 250 },
    { name: "registrations lost", target: "0", actual: String(lost), met: lost === 0 },
    { name: `backlog of ${backlog} events drained by a restarted consumer`, target: "<= 10 s", actual: `${drain.fromRestart.toFixed(1)} s`, met: drain.fromRestart <= 10 },
  ];
  saveResult("event-path", {
    title: "The event path end to end",
    rows,
    targets,
    notes: [
      `${studentCount} students each subscribed to myRegistrationChanges (graphql-ws, the web client's selection); ${lectureCount} lectures. Per registration: the web client's mutation through the router (registrations, then lectures and payments), a charge over NATS, CourseRegistered and RegistrationPaid through the outbox and JetStream to lectures, payments and views, and each change resolved through the gateway for its subscriber (registrations, lectures, payments).`,
      ...FINDINGS,
      `Sustained: every request registered, none lost, PAID changes kept up (>= 95% of the offered rate, counted until the last one arrived) and stayed prompt (p99 <= ${BOUNDED_MS} ms; past that, a queue was building). To PAID splits into the RegistrationPaid event's time after the mutation was sent (the backend: charge, outbox, JetStream, consumer) and its delivery to the client (the router's live path).`,
      ...steps.map((s) => {
        const perRegistration = (s.stackCores * s.loadSeconds * 1000) / Math.max(1, s.registered);
        return (
          `CPU at ${s.rate}/s (cores, of 2): ${s.cpu.slice(0, 8).map(([name, cores]) => `${name} ${cores}`).join(", ")}; the stack without the load generator ${s.stackCores.toFixed(2)}, ` +
          `the whole machine ${s.machineCores.toFixed(2)} (other processes: ${Math.max(0, s.machineCores - s.stackCores).toFixed(2)}). ` +
          `${Math.round(perRegistration)} ms of CPU per registration, so 2 idle cores would cap the stack near ${Math.round(2000 / perRegistration)} registrations/s. ` +
          `Events retried by registrations' consumers (came before what they need): ${s.retried}.`
        );
      }),
      `Lost: a registration answered to the client whose PAID change did not reach its student within ${SETTLE_MS / 1000} s after the step's last mutation. Backlog: views' CourseRegistered consumer, timed from the restart of views (its start-up included); CPU while draining (cores): ${drain.cpu.map(([name, cores]) => `${name} ${cores}`).join(", ")}.`,
    ],
  });
}

await main();
