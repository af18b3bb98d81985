import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SignedIn, Stack, waitFor } from "@supergraph/testkit";
import { final, interim, learningOf, ordered, sheetOf, startLearning } from "./helpers.ts";
import { ORDER_BY_ID } from "./operations.ts";

/*
 * The original's two fault scenarios through the router:
 * - course-orders stopped: the final evaluation fails at once with the retryable
 *   COURSE_ORDERS_UNAVAILABLE and nothing is stored; restarted: the same final evaluation succeeds;
 * - evaluations stopped: ordering and manager assignment go on (async); restarted: the evaluation
 *   record (sheet) of the learning started meanwhile exists, once, and scoring works.
 */
describe("online study: evaluations' faults", () => {
  let stack: Stack;
  let manager: SignedIn;
  let student: SignedIn;

  beforeAll(async () => {
    stack = await Stack.start({}, { only: ["course-orders", "learning", "evaluations", "notifications"] });
    [manager, student] = await Promise.all([stack.signUp("LEARNING_MANAGER", "Lena Learning"), stack.signUp("STUDENT", "Sora Student")]);
  }, 180_000);
  afterAll(() => stack?.stop());

  const stored = (learningId: string) => stack.sql("evaluations", "SELECT id FROM evaluation WHERE learning_id = $1 AND kind = 'FINAL'", [learningId]);
  const orderScore = async (orderId: string) => (await stack.gql(ORDER_BY_ID, { id: orderId }, student.token)).data?.courseOrder?.finalScore;

  it("course-orders stopped: the final evaluation fails cleanly with nothing stored; restarted: the same one succeeds", async () => {
    const order = await ordered(stack, student);
    const learning = await learningOf(stack, student, order.id);
    expect((await startLearning(stack, manager, learning.id)).errors).toBeUndefined();
    await sheetOf(stack, manager, learning.id);
    expect((await interim(stack, manager, learning.id, 70)).errors).toBeUndefined();

    await stack.service("course-orders").stop();
    const started = Date.now();
    const refused = await final(stack, manager, learning.id, 85);
    const tookMs = Date.now() - started;
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "COURSE_ORDERS_UNAVAILABLE", retryable: true });
    expect(refused.data).toBeNull();
    console.log(`evaluations-faults: final evaluation with course-orders down refused in ${tookMs} ms`);
    expect(await stored(learning.id)).toEqual([]);
    expect((await sheetOf(stack, manager, learning.id)).status).toBe("OPEN");

    await stack.service("course-orders").start();
    const done = await waitFor("the same final evaluation to succeed once course-orders is back", async () => (await final(stack, manager, learning.id, 85)).data?.registerFinalEvaluation ?? null);
    expect(done).toMatchObject({ kind: "FINAL", score: 85 });
    expect(await stored(learning.id)).toHaveLength(1);
    expect(await orderScore(order.id)).toBe(85);
    expect((await sheetOf(stack, manager, learning.id, "FINAL")).finalEvaluation).toEqual({ id: done.id, score: 85 });
  });

  it("evaluations stopped: ordering and manager assignment succeed; restarted: the learning's sheet exists once and scoring works", async () => {
    await stack.service("evaluations").stop();
    const orders = await Promise.all(Array.from({ length: 3 }, () => ordered(stack, student)));
    const learnings = await Promise.all(orders.map((o) => learningOf(stack, student, o.id)));
    for (const l of learnings) {
      const res = await startLearning(stack, manager, l.id);
      expect(res.data?.startLearning).toMatchObject({ status: "IN_PROGRESS" });
    }

    await stack.service("evaluations").start();
    for (const l of learnings) {
      const sheet = await sheetOf(stack, student, l.id);
      expect(sheet).toMatchObject({ manager: { id: manager.userId }, evaluations: [] });
    }
    const sheets = await stack.sql<{ n: number }>("evaluations", "SELECT count(*)::int AS n FROM evaluation_sheet WHERE learning_id = ANY($1::uuid[])", [learnings.map((l) => l.id)]);
    expect(sheets[0]!.n).toBe(3);

    const [first] = learnings;
    expect((await interim(stack, manager, first!.id, 66, "caught up")).data?.registerInterimEvaluation).toMatchObject({ score: 66 });
    expect((await final(stack, manager, first!.id, 91)).data?.registerFinalEvaluation).toMatchObject({ score: 91 });
    expect(await orderScore(orders[0]!.id)).toBe(91);
    await learningOf(stack, student, orders[0]!.id, "COMPLETED");
  });
});
