import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enrolmentBecomes, openLecture, paymentMismatches, register } from "../course-registration/helpers.ts";
import { percentile, Stack } from "@supergraph/testkit";
import { figures } from "./figures.ts";

const SEATS = 100;
const CROWD = 500;

/** A rush on one lecture: the seats are never oversold, and the refused are never charged. */
describe("capacity under a rush", () => {
  const report = figures(import.meta.filename);
  let stack: Stack;

  beforeAll(async () => {
    // 500 at once wait for their turn at the seat check (a few at a time) and for the charge:
    // what this tests is the outcome, so none may give up waiting on a busy machine.
    // Seats and charges are all it checks: views' read models are not started.
    stack = await Stack.start(
      { registrations: { PAYMENT_TIMEOUT_MS: "30000", REGISTRATION_QUEUE_TIMEOUT_MS: "60000" }, router: { SUBGRAPH_TIMEOUT_MS: "60000" } },
      { only: ["payments", "lectures", "registrations"] },
    );
  });
  afterAll(async () => {
    await stack?.stop();
    report.save();
  });

  it(`F7: ${CROWD} concurrent registrations for a ${SEATS}-seat lecture: exactly ${SEATS} succeed, the rest get LECTURE_FULL, no refused one is charged`, async () => {
    const lectureId = await openLecture(stack, await stack.signUp("INSTRUCTOR"), { title: "The rush", capacity: SEATS });
    const crowd = await Promise.all(Array.from({ length: CROWD }, () => stack.mintUser("STUDENT")));

    const started = performance.now();
    const results = await Promise.all(
      crowd.map(async (student) => {
        const sent = performance.now();
        const res = await register(stack, student, lectureId);
        return { res, ms: performance.now() - sent };
      }),
    );
    const wallMs = performance.now() - started;
    const accepted = results.filter((r) => r.res.data?.registerForLecture);
    const refused = results.filter((r) => !r.res.data?.registerForLecture);

    expect(accepted).toHaveLength(SEATS);
    expect(accepted.every((r) => r.res.data!.registerForLecture.status === "PAID" && !r.res.errors)).toBe(true);
    expect(refused.map((r) => [r.res.status, r.res.errors?.map((e) => e.extensions?.code)])).toEqual(Array(CROWD - SEATS).fill([200, ["LECTURE_FULL"]]));
    // Charged: exactly the admitted, once each; nobody else has a payment at all.
    const charged = await stack.sql<{ payer_id: string; status: string }>("payments", "SELECT payer_id::text, status::text FROM payment");
    expect(charged).toHaveLength(SEATS);
    expect(charged.every((p) => p.status === "COMPLETED")).toBe(true);
    const admitted = new Set(accepted.map((r) => crowd[results.indexOf(r)]!.userId));
    expect(charged.filter((p) => !admitted.has(p.payer_id))).toEqual([]);
    expect(await stack.sql("registrations", "SELECT taken FROM offered_lecture WHERE id = $1", [lectureId])).toEqual([{ taken: SEATS }]);
    expect(await stack.sql("registrations", "SELECT * FROM seat_hold")).toEqual([]);
    expect(await paymentMismatches(stack)).toEqual([]);
    await enrolmentBecomes(stack, lectureId, SEATS);

    report.record("F7", {
      "registered / refused LECTURE_FULL / other outcomes": `${accepted.length} / ${refused.length} / 0`,
      "payments for refused registrations": 0,
      "all 500 answered in": `${Math.round(wallMs)} ms`,
      "latency p50 / p99, registered": `${percentile(accepted.map((r) => r.ms), 50)} / ${percentile(accepted.map((r) => r.ms), 99)} ms`,
      "latency p50 / p99, refused": `${percentile(refused.map((r) => r.ms), 50)} / ${percentile(refused.map((r) => r.ms), 99)} ms`,
    });
  });
});
