import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SignedIn, Stack } from "@supergraph/testkit";
import { consumed, final, learningOf, orderAndStart, sheetOf, smsOfOrder } from "./helpers.ts";
import { CANCEL_ORDER } from "./operations.ts";

/*
 * Two replicas each of evaluations and notifications, sharing their durable consumers: every
 * started learning gets one sheet (one EvaluationSheetOpened), every canceled one its sheet
 * canceled once, every final evaluation one row, and every SMS request one SMS, however the
 * events are spread over the replicas.
 */
const ORDERS = 10;

describe("online study: two replicas of evaluations and of notifications", () => {
  let stack: Stack;
  let manager: SignedIn;
  let students: SignedIn[];

  beforeAll(async () => {
    stack = await Stack.start({}, { only: ["course-orders", "learning", "evaluations", "notifications"] });
    await Promise.all([stack.addReplica("evaluations"), stack.addReplica("notifications")]);
    manager = await stack.signUp("LEARNING_MANAGER", "Lena Learning");
    students = await Promise.all([stack.signUp("STUDENT"), stack.signUp("STUDENT")]);
  }, 180_000);
  afterAll(() => stack?.stop());

  it("each event has one effect: one sheet per learning, one cancel, one final evaluation, one SMS per request", async () => {
    const cases = await Promise.all(Array.from({ length: ORDERS }, async (_, i) => ({ student: students[i % 2]!, ...(await orderAndStart(stack, students[i % 2]!, manager)) })));
    for (const c of cases) await sheetOf(stack, manager, c.learningId);
    const [canceled, finished] = [cases.slice(0, ORDERS / 2), cases.slice(ORDERS / 2)];
    await Promise.all(canceled.map(async (c) => expect((await stack.gql(CANCEL_ORDER, { id: c.order.id }, c.student.token)).data?.cancelCourseOrder?.status).toBe("CANCELED")));
    await Promise.all(finished.map(async (c, i) => expect((await final(stack, manager, c.learningId, 70 + i)).data?.registerFinalEvaluation?.score).toBe(70 + i)));
    for (const c of canceled) {
      await learningOf(stack, c.student, c.order.id, "CANCELED");
      await sheetOf(stack, manager, c.learningId, "CANCELED");
    }
    for (const c of cases) await smsOfOrder(stack, c.student, c.order.id, canceled.includes(c) ? 4 : 2);
    await Promise.all(["open-sheet", "cancel-evaluations"].map((p) => consumed(stack, "evaluations", p)));
    await consumed(stack, "notifications", "send-notification");

    const ids = cases.map((c) => c.learningId);
    const count = async (context: string, sql: string, values: unknown[]) => (await stack.sql<{ key: string; n: number }>(context, sql, values)).map((r) => [r.key, r.n]);
    const once = (keys: string[]) => keys.map((k) => [k, 1]).sort();
    expect((await count("evaluations", "SELECT learning_id::text AS key, count(*)::int AS n FROM evaluation_sheet WHERE learning_id = ANY($1::uuid[]) GROUP BY 1", [ids])).sort()).toEqual(once(ids));
    const events = async (type: string) =>
      (await count("evaluations", "SELECT payload->>'subject' AS key, count(*)::int AS n FROM platform_outbox WHERE payload->>'type' = $1 AND payload->>'subject' = ANY($2::text[]) GROUP BY 1", [type, ids])).sort();
    expect(await events("EvaluationSheetOpened")).toEqual(once(ids));
    expect(await events("EvaluationsCanceled")).toEqual(once(canceled.map((c) => c.learningId)));
    expect(await events("FinalEvaluationRegistered")).toEqual(once(finished.map((c) => c.learningId)));
    const sms = await count("notifications", "SELECT case_id AS key, count(*)::int AS n FROM notification WHERE case_id = ANY($1::text[]) GROUP BY 1", [cases.map((c) => c.order.id)]);
    expect(sms.sort()).toEqual(cases.map((c) => [c.order.id, canceled.includes(c) ? 4 : 2]).sort());
    const kinds = await stack.sql("notifications", "SELECT case_id, kind FROM notification WHERE case_id = ANY($1::text[]) GROUP BY 1, 2 HAVING count(*) > 1", [cases.map((c) => c.order.id)]);
    expect(kinds).toEqual([]);
  }, 240_000);
});
