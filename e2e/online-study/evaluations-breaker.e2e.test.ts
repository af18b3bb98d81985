import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { metric, percentile, type SignedIn, Stack, waitFor } from "@supergraph/testkit";
import { final, learningOf, ordered, sheetOf, startLearning } from "./helpers.ts";

/*
 * The final-score call slowed past its timeout under concurrent managers (the original: order
 * management answering in 800-1,100 ms against evaluations' 1,000 ms): course-orders answers
 * in 3,000 ms, so every call times out; the breaker opens, the final evaluations waiting and
 * those after are refused at once, unsent, with `retryAfterMs` (their latency through the router
 * is logged); nothing is half-written: an order holds a score only with its final evaluation
 * stored, with that score (a late answer's score is adopted from FinalScoreRecorded). Back at
 * speed the breaker closes and every manager's same final evaluation succeeds, once.
 */
const MANAGERS = 20;
/** Past the 1,000 ms timeout, and long enough that the late answers land after the second wave. */
const SLOW_MS = 3_000;
const CALL = { call: "course-orders.recordFinalScore" };

describe("course-orders slowed past the final-score call's timeout", () => {
  let stack: Stack;
  const courseOrders = () => stack.service("course-orders");

  beforeAll(async () => {
    stack = await Stack.start(
      { evaluations: { FINAL_SCORE_TIMEOUT_MS: "1000", FINAL_SCORE_BREAKER_RESET_MS: "2000", FINAL_SCORE_BREAKER_VOLUME: "5", FINAL_SCORE_BREAKER_ERROR_PERCENT: "50" } },
      { only: ["course-orders", "learning", "evaluations"] },
    );
  }, 180_000);
  afterAll(() => stack?.stop());

  it("the breaker opens and refuses fast, no order holds a score without its evaluation; back at speed it closes and every final evaluation is stored once", async () => {
    const students = await Promise.all(Array.from({ length: 4 }, () => stack.signUp("STUDENT")));
    const managers = await Promise.all(Array.from({ length: MANAGERS + 1 }, () => stack.mintUser("LEARNING_MANAGER")));
    const all = await Promise.all(
      managers.map(async (manager, i) => {
        const student = students[i % students.length]!;
        const order = await ordered(stack, student);
        const learning = await learningOf(stack, student, order.id);
        const started = await startLearning(stack, manager, learning.id, `Manager ${i}`);
        if (started.errors) throw new Error(`startLearning failed: ${JSON.stringify(started.errors)}`);
        await sheetOf(stack, manager, learning.id);
        return { manager, orderId: order.id, learningId: learning.id, score: 60 + i };
      }),
    );
    // The last one is kept out of the rush: the first final evaluation after recovery, sure to make the call.
    const probe = all.at(-1)!;
    const cases = all.slice(0, MANAGERS);

    await courseOrders().stop();
    await courseOrders().start({ FINAL_SCORE_LATENCY_MS: String(SLOW_MS) });
    const timed = async (c: (typeof cases)[number]) => {
      const at = Date.now();
      const res = await final(stack, c.manager, c.learningId, c.score);
      return { res, ms: Date.now() - at };
    };
    const rush = await Promise.all(cases.map(timed));
    const refusals = rush.map((r) => r.res.errors?.[0]?.extensions);
    expect(refusals.every((e) => e?.code === "COURSE_ORDERS_UNAVAILABLE" && e.retryable === true)).toBe(true);
    // Open: every attempt now is refused before it is sent, saying when to come back.
    const again = await Promise.all(cases.map(timed));
    const unsent = again.filter((r) => typeof r.res.errors?.[0]?.extensions?.retryAfterMs === "number");
    // (One whose late-recorded score was adopted meanwhile is answered with it, from evaluations alone.)
    expect(again.every((r, i) => r.res.errors?.[0]?.extensions?.code === "COURSE_ORDERS_UNAVAILABLE" || r.res.data?.registerFinalEvaluation?.score === cases[i]!.score)).toBe(true);
    expect(unsent.length).toBeGreaterThan(0);
    console.log(
      `evaluations-breaker: ${MANAGERS} managers at once against a ${SLOW_MS} ms course-orders: first wave p99 ${percentile(rush.map((r) => r.ms), 99)} ms; ` +
        `while open ${unsent.length}/${again.length} refused unsent, p99 ${percentile(unsent.map((r) => r.ms), 99)} ms, p50 ${percentile(unsent.map((r) => r.ms), 50)} ms`,
    );

    // Nothing half-written: the scores the late answers recorded have their evaluations (adopted), with the same score.
    const holdsOnlyWithEvaluation = async () => {
      const scores = await stack.sql<{ id: string; score: number }>("course-orders", `SELECT id::text, final_score AS score FROM course_order WHERE id = ANY($1::uuid[]) AND final_score IS NOT NULL`, [cases.map((c) => c.orderId)]);
      const finals = await stack.sql<{ orderId: string; score: number }>("evaluations", `SELECT order_id::text AS "orderId", score FROM evaluation WHERE kind = 'FINAL' AND order_id = ANY($1::uuid[])`, [cases.map((c) => c.orderId)]);
      const byOrder = (rows: { score: number }[], key: (r: never) => string) => Object.fromEntries(rows.map((r) => [key(r as never), r.score]));
      return { scores: byOrder(scores, (r: { id: string }) => r.id), finals: byOrder(finals, (r: { orderId: string }) => r.orderId) };
    };
    const sorted = (byOrder: Record<string, number>) => JSON.stringify(Object.entries(byOrder).sort());
    const url = stack.service("evaluations").url;
    const timedOut = await metric(url, "sync_calls_total", { ...CALL, outcome: "unavailable" });
    // Each call that timed out is recorded by the slow course-orders after all, then adopted.
    const landed = await waitFor("every score recorded late to have its evaluation", async () => {
      const state = await holdsOnlyWithEvaluation();
      return Object.keys(state.scores).length === timedOut && sorted(state.scores) === sorted(state.finals) ? state : null;
    }, 60_000);
    console.log(`evaluations-breaker: ${Object.keys(landed.scores).length} of ${MANAGERS} scores recorded after their call timed out, each adopted as its final evaluation`);

    // Back at speed: a half-open trial closes the breaker, then every manager's same final evaluation succeeds.
    await courseOrders().stop();
    await courseOrders().start({ FINAL_SCORE_LATENCY_MS: "0" });
    await waitFor("a final evaluation to succeed once course-orders is fast again", async () => (await final(stack, probe.manager, probe.learningId, probe.score)).data?.registerFinalEvaluation ?? null);
    const after = await Promise.all(cases.map((c) => final(stack, c.manager, c.learningId, c.score)));
    expect(after.map((r) => r.data?.registerFinalEvaluation?.score)).toEqual(cases.map((c) => c.score));

    const settled = await holdsOnlyWithEvaluation();
    expect(settled.finals).toEqual(Object.fromEntries(cases.map((c) => [c.orderId, c.score])));
    expect(settled.scores).toEqual(settled.finals);
    const twice = await stack.sql("evaluations", "SELECT learning_id FROM evaluation WHERE kind = 'FINAL' GROUP BY learning_id HAVING count(*) > 1");
    expect(twice).toEqual([]);

    const [opened, closed] = await Promise.all([metric(url, "sync_call_breaker_transitions_total", { ...CALL, state: "open" }), metric(url, "sync_call_breaker_transitions_total", { ...CALL, state: "closed" })]);
    console.log(`evaluations-breaker: breaker opened ${opened} time(s), closed ${closed} time(s)`);
    expect(opened).toBeGreaterThan(0);
    expect(closed).toBeGreaterThan(0);
  }, 240_000);
});
