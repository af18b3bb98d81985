import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { enrolmentBecomes, openLecture, paymentMismatches, register } from "../course-registration/helpers.ts";
import { CANCEL_LECTURE, CANCEL_REGISTRATION } from "../course-registration/operations.ts";
import { deadLettersCli, type GraphQLResponse, metric, percentile, scrape, type SignedIn, Stack, steadyLoad, waitFor } from "@supergraph/testkit";
import { figures } from "./figures.ts";

const BREAKER_VOLUME = 5;
const CHARGE_TIMEOUT_MS = 3_000;
const MAX_DELIVERIES = 4;
const CHARGE = { call: "payments.charge" };

/** The sync call registrations -> payments when payments is down or slow, and its compensation when refunds fail. */
describe("payments faults", () => {
  const report = figures(import.meta.filename);
  let stack: Stack;
  let instructor: SignedIn;
  const registrations = () => stack.service("registrations");
  const payments = () => stack.service("payments");

  beforeAll(async () => {
    stack = await Stack.start({
      registrations: { PAYMENT_BREAKER_RESET_MS: "2000", PAYMENT_BREAKER_VOLUME: String(BREAKER_VOLUME), PAYMENT_TIMEOUT_MS: String(CHARGE_TIMEOUT_MS), SEAT_HOLD_TIMEOUT_MS: "5000" },
      payments: { EVENT_MAX_DELIVERIES: String(MAX_DELIVERIES) },
    }, { only: ["payments", "lectures", "registrations", "views"] });
    instructor = await stack.signUp("INSTRUCTOR");
  });
  afterAll(async () => {
    await stack?.stop();
    report.save();
  });

  const students = (n: number) => Promise.all(Array.from({ length: n }, () => stack.mintUser("STUDENT")));
  const code = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.code;
  const breaker = async () => {
    const read = await scrape(registrations().url);
    return {
      opened: read("sync_call_breaker_transitions_total", { ...CHARGE, state: "open" }),
      halfOpened: read("sync_call_breaker_transitions_total", { ...CHARGE, state: "half_open" }),
      closed: read("sync_call_breaker_transitions_total", { ...CHARGE, state: "closed" }),
      isOpen: read("sync_call_breaker_open", CHARGE),
      reachedPayments: read("sync_calls_total", { ...CHARGE, outcome: "unavailable" }),
      rejectedOpen: read("sync_calls_total", { ...CHARGE, outcome: "rejected_open" }),
    };
  };

  it("F1: payments stopped under a steady load of registrations: the breaker opens, fails fast, then half-opens and closes", async () => {
    const lectureId = await openLecture(stack, instructor, { title: "While payments is down", capacity: 500 });
    const attempt = async () => register(stack, await stack.mintUser("STUDENT"), lectureId);
    const before = await breaker();
    await payments().stop();
    onTestFinished(() => (payments().running ? undefined : payments().start()));

    // Sample the breaker while the load runs, to see how many calls reached payments before it opened.
    let openedAt: { ms: number; reachedPayments: number } | undefined;
    const started = performance.now();
    let sampling = true;
    const sampler = (async () => {
      while (sampling && !openedAt) {
        const b = await breaker();
        if (b.opened > before.opened) openedAt = { ms: performance.now() - started, reachedPayments: b.reachedPayments - before.reachedPayments };
        else await new Promise((r) => setTimeout(r, 50));
      }
    })();
    const down = await steadyLoad({ perSecond: 8, durationMs: 10_000, fire: attempt });
    sampling = false;
    await sampler;
    const during = await breaker();

    // Every attempt refused with the typed, retryable error, and nothing stored.
    expect(down.filter((s) => code(s.result) !== "PAYMENT_UNAVAILABLE" || s.result.errors?.[0]?.extensions?.retryable !== true).map((s) => s.result)).toEqual([]);
    expect(await stack.sql("registrations", "SELECT id FROM registration WHERE lecture_id = $1", [lectureId])).toEqual([]);
    expect(await stack.sql("registrations", "SELECT * FROM seat_hold")).toEqual([]);
    expect(await stack.sql("registrations", "SELECT taken FROM offered_lecture WHERE id = $1", [lectureId])).toEqual([{ taken: 0 }]);
    // The breaker opened after a bounded number of failed calls; most attempts never reached payments.
    expect(openedAt).toBeDefined();
    expect(openedAt!.reachedPayments).toBeLessThanOrEqual(2 * BREAKER_VOLUME);
    const reached = during.reachedPayments - before.reachedPayments;
    expect(during.rejectedOpen - before.rejectedOpen).toBeGreaterThan(reached);
    const whileOpen = down.filter((s) => s.at > openedAt!.ms).map((s) => s.ms);
    const fallbackP99 = percentile(whileOpen, 99);
    expect(fallbackP99).toBeLessThan(CHARGE_TIMEOUT_MS);

    // Restarted: a trial call (half-open) succeeds, the breaker closes, registrations go through again.
    await payments().start();
    const readyAt = performance.now();
    const back = await waitFor("a registration to succeed again", async () => {
      const res = await attempt();
      return res.data?.registerForLecture ? res : null;
    }, 20_000, 100);
    const recoveryMs = performance.now() - readyAt;
    expect(back.data!.registerForLecture.status).toBe("PAID");
    const after = await breaker();
    expect(after.halfOpened).toBeGreaterThan(before.halfOpened);
    expect(after.closed).toBeGreaterThan(during.closed);
    expect(after.isOpen).toBe(0);
    const again = await steadyLoad({ perSecond: 8, durationMs: 2_000, fire: attempt });
    expect(again.map((s) => s.result.errors ?? s.result.data?.registerForLecture.status)).toEqual(Array(again.length).fill("PAID"));
    expect(await paymentMismatches(stack)).toEqual([]);

    report.record("F1", {
      "attempts while payments was down": down.length,
      "failed calls before the breaker opened": openedAt!.reachedPayments,
      "calls that reached payments (trials included)": reached,
      "refused by the open breaker": during.rejectedOpen - before.rejectedOpen,
      "fallback p50 / p99 (through the router)": `${percentile(whileOpen, 50)} / ${fallbackP99} ms`,
      "half-open trials during the outage": during.halfOpened - before.halfOpened,
      "first registration after payments was ready": `${Math.round(recoveryMs)} ms`,
      "registrations without a completed payment": 0,
    });
  });

  it("F1b: payments slower than the timeout: the breaker opens, calls fail fast, late charges are voided, it closes after recovery", async () => {
    const lectureId = await openLecture(stack, instructor, { title: "Slow payments", capacity: 50 });
    const crowd = await students(12);
    // The production timeout, against a callee slower than it.
    await registrations().stop();
    await registrations().start({ PAYMENT_TIMEOUT_MS: "800" });
    onTestFinished(async () => {
      await registrations().stop();
      await registrations().start();
    });
    await payments().stop();
    await payments().start({ PAYMENT_LATENCY_MS: "1500" });

    const slow = await Promise.all(crowd.slice(0, 8).map((s) => register(stack, s, lectureId)));
    expect(slow.map(code)).toEqual(Array(8).fill("PAYMENT_UNAVAILABLE"));
    await waitFor("the breaker to open", async () => (await metric(registrations().url, "sync_call_breaker_open", CHARGE)) === 1);

    // While open, calls are refused by the breaker itself, without reaching payments.
    const rejectedBefore = await metric(registrations().url, "sync_calls_total", { ...CHARGE, outcome: "rejected_open" });
    const sent = performance.now();
    const fast = await register(stack, crowd[8]!, lectureId);
    const fastMs = performance.now() - sent;
    expect(fast.errors?.[0]?.extensions).toMatchObject({ code: "PAYMENT_UNAVAILABLE", retryable: true });
    expect(await metric(registrations().url, "sync_calls_total", { ...CHARGE, outcome: "rejected_open" })).toBe(rejectedBefore + 1);
    expect(fastMs).toBeLessThan(800);
    expect(await stack.sql("registrations", "SELECT id FROM registration WHERE lecture_id = $1", [lectureId])).toEqual([]);

    // Charges that landed after their caller gave up are voided: no payment without registration.
    await waitFor("late charges to be voided", async () => (await paymentMismatches(stack)).length === 0, 20_000, 200);
    const calledOff = await stack.sql<{ status: string; n: number }>(
      "payments",
      "SELECT status::text, count(*)::int AS n FROM payment WHERE payer_id = ANY($1::uuid[]) GROUP BY status ORDER BY status",
      [crowd.slice(0, 8).map((s) => s.userId)],
    );
    expect(calledOff.filter((p) => p.status === "COMPLETED")).toEqual([]);

    await payments().stop();
    await payments().start();
    const recovered = await waitFor("the breaker to let calls through again", async () => (await register(stack, crowd[9]!, lectureId)).data?.registerForLecture, 20_000, 250);
    expect(recovered.status).toBe("PAID");
    expect(await metric(registrations().url, "sync_call_breaker_open", CHARGE)).toBe(0);

    report.record("F1b", {
      "timed-out charges (800 ms timeout, 1500 ms callee)": slow.length,
      "refusal while open": `${Math.round(fastMs)} ms`,
      "timed-out charges called off (refunded / voided before landing)": `${calledOff.find((p) => p.status === "CANCELED")?.n ?? 0} / ${calledOff.find((p) => p.status === "VOIDED")?.n ?? 0}`,
    });
  });

  it("F6: a refund refused again and again is retried with backoff, parked, and replayed by the operator", async () => {
    await payments().stop();
    await payments().start({ PAYMENT_REFUND_FAILURE_RATE: "1" });
    onTestFinished(async () => {
      await payments().stop();
      await payments().start();
    });
    const lectureId = await openLecture(stack, instructor, { title: "Refunds refused", capacity: 3 });
    const crowd = await students(3);
    const ids = await Promise.all(crowd.map(async (s) => (await register(stack, s, lectureId)).data!.registerForLecture.id as string));
    await enrolmentBecomes(stack, lectureId, 3);
    const dead = (sql = "") =>
      stack.sql<{ id: number; event_id: string; deliveries: number; reason: string; created_at: Date }>(
        "payments",
        `SELECT id::int, event_id, deliveries, reason, created_at FROM platform_dead_letter WHERE consumer = 'payments-cancel-payment' ${sql} ORDER BY id`,
      );
    const parkedBefore = (await dead()).length;

    // One student cancels; then the instructor cancels the lecture, canceling the other two.
    const canceledAt = Date.now();
    expect((await stack.gql(CANCEL_REGISTRATION, { id: ids[0] }, crowd[0]!.token)).data?.cancelRegistration.status).toBe("CANCELED");
    expect((await stack.gql(CANCEL_LECTURE, { id: lectureId }, instructor.token)).data?.cancelLecture.status).toBe("CANCELED");
    const parked = await waitFor("the three refunds to be parked", async () => {
      const rows = await dead("AND replayed_at IS NULL");
      return rows.length - parkedBefore === 3 ? rows.slice(-3) : null;
    }, 60_000, 200);

    // Each was tried MAX_DELIVERIES times, with backoff between the tries (100, 200, 400 ms ...).
    expect(parked.map((d) => d.deliveries)).toEqual(Array(3).fill(MAX_DELIVERIES));
    expect(parked.every((d) => d.reason.includes("refused the refund"))).toBe(true);
    const backoffMs = Array.from({ length: MAX_DELIVERIES - 1 }, (_, i) => 100 * 2 ** i).reduce((a, b) => a + b);
    const firstParkedMs = Math.min(...parked.map((d) => new Date(d.created_at).getTime())) - canceledAt;
    expect(firstParkedMs).toBeGreaterThanOrEqual(backoffMs);
    expect(await metric(payments().url, "events_handled_total", { consumer: "payments-cancel-payment", outcome: "retried" })).toBe(3 * (MAX_DELIVERIES - 1));
    // Visible to operators: the parked gauge and the CLI.
    expect(await metric(payments().url, "events_dead_letters_parked", { consumer: "payments-cancel-payment" })).toBe(parked.length + parkedBefore);
    const listed = await deadLettersCli(stack, "payments", "list");
    for (const d of parked) expect(listed).toContain(d.event_id);

    // Meanwhile: seats freed with the registrations canceled, the money still taken and owed (parked);
    // no payment was refunded while its registration held a seat.
    const state = async () => ({
      registrations: (await stack.sql<{ status: string }>("registrations", "SELECT status::text FROM registration WHERE id = ANY($1::uuid[])", [ids])).map((r) => r.status),
      taken: (await stack.sql<{ taken: number }>("registrations", "SELECT taken FROM offered_lecture WHERE id = $1", [lectureId]))[0]!.taken,
      payments: (await stack.sql<{ status: string }>("payments", "SELECT status::text FROM payment WHERE reference = ANY($1::text[])", [ids])).map((p) => p.status),
    });
    expect(await state()).toEqual({ registrations: Array(3).fill("CANCELED"), taken: 0, payments: Array(3).fill("COMPLETED") });

    // The operator fixes the processor, then replays what was parked.
    await payments().stop();
    await payments().start();
    const replayedAt = Date.now();
    expect(await deadLettersCli(stack, "payments", "replay", ...parked.map((d) => String(d.id)))).toContain("replayed 3");
    await waitFor("the replayed refunds to be done", async () => (await state()).payments.every((s) => s === "CANCELED"), 30_000, 200);
    const refundedMs = Date.now() - replayedAt;
    expect(await metric(payments().url, "events_dead_letters_parked", { consumer: "payments-cancel-payment" })).toBe(parkedBefore);
    expect(await paymentMismatches(stack)).toEqual([]);
    // The replayed requests reached payments alone; lectures and views had applied the cancellations long before.
    await enrolmentBecomes(stack, lectureId, 0);
    expect(await stack.sql("views", "SELECT payment_status::text FROM registration_view WHERE registration_id = ANY($1::uuid[])", [ids])).toEqual(
      Array(3).fill({ payment_status: "CANCELED" }),
    );

    report.record("F6", {
      "refunds refused and parked": parked.length,
      "deliveries before parking": MAX_DELIVERIES,
      "first parked after (backoff 100 ms doubling)": `${firstParkedMs} ms`,
      "refunded after the replay": `${refundedMs} ms`,
      "payments refunded while their registration held a seat": 0,
    });
  });
});
