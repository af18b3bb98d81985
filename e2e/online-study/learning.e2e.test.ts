import { openSubscriptions, type SignedIn, Stack, Subscriber, waitFor } from "@supergraph/testkit";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { learningOf, ordered, startLearning } from "./helpers.ts";
import { CANCEL_ORDER, LEARNING_BY_ID, LEARNING_QUEUE, MY_LEARNING_RECORDS } from "./operations.ts";

/**
 * Learning through the router (requirement 2): a learning manager finds an order's learning
 * in their queue and starts it, assigning themselves (an ADMIN names the manager); it starts
 * once, whoever tries again or at the same time; roles and ownership hold; every change is
 * pushed to the student over graphql-ws with fields of course-orders in the payload. And the
 * learning context sheds load: past its concurrency limit a request is refused at once with
 * the retryable LEARNING_OVERLOADED, having done nothing, and succeeds when retried.
 */
const MY_CHANGES = `subscription { myLearningChanges { cursor status score learning { id status managerName order { id orderNumber status } } } }`;

describe("online study: learning", () => {
  let stack: Stack;
  let student: SignedIn;
  let lena: SignedIn;
  let max: SignedIn;
  const subscribers: Subscriber[] = [];

  beforeAll(async () => {
    stack = await Stack.start({}, { only: ["course-orders", "learning"] });
    [student, lena, max] = await Promise.all([stack.signUp("STUDENT", "Sora Student"), stack.signUp("LEARNING_MANAGER", "Lena Learning"), stack.signUp("LEARNING_MANAGER", "Max Manager")]);
  });
  afterAll(async () => {
    await Promise.all(subscribers.map((s) => s.close()));
    await stack?.stop();
  });

  const codes = (res: { errors?: { extensions?: { code?: string } }[] }) => (res.errors ?? []).map((e) => e.extensions?.code);
  const queueOf = async (manager: SignedIn) => (await stack.gql(LEARNING_QUEUE, {}, manager.token)).data?.learningQueue as { id: string; status: string; manager: { id: string } | null }[];

  it("2: a manager starts an order's learning from the queue, once; the student sees every change live with the order's fields", async () => {
    const live = await openSubscriptions(stack.router.url, 1, () => {
      const s = new Subscriber(stack.router.url, student.token).subscribe(MY_CHANGES);
      subscribers.push(s);
      return s;
    });
    const order = await ordered(stack, student);
    const learning = await learningOf(stack, student, order.id);
    expect((await queueOf(lena)).find((r) => r.id === learning.id)).toMatchObject({ status: "AWAITING_MANAGER", manager: null });

    const started = await startLearning(stack, lena, learning.id, "  Lena Learning ");
    expect(started.data?.startLearning).toMatchObject({ id: learning.id, status: "IN_PROGRESS", managerName: "Lena Learning", manager: { id: lena.userId }, startedAt: expect.any(String) });
    expect(codes(await startLearning(stack, max, learning.id, "Max"))).toEqual(["LEARNING_ALREADY_STARTED"]);
    expect(codes(await startLearning(stack, lena, learning.id))).toEqual(["LEARNING_ALREADY_STARTED"]);

    // Lena's queue holds it (hers, in progress); Max's does not.
    expect((await queueOf(lena)).find((r) => r.id === learning.id)).toMatchObject({ status: "IN_PROGRESS", manager: { id: lena.userId } });
    expect((await queueOf(max)).find((r) => r.id === learning.id)).toBeUndefined();
    expect((await stack.gql(LEARNING_BY_ID, { id: learning.id }, student.token)).data?.learningRecord).toMatchObject({
      status: "IN_PROGRESS", managerName: "Lena Learning", student: { id: student.userId }, order: { id: order.id, orderNumber: order.orderNumber, status: "ORDERED" },
    });

    const pushed = await live.waitForCount(2);
    expect(pushed.map((p) => p.myLearningChanges.status)).toEqual(["AWAITING_MANAGER", "IN_PROGRESS"]);
    expect(pushed[1].myLearningChanges.learning).toEqual({ id: learning.id, status: "IN_PROGRESS", managerName: "Lena Learning", order: { id: order.id, orderNumber: order.orderNumber, status: "ORDERED" } });

    await stack.gql(CANCEL_ORDER, { id: order.id }, student.token);
    expect((await live.waitForCount(3))[2].myLearningChanges).toMatchObject({ status: "CANCELED", learning: { id: learning.id, status: "CANCELED" } });
  });

  it("2: ten managers starting one learning at once: one starts it, nine are told it started already", async () => {
    const order = await ordered(stack, student);
    const learning = await learningOf(stack, student, order.id);
    const managers = [lena, max, ...(await Promise.all(Array.from({ length: 8 }, () => stack.signUp("LEARNING_MANAGER"))))];
    const results = await Promise.all(managers.map((m) => startLearning(stack, m, learning.id, "A manager")));
    const winners = results.flatMap((r, i) => (r.data?.startLearning ? [managers[i]!.userId] : []));
    expect(winners).toHaveLength(1);
    expect(results.flatMap(codes).sort()).toEqual(Array(9).fill("LEARNING_ALREADY_STARTED"));
    expect((await learningOf(stack, student, order.id, "IN_PROGRESS")).manager).toEqual({ id: winners[0] });
  });

  it("an ADMIN assigns a named manager; roles, ownership and canceled learning are refused with typed errors", async () => {
    const admin = await stack.mintUser("ADMIN");
    const order = await ordered(stack, student);
    const learning = await learningOf(stack, student, order.id);
    expect(codes(await startLearning(stack, student, learning.id))).toEqual(["FORBIDDEN"]);
    expect(codes(await startLearning(stack, lena, learning.id, "Lena", max.userId))).toEqual(["INVALID_MANAGER"]);
    expect(codes(await startLearning(stack, admin, learning.id, "Max"))).toEqual(["INVALID_MANAGER"]);
    expect(codes(await startLearning(stack, lena, learning.id, " "))).toEqual(["INVALID_MANAGER"]);
    expect(codes(await startLearning(stack, lena, "not-a-uuid"))).toEqual(["LEARNING_RECORD_NOT_FOUND"]);
    expect(codes(await stack.gql(LEARNING_QUEUE, {}, student.token))).toEqual(["FORBIDDEN"]);
    expect(codes(await stack.gql(LEARNING_QUEUE, {}))).toEqual(["UNAUTHENTICATED"]);
    const stranger = await stack.signUp("STUDENT");
    expect((await stack.gql(LEARNING_BY_ID, { id: learning.id }, stranger.token)).data?.learningRecord).toBeNull();
    expect((await stack.gql(MY_LEARNING_RECORDS, {}, stranger.token)).data?.myLearningRecords).toEqual([]);
    expect((await stack.gql(MY_LEARNING_RECORDS, {}, student.token)).data?.myLearningRecords).toContainEqual({ id: learning.id, status: "AWAITING_MANAGER", order: { id: order.id } });

    const one = `subscription($id: ID!) { learningChanges(id: $id) { status learning { id managerName } } }`;
    const [mine, theirs] = await openSubscriptions(stack.router.url, 1, () => {
      const s = [new Subscriber(stack.router.url, student.token).subscribe(one, { id: learning.id }), new Subscriber(stack.router.url, stranger.token).subscribe(one, { id: learning.id })];
      subscribers.push(...s);
      return s;
    });
    const assigned = await startLearning(stack, admin, learning.id, "Max Manager", max.userId);
    expect((await mine!.waitForCount(1))[0].learningChanges).toEqual({ status: "IN_PROGRESS", learning: { id: learning.id, managerName: "Max Manager" } });
    await waitFor("the stranger's subscription to be refused", () => theirs!.errors.length > 0);
    expect(theirs!.received).toEqual([]);
    expect(theirs!.errors).toEqual([expect.objectContaining({ extensions: { code: "LEARNING_RECORD_NOT_FOUND" } })]);
    expect(assigned.data?.startLearning).toMatchObject({ status: "IN_PROGRESS", managerName: "Max Manager", manager: { id: max.userId } });

    const other = await ordered(stack, student);
    const canceledLearning = await learningOf(stack, student, other.id);
    await stack.gql(CANCEL_ORDER, { id: other.id }, student.token);
    await learningOf(stack, student, other.id, "CANCELED");
    expect(codes(await startLearning(stack, lena, canceledLearning.id))).toEqual(["LEARNING_CANCELED"]);
  });

  it("two replicas of learning: each order opens one record, with one LearningOpened, and each start one SMS request", async () => {
    await stack.addReplica("learning");
    const orders = await Promise.all(Array.from({ length: 20 }, () => ordered(stack, student)));
    const records = await Promise.all(orders.map((o) => learningOf(stack, student, o.id)));
    await Promise.all(records.map((r) => startLearning(stack, lena, r.id)));
    const db = new pg.Client({ connectionString: stack.databaseUrl("learning") });
    await db.connect();
    try {
      const ids = orders.map((o) => o.id);
      const count = async (type: string) =>
        (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM platform_outbox WHERE payload->>'type' = $1 AND payload->'data'->>'orderId' = ANY($2)`, [type, ids])).rows[0]!.n;
      const sms = async () =>
        (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM platform_outbox WHERE payload->>'type' = 'NotificationRequested' AND payload->>'subject' = ANY($1)`, [ids])).rows[0]!.n;
      expect((await db.query<{ n: number }>("SELECT count(*)::int AS n FROM learning_record WHERE order_id = ANY($1::uuid[])", [ids])).rows[0]!.n).toBe(20);
      expect(await count("LearningOpened")).toBe(20);
      expect(await count("LearningStarted")).toBe(20);
      await waitFor("the started learnings' SMS requests", async () => (await sms()) === 20);
      expect(await sms()).toBe(20);
    } finally {
      await db.end();
    }
  });

  it("sheds load past its limit: LEARNING_OVERLOADED at once, retryable, nothing done; the same start succeeds when retried", async () => {
    const orders = await Promise.all(Array.from({ length: 12 }, () => ordered(stack, student)));
    const records = await Promise.all(orders.map((o) => learningOf(stack, student, o.id)));
    // One request in hand at a time, none waiting: a crowd of starts must be shed.
    const learning = stack.service("learning");
    await learning.stop();
    await learning.start({ LEARNING_ADMISSION_LIMIT: "1", LEARNING_QUEUE_TIMEOUT_MS: "0" });
    try {
      const results = await Promise.all(records.map((r) => startLearning(stack, lena, r.id)));
      const shed = results.flatMap((r, i) => (r.errors ? [{ id: records[i]!.id, error: r.errors[0]! }] : []));
      const startedCount = results.filter((r) => r.data?.startLearning).length;
      console.log(`learning shedding: ${startedCount} started, ${shed.length} shed of ${records.length} concurrent starts (limit 1, no queue)`);
      expect(shed.length).toBeGreaterThan(0);
      expect(startedCount + shed.length).toBe(records.length);
      for (const { id, error } of shed) {
        expect(error.extensions).toMatchObject({ code: "LEARNING_OVERLOADED", retryable: true });
        expect(error.message).toMatch(/overloaded.*try again shortly/i);
        expect((await stack.gql(LEARNING_BY_ID, { id }, lena.token)).data?.learningRecord).toMatchObject({ status: "AWAITING_MANAGER", managerName: null });
      }
      // Retried one at a time, each shed start succeeds.
      for (const { id } of shed) expect((await startLearning(stack, lena, id)).data?.startLearning).toMatchObject({ id, status: "IN_PROGRESS" });
    } finally {
      await learning.stop();
      await learning.start();
    }
  });
});
