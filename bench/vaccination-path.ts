/**
 * The vaccination booking as a case of the command path (bench/command-path.ts; `npm run bench:vaccination`),
 * on a stack of the vaccination contexts and views with real PostgreSQL and NATS: customers book
 * a vaccination at a steady rate (an open model: requests go out on schedule whether or not
 * earlier ones answered) with the web client's mutation, each watching
 * `myVaccinationBookingChanges` over graphql-ws with a selection that reaches into vaccines (the
 * booking's vaccine and its booked doses) and injections (the booking's injection). Per booking:
 * the mutation through the router (vaccination-bookings, which reserves the dose by the sync call
 * `vaccines.reserveDose` behind admission and the breaker, then stores the booking with
 * VaccinationBooked in its outbox), VaccinationBooked through JetStream to injections (the
 * injection record), certificate-applications and views, and the change resolved through the
 * gateway for its subscriber. Measured: mutation latency, mutation sent to BOOKED received,
 * bookings that never showed BOOKED (lost), CPU per process. The rate rises step by step and
 * stops at the first step the stack does not sustain.
 * A customer holds one live booking at a time, so each customer books once: a step of r/s for
 * s seconds needs r * s customers, each with its own subscription.
 * Options: --quick (10 s steps), --rates 5,10,20,30,40, --seconds 60
 */
import { parseArgs } from "node:util";
import { Stack } from "@supergraph/testkit";
import { BOUNDED_MS, type CommandCase, commandSteadily, cpuFigures, cpuMsPerCommand, lostOf, SETTLE_MS, type Step, stepRow, stepUp, subscribedUsers, usersFor } from "./command-path.ts";
import { percentile, saveResult, type Target } from "./report.ts";

const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    rates: { type: "string", default: "5,10,20,30,40" },
    seconds: { type: "string" },
  },
});
const rates = values.rates!.split(",").map(Number);
const seconds = Number(values.seconds ?? (values.quick ? 10 : 60));
const CONTEXTS = ["vaccines", "vaccination-bookings", "injections", "certificate-applications", "certificate-issues", "views"];
/** The largest stock vaccines takes: more doses than any run books. */
const STOCK = 1_000_000;

/** A week from now (UTC): no booking is for a day that ends during the run. */
const day = () => new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);

/** The web client's mutation (web/src/vaccination-operations.ts), and its subscription with fields of vaccines and injections. */
const BOOK = `mutation BookVaccination($input: BookVaccinationInput!) { bookVaccination(input: $input) { id vaccineName date status } }`;
const MY_CHANGES = `subscription { myVaccinationBookingChanges { cursor status occurredAt booking { id vaccineName date status vaccine { id booked } injection { id status } } } }`;

function bookingCase(vaccineId: string): CommandCase {
  return {
    plural: "vaccination bookings",
    accepted: "booked",
    finalStatus: "BOOKED",
    finalEvent: "VaccinationBooked",
    pairsPerUser: 1,
    subscription: MY_CHANGES,
    send: (stack, _pair, customer) => stack.gql(BOOK, { input: { vaccineId, date: day() } }, customer.token),
    idOf: (res) => res.data?.bookVaccination?.id,
    change: ({ myVaccinationBookingChanges: c }) => ({ status: c.status, occurredAt: c.occurredAt, id: c.booking.id }),
  };
}

async function main(): Promise<void> {
  const stack = await Stack.start({ router: { LOG_LEVEL: "warn" } }, { only: CONTEXTS });
  try {
    const manager = await stack.mintUser("VACCINE_MANAGER");
    const registered = await stack.gql<{ registerVaccine: { id: string } }>(
      `mutation($input: RegisterVaccineInput!) { registerVaccine(input: $input) { id } }`,
      { input: { name: `Bench ${Date.now()}`, stock: STOCK } },
      manager.token,
    );
    const vaccineId = registered.data?.registerVaccine.id;
    if (!vaccineId) throw new Error(`registerVaccine failed: ${JSON.stringify(registered.errors)}`);
    const command = bookingCase(vaccineId);
    const { users: customers, subscribers } = await subscribedUsers(stack, command, "CUSTOMER", usersFor(command, rates, seconds));
    const steps = await stepUp(command, rates, (rate, firstPair) => commandSteadily(stack, command, rate, seconds, firstPair, customers, subscribers));
    await Promise.all(subscribers.map((s) => s.close()));
    report(command, steps, customers.length);
  } finally {
    await stack.stop();
  }
  process.exit(0);
}

function report(command: CommandCase, steps: Step[], customerCount: number): void {
  const rows: Record<string, string | number>[] = steps.map((s) => stepRow(command, s, seconds));
  const best = steps.filter((s) => s.sustained).at(-1);
  const lost = lostOf(steps);
  const at = (s: Step | undefined, figure: (s: Step) => number[]) => (s ? `${Math.round(percentile(figure(s), 99))} ms at ${s.rate}/s` : "no step sustained");
  const targets: Target[] = [
    { name: "vaccination bookings/s sustained", target: `for ${seconds >= 60 ? "60" : seconds} s, reported`, actual: `${best?.rate ?? 0}/s sustained (steps of ${seconds} s)`, met: best !== undefined && seconds >= 60 },
    { name: "bookVaccination latency p99 (with the reserve-a-dose call), at the highest rate sustained", target: "reported", actual: at(best, (s) => s.mutationMs), met: best !== undefined },
    { name: "booking to BOOKED on the subscription, p99, at the highest rate sustained", target: `<= ${BOUNDED_MS} ms`, actual: at(best, (s) => s.toFinal), met: best !== undefined },
    { name: "vaccination bookings lost", target: "0", actual: String(lost), met: lost === 0 },
  ];
  saveResult("vaccination-path", {
    title: "The vaccination booking path end to end",
    rows,
    targets,
    notes: [
      `${customerCount} customers each subscribed to myVaccinationBookingChanges (graphql-ws, with the vaccine's booked doses from vaccines and the injection from injections in the payload), each booking once (one live booking per customer) one vaccine of ${STOCK.toLocaleString("en")} doses; contexts: ${CONTEXTS.join(", ")}, identity and the router, one process each.`,
      `Sustained: every request booked, none lost, BOOKED changes kept up (>= 95% of the offered rate, counted until the last arrived) and stayed prompt (p99 <= ${BOUNDED_MS} ms). To BOOKED splits into the VaccinationBooked event's time after the mutation was sent (the backend: the dose reserved by a sync call, the booking and its outbox) and its delivery to the client (the router's live path, resolving the vaccine and the injection through the gateway).`,
      ...steps.map((s) => `CPU at ${s.rate}/s (cores): ${cpuFigures(s)}; ${Math.round(cpuMsPerCommand(s))} ms of CPU per booking.`),
      `Lost: a booking answered to the client whose BOOKED change did not reach its customer within ${SETTLE_MS / 1000} s after the step's last mutation.`,
    ],
  });
}

await main();
