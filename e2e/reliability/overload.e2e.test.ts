import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enrolmentBecomes, openLecture, paymentMismatches, register } from "../course-registration/helpers.ts";
import { type GraphQLResponse, metric, type SignedIn, Stack, waitFor } from "@supergraph/testkit";
import { figures } from "./figures.ts";

const CHARGE = { call: "payments.charge" };
const BREAKER_VOLUME = 5;
/** Shorter than any charge of the slowed payments: every charge sent times out. */
const CHARGE_TIMEOUT_MS = 300;
const SLOW_PAYMENTS = { PAYMENT_LATENCY_MS: "400", PAYMENT_LATENCY_JITTER_MS: "220" };
/** Registrations admitted at once: a burst waits its turn, and the breaker opens while some still wait. */
const ADMITTED = 2;

/**
 * Payments overloaded (slower than registrations' timeout) while students keep coming: the
 * breaker opens, and the attempts it refuses (those waiting their turn when it opens, and
 * those that come while it is open) must cost nothing, neither a seat hold, nor a payment
 * row (not even a VOIDED one), nor an event. Counts and invariants, not timings.
 */
describe("overload", () => {
  const report = figures(import.meta.filename);
  let stack: Stack;
  let instructor: SignedIn;
  const registrations = () => stack.service("registrations");
  const payments = () => stack.service("payments");

  beforeAll(async () => {
    stack = await Stack.start({
      // The breaker stays open for the whole refused burst: no half-open trial among it.
      registrations: {
        PAYMENT_TIMEOUT_MS: String(CHARGE_TIMEOUT_MS),
        PAYMENT_BREAKER_VOLUME: String(BREAKER_VOLUME),
        PAYMENT_BREAKER_RESET_MS: "60000",
        REGISTRATION_ADMISSION_LIMIT: String(ADMITTED),
        REGISTRATION_QUEUE_TIMEOUT_MS: "60000",
      },
      payments: SLOW_PAYMENTS,
    }, { only: ["payments", "lectures", "registrations", "views"] });
    instructor = await stack.signUp("INSTRUCTOR");
  });
  afterAll(async () => {
    await stack?.stop();
    report.save();
  });

  const students = (n: number) => Promise.all(Array.from({ length: n }, () => stack.mintUser("STUDENT")));
  const code = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.code;
  const ids = (crowd: SignedIn[]) => crowd.map((s) => s.userId);

  it("F9: a burst while payments is overloaded: refused attempts leave no hold, payment or event; counts stay exact", async () => {
    const lectureId = await openLecture(stack, instructor, { title: "Overloaded payments", capacity: 1_000 });

    // 1. A first burst, ADMITTED at a time, times out against the slowed payments and opens
    // the breaker after BREAKER_VOLUME timeouts: the attempts still waiting then are refused unsent.
    const first = await students(2 * BREAKER_VOLUME);
    const timedOut = await Promise.all(first.map((s) => register(stack, s, lectureId)));
    expect(timedOut.map(code)).toEqual(Array(first.length).fill("PAYMENT_UNAVAILABLE"));
    await waitFor("the breaker to open", async () => (await metric(registrations().url, "sync_call_breaker_open", CHARGE)) === 1);
    const sent = await metric(registrations().url, "sync_calls_total", { ...CHARGE, outcome: "unavailable" });
    const unsent = await metric(registrations().url, "sync_calls_total", { ...CHARGE, outcome: "rejected_open" });
    expect(sent + unsent).toBe(first.length);
    expect(sent).toBeGreaterThanOrEqual(BREAKER_VOLUME);
    expect(unsent).toBeGreaterThanOrEqual(ADMITTED); // the last turn at least never came
    await waitFor("the first burst's late charges to be called off", async () => (await paymentMismatches(stack)).length === 0, 30_000, 250);
    const charged = new Set(
      (await stack.sql<{ payer: string }>("payments", "SELECT DISTINCT payer_id::text AS payer FROM payment WHERE payer_id = ANY($1::uuid[])", [ids(first)])).map((p) => p.payer),
    );
    expect(charged.size).toBe(sent);
    const waited = ids(first).filter((id) => !charged.has(id));
    expect(await stack.sql("registrations", "SELECT registration_id FROM seat_hold WHERE student_id = ANY($1::uuid[])", [ids(first)])).toEqual([]);
    expect(await stack.sql("registrations", "SELECT id FROM registration WHERE student_id = ANY($1::uuid[])", [ids(first)])).toEqual([]);
    expect(await stack.sql("registrations", "SELECT id FROM platform_outbox WHERE payload::text LIKE ANY($1::text[])", [waited.map((id) => `%${id}%`)])).toEqual([]);

    // 2. A burst while it is open: every attempt refused, retryable, by the breaker itself.
    const rejectedBefore = await metric(registrations().url, "sync_calls_total", { ...CHARGE, outcome: "rejected_open" });
    const crowd = await students(40);
    const refused = await Promise.all(crowd.map((s) => register(stack, s, lectureId)));
    expect(refused.map((r) => [code(r), r.errors?.[0]?.extensions?.retryable])).toEqual(Array(crowd.length).fill(["PAYMENT_UNAVAILABLE", true]));
    // Each is told when to come back: when the breaker tries payments again (within its reset time, spread by up to half of it).
    const retryAfter = refused.map((r) => r.errors?.[0]?.extensions?.retryAfterMs as number);
    expect(retryAfter.filter((ms) => ms > 0 && ms <= 90_000)).toHaveLength(crowd.length);
    expect(await metric(registrations().url, "sync_calls_total", { ...CHARGE, outcome: "rejected_open" })).toBe(rejectedBefore + crowd.length);
    expect(await metric(registrations().url, "sync_call_breaker_open", CHARGE)).toBe(1);

    // Nothing of theirs anywhere: no registration, no hold, no payment row, no event in registrations' outbox.
    const patterns = ids(crowd).map((id) => `%${id}%`);
    expect(await stack.sql("registrations", "SELECT id FROM registration WHERE student_id = ANY($1::uuid[])", [ids(crowd)])).toEqual([]);
    expect(await stack.sql("registrations", "SELECT registration_id FROM seat_hold WHERE student_id = ANY($1::uuid[])", [ids(crowd)])).toEqual([]);
    expect(await stack.sql("registrations", "SELECT id FROM platform_outbox WHERE payload::text LIKE ANY($1::text[])", [patterns])).toEqual([]);
    await waitFor("payments and registrations to agree", async () => (await paymentMismatches(stack)).length === 0, 30_000, 250);
    expect(await stack.sql("payments", "SELECT id, status::text FROM payment WHERE payer_id = ANY($1::uuid[])", [ids(crowd)])).toEqual([]);

    // 3. Payments fast again and the breaker reset: a burst registers, and the books balance.
    await payments().stop();
    await payments().start({ PAYMENT_LATENCY_MS: "0", PAYMENT_LATENCY_JITTER_MS: "0" });
    // A new breaker, with the test stacks' timeout (a cold payments' first charges can take over 300 ms here).
    await registrations().stop();
    await registrations().start({ PAYMENT_TIMEOUT_MS: "3000" });
    const later = await students(20);
    const paid = await Promise.all(later.map((s) => register(stack, s, lectureId)));
    expect(paid.map((r) => r.errors ?? r.data?.registerForLecture.status)).toEqual(Array(later.length).fill("PAID"));

    await enrolmentBecomes(stack, lectureId, later.length);
    expect(await stack.sql("registrations", "SELECT taken FROM offered_lecture WHERE id = $1", [lectureId])).toEqual([{ taken: later.length }]);
    expect(await stack.sql("registrations", "SELECT * FROM seat_hold")).toEqual([]);
    await waitFor("payments and registrations to agree", async () => (await paymentMismatches(stack)).length === 0, 30_000, 250);
    const firstPayments = await stack.sql<{ status: string; n: number }>(
      "payments",
      "SELECT status::text, count(*)::int AS n FROM payment WHERE payer_id = ANY($1::uuid[]) GROUP BY status ORDER BY status",
      [ids(first)],
    );
    expect(firstPayments.filter((p) => p.status === "COMPLETED")).toEqual([]);

    report.record("F9", {
      [`first burst (${ADMITTED} admitted at once, 300 ms timeout, 400-620 ms payments)`]: first.length,
      "its charges sent and timed out": sent,
      "its attempts still waiting when the breaker opened, refused unsent": unsent,
      "attempts while the breaker was open": crowd.length,
      "refused by the breaker": crowd.length,
      "holds, payment rows, events left by the refused": 0,
      "timed-out charges refunded / voided": `${firstPayments.find((p) => p.status === "CANCELED")?.n ?? 0} / ${firstPayments.find((p) => p.status === "VOIDED")?.n ?? 0}`,
      "registrations after recovery / enrolment counted": `${later.length} / ${later.length}`,
      "registrations without a completed payment": 0,
    });
  });
});
