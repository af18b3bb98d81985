/**
 * `me` composed against the `myOverview` read model (`npm run bench:me`): one person's cases
 * in all five systems, through the router of the stack those systems need (real subgraphs,
 * real PostgreSQL, real NATS), asked two ways in the same run:
 * - composed: identity's `me` with `registrations` (+ lectures, payments), `courseOrders`
 *   (+ learning), `pizzaOrders` (+ payments), `ticketReservations`, `vaccinationBookings`
 *   (+ injections) and `certificateApplications` (+ vaccination-bookings, certificate-issues);
 * - read model: `myOverview` from views, one fetch, built from events.
 * Options: --quick (short runs), --cases 3 (per system)
 */
import { parseArgs } from "node:util";
import { givePersonCases, ME, ME_CONTEXTS, OVERVIEW, signUpPerson, signUpStaff, startMeStack } from "../e2e/one-graph/me-helpers.ts";
import { compareOnStack, readModelRunSettings, readModelTarget } from "./read-model-runs.ts";
import { saveResult } from "./report.ts";

const { values } = parseArgs({ options: { quick: { type: "boolean", default: false }, cases: { type: "string", default: "3" } } });
const settings = readModelRunSettings(values.quick);
const { connections: CONNECTIONS, seconds, warmupSeconds, sequential, rounds } = settings;
const count = Number(values.cases);
/**
 * Connections per context, alike for all: the composed query reaches twelve contexts at once, and at the
 * default 10 each they would ask PostgreSQL (max_connections 100, shared with whatever else
 * runs) for more than it has, failing requests with DATABASE_UNAVAILABLE.
 */
const POOL_SIZE = "7";

async function main(): Promise<void> {
  const stack = await startMeStack({ router: { LOG_LEVEL: "warn" }, ...Object.fromEntries(ME_CONTEXTS.map((c) => [c, { DATABASE_POOL_SIZE: POOL_SIZE }])) });
  let rows: Record<string, string | number>[] = [];
  let othersCores = 0;
  let caseCount = 0;
  try {
    const person = await signUpPerson(stack, "Bench Person");
    // Both answers are complete and alike (every case settled) before timing.
    const cases = await givePersonCases(stack, person, await signUpStaff(stack), count);
    caseCount = Object.values(cases).reduce((sum, list) => sum + list.length, 0);
    const url = `${stack.router.url}/graphql`;
    const measured = await compareOnStack(
      stack,
      { name: "composed: me (identity + 6 owners + payments, learning, injections, certificate-issues)", request: { url, query: ME, token: person.token } },
      { name: "read model: myOverview (views, one fetch)", request: { url, query: OVERVIEW, token: person.token } },
      settings,
    );
    rows = measured.result;
    othersCores = measured.othersCores;
  } finally {
    await stack.stop();
  }
  saveResult("me", {
    title: "me: the read model against the composed query",
    rows,
    targets: [readModelTarget("myOverview throughput vs composed me", rows)],
    notes: [
      `One person (STUDENT, EMPLOYEE, CUSTOMER) with ${count} cases in each system (${caseCount} in all, certificate applications included), every one settled and shown alike by both; every request carries the person's token (verified by the router and by each subgraph). Each context keeps at most ${POOL_SIZE} database connections (PostgreSQL's 100 shared by the ${ME_CONTEXTS.length + 1} contexts and any other run).`,
      `${CONNECTIONS} connections, ${seconds} s per case after ${warmupSeconds} s of warm-up; unloaded: ${sequential} requests one at a time, the cases taking turns; under load they take turns in ${rounds} rounds. The ${ME_CONTEXTS.length + 1} contexts and the router share the machine's 2 cores with the load generator.`,
      `Other processes on this shared machine used ${othersCores.toFixed(2)} of its 2 cores on average meanwhile (NATS, shared, counts as other here).`,
    ],
  });
  process.exit(0);
}

await main();
