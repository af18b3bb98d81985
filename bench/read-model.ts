/**
 * The read model against the composed query (`npm run bench:read-model`): one student's
 * registrations with their lecture and payment, through the router of a whole stack (real
 * subgraphs, real PostgreSQL, real NATS), asked two ways in the same run:
 * - composed: `myRegistrations` from registrations, then lectures and payments (`_entities`);
 * - read model: `myRegistrationBoard` from views, one fetch, built from events.
 * Options: --quick (short runs), --registrations 10
 */
import { parseArgs } from "node:util";
import { openLecture, register } from "../e2e/course-registration/helpers.ts";
import { BOARD, MY_REGISTRATIONS } from "../e2e/course-registration/operations.ts";
import { Stack, waitFor } from "@supergraph/testkit";
import { compareOnStack, readModelRunSettings, readModelTarget } from "./read-model-runs.ts";
import { saveResult } from "./report.ts";

const { values } = parseArgs({ options: { quick: { type: "boolean", default: false }, registrations: { type: "string", default: "10" } } });
const settings = readModelRunSettings(values.quick);
const { connections: CONNECTIONS, seconds, warmupSeconds, sequential, rounds } = settings;
const count = Number(values.registrations);

async function main(): Promise<void> {
  const stack = await Stack.start({ router: { LOG_LEVEL: "warn" } });
  let rows: Record<string, string | number>[] = [];
  let othersCores = 0;
  try {
    const instructor = await stack.mintUser("INSTRUCTOR");
    const student = await stack.mintUser("STUDENT");
    for (let i = 0; i < count; i++) {
      const lectureId = await openLecture(stack, instructor, { title: `Read models ${i + 1}` });
      const res = await register(stack, student, lectureId);
      if (res.errors) throw new Error(`registering failed: ${JSON.stringify(res.errors)}`);
    }
    // Both answers are complete (every registration PAID, its payment COMPLETED) before timing.
    await waitFor("the board to show every registration paid", async () => {
      const board = (await stack.gql<{ myRegistrationBoard: { status: string; paymentStatus: string }[] }>(BOARD, {}, student.token)).data?.myRegistrationBoard ?? [];
      return board.length === count && board.every((r) => r.status === "PAID" && r.paymentStatus === "COMPLETED");
    });
    const url = `${stack.router.url}/graphql`;
    const measured = await compareOnStack(
      stack,
      { name: "composed: myRegistrations (registrations + lectures + payments)", request: { url, query: MY_REGISTRATIONS, token: student.token } },
      { name: "read model: myRegistrationBoard (views, one fetch)", request: { url, query: BOARD, token: student.token } },
      settings,
    );
    rows = measured.result;
    othersCores = measured.othersCores;
  } finally {
    await stack.stop();
  }
  saveResult("read-model", {
    title: "Read model against the composed query",
    rows,
    targets: [readModelTarget("read model throughput vs composed query", rows)],
    notes: [
      `One student with ${count} registrations, each PAID with its payment COMPLETED; every request carries the student's token (verified by the router and by each subgraph).`,
      `${CONNECTIONS} connections, ${seconds} s per case after ${warmupSeconds} s of warm-up; unloaded: ${sequential} requests one at a time, the cases taking turns; under load they take turns in ${rounds} rounds. The whole stack shares the machine's 2 cores with the load generator.`,
      `Other processes on this shared machine used ${othersCores.toFixed(2)} of its 2 cores on average meanwhile (NATS, shared, counts as other here).`,
    ],
  });
  process.exit(0);
}

await main();
