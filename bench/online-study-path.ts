/**
 * The course order as a case of the command path (bench/command-path.ts; `npm run bench:online-study`),
 * on a stack of the online study contexts and views with real PostgreSQL and NATS: students
 * order courses at a steady rate (an open model: requests go out on schedule whether or not
 * earlier ones answered) with the web client's mutation, each watching `myLearningChanges` over
 * graphql-ws with a selection that reaches into course-orders (the learning record's order).
 * Per order: the mutation through the router (course-orders, which records CourseOrdered and its
 * SMS request in one outbox transaction), CourseOrdered through JetStream to learning (which
 * opens the learning record: LearningOpened, AWAITING_MANAGER) and views, the SMS request to
 * notifications, and LearningOpened resolved through the gateway for its subscriber. Measured:
 * mutation latency, mutation sent to AWAITING_MANAGER received, orders that never showed it
 * (lost), CPU per process. The rate rises step by step and stops at the first step the stack
 * does not sustain.
 * Options: --quick (10 s steps), --rates 5,10,20,30,40,60,80, --seconds 60
 */
import { parseArgs } from "node:util";
import { Stack } from "@supergraph/testkit";
import { BOUNDED_MS, type CommandCase, commandSteadily, cpuFigures, cpuMsPerCommand, lostOf, SETTLE_MS, type Step, stepRow, stepUp, subscribedUsers, usersFor } from "./command-path.ts";
import { percentile, saveResult, type Target } from "./report.ts";

const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    rates: { type: "string", default: "5,10,20,30,40,60,80" },
    seconds: { type: "string" },
  },
});
const rates = values.rates!.split(",").map(Number);
const seconds = Number(values.seconds ?? (values.quick ? 10 : 60));
const CONTEXTS = ["course-orders", "learning", "evaluations", "notifications", "views"];
/** Orders per student: pair k is student k / ORDERS_PER_STUDENT ordering course k % (catalog size). */
const ORDERS_PER_STUDENT = 50;

/** Day `n` from tomorrow (UTC), so no order begins on a day that ends during the run. */
const day = (n: number) => new Date(Date.now() + (n + 1) * 86_400_000).toISOString().slice(0, 10);

/** The web client's mutation (web/src/study-operations.ts), and its subscription with the order's fields. */
const ORDER = `mutation OrderCourse($input: OrderCourseInput!) { orderCourse(input: $input) { id orderNumber status } }`;
const MY_CHANGES = `subscription { myLearningChanges { cursor status score occurredAt learning { id status order { id orderNumber } } } }`;

function orderCase(courseIds: readonly string[]): CommandCase {
  return {
    plural: "course orders",
    accepted: "ordered",
    finalStatus: "AWAITING_MANAGER",
    finalEvent: "LearningOpened",
    pairsPerUser: ORDERS_PER_STUDENT,
    subscription: MY_CHANGES,
    send: (stack, pair, student) =>
      stack.gql(ORDER, { input: { courseId: courseIds[pair % courseIds.length], phoneNumber: "010-1234-5678", beginDate: day(7), endDate: day(37) } }, student.token),
    idOf: (res) => res.data?.orderCourse?.id,
    // The change is the learning record's; the command made the order it belongs to.
    change: ({ myLearningChanges: c }) => ({ status: c.status, occurredAt: c.occurredAt, id: c.learning?.order?.id }),
  };
}

async function main(): Promise<void> {
  const stack = await Stack.start({ router: { LOG_LEVEL: "warn" } }, { only: CONTEXTS });
  try {
    const courses = (await stack.gql<{ courses: { id: string }[] }>(`query { courses { id } }`)).data?.courses ?? [];
    if (courses.length === 0) throw new Error("the course catalog is empty");
    const command = orderCase(courses.map((c) => c.id));
    const { users: students, subscribers } = await subscribedUsers(stack, command, "STUDENT", usersFor(command, rates, seconds));
    const steps = await stepUp(command, rates, (rate, firstPair) => commandSteadily(stack, command, rate, seconds, firstPair, students, subscribers));
    await Promise.all(subscribers.map((s) => s.close()));
    report(command, steps, students.length);
  } finally {
    await stack.stop();
  }
  process.exit(0);
}

function report(command: CommandCase, steps: Step[], studentCount: number): void {
  const rows: Record<string, string | number>[] = steps.map((s) => stepRow(command, s, seconds));
  const best = steps.filter((s) => s.sustained).at(-1);
  const lost = lostOf(steps);
  const at = (s: Step | undefined, figure: (s: Step) => number[]) => (s ? `${Math.round(percentile(figure(s), 99))} ms at ${s.rate}/s` : "no step sustained");
  const targets: Target[] = [
    { name: "course orders/s sustained", target: `for ${seconds >= 60 ? "60" : seconds} s, reported`, actual: `${best?.rate ?? 0}/s sustained (steps of ${seconds} s)`, met: best !== undefined && seconds >= 60 },
    { name: "orderCourse latency p99, at the highest rate sustained", target: "reported", actual: at(best, (s) => s.mutationMs), met: best !== undefined },
    { name: "order to AWAITING_MANAGER (learning opened) on the subscription, p99, at the highest rate sustained", target: `<= ${BOUNDED_MS} ms`, actual: at(best, (s) => s.toFinal), met: best !== undefined },
    { name: "course orders lost", target: "0", actual: String(lost), met: lost === 0 },
  ];
  saveResult("online-study-path", {
    title: "The course order path end to end (online study)",
    rows,
    targets,
    notes: [
      `${studentCount} students each subscribed to myLearningChanges (graphql-ws, with the learning record's order from course-orders in the payload), ordering up to ${ORDERS_PER_STUDENT} courses each; contexts: ${CONTEXTS.join(", ")}, identity and the router, one process each.`,
      `Sustained: every request ordered, none lost, AWAITING_MANAGER changes kept up (>= 95% of the offered rate, counted until the last arrived) and stayed prompt (p99 <= ${BOUNDED_MS} ms). To AWAITING_MANAGER splits into the LearningOpened event's time after the mutation was sent (the backend: course-orders' outbox, JetStream, learning opening the record) and its delivery to the client (the router's live path, resolving the order through the gateway).`,
      ...steps.map((s) => `CPU at ${s.rate}/s (cores): ${cpuFigures(s)}; ${Math.round(cpuMsPerCommand(s))} ms of CPU per course order.`),
      `Lost: an order answered to the client whose AWAITING_MANAGER change did not reach its student within ${SETTLE_MS / 1000} s after the step's last mutation.`,
    ],
  });
}

await main();
