import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { metric, openSubscriptions, type SignedIn, Stack, Subscriber, waitFor } from "@supergraph/testkit";
import { STUDY, studyDay, type MyLearningRow } from "./my-learning-operations.ts";

/*
 * The student's "my learning" through the router: the live learning status over graphql-ws
 * (AWAITING_MANAGER, IN_PROGRESS, an interim score, COMPLETED, with fields of other subgraphs in
 * the payload), resumable by cursor; and the read model in views, one subgraph fetch, from the
 * moment of ordering to cancellation, catching up after views was down.
 */

const MY_CHANGES = `subscription($after: String) { myLearningChanges(after: $after) {
  cursor status score occurredAt learning { id status } } }`;

describe("my learning: live status and the read model", () => {
  let stack: Stack;
  let manager: SignedIn;
  let courseId: string;
  const subscribers: Subscriber[] = [];
  const subscriber = (token: string | undefined) => {
    const s = new Subscriber(stack.router.url, token);
    subscribers.push(s);
    return s;
  };

  beforeAll(async () => {
    stack = await Stack.start({}, { only: ["course-orders", "learning", "evaluations", "notifications", "views"] });
    manager = await stack.signUp("LEARNING_MANAGER", "Lena Learning");
    courseId = await STUDY.aCourse(stack, manager.token);
  });
  afterAll(async () => {
    await Promise.all(subscribers.map((s) => s.close()));
    await stack?.stop();
  });

  const order = (student: SignedIn, n = 3) => STUDY.order(stack, student, courseId, studyDay(n), studyDay(n + 30));
  const rowOf = (student: SignedIn, orderId: string) => STUDY.myLearningRow(stack, student, orderId);
  const rowWith = (student: SignedIn, orderId: string, what: string, accept: (r: MyLearningRow) => boolean) =>
    waitFor(`my learning to show ${what}`, async () => {
      const r = await rowOf(student, orderId);
      return r && accept(r) ? r : null;
    });
  const learningOf = async (student: SignedIn, orderId: string) => (await rowWith(student, orderId, "the learning record", (r) => r.learningId !== null)).learningId!;

  it("a student is pushed AWAITING_MANAGER, IN_PROGRESS, an interim score and COMPLETED with the order's final score; another student sees nothing", async () => {
    const [sam, tess] = await Promise.all([stack.signUp("STUDENT", "Sam Student"), stack.signUp("STUDENT", "Tess Student")]);
    const withOrder = `subscription { myLearningChanges { cursor status score learning { id status ${STUDY.LEARNING_ORDER_SELECTION} } } }`;
    const [samLive, tessLive] = await openSubscriptions(stack.router.url, 2, () => [subscriber(sam.token).subscribe(withOrder), subscriber(tess.token).subscribe(withOrder)]);

    const ordered = await order(sam);
    await samLive.waitForCount(1);
    expect(samLive.received[0].myLearningChanges).toMatchObject({ status: "AWAITING_MANAGER", score: null });
    const learningId = samLive.received[0].myLearningChanges.learning.id as string;

    await STUDY.start(stack, manager, learningId);
    await samLive.waitForCount(2);
    expect(samLive.received[1].myLearningChanges).toMatchObject({ status: "IN_PROGRESS", learning: { id: learningId, status: "IN_PROGRESS" } });

    await STUDY.interim(stack, manager, learningId, 70, "a good start");
    await samLive.waitForCount(3);
    expect(samLive.received[2].myLearningChanges).toMatchObject({ status: "IN_PROGRESS", score: 70 });

    await STUDY.final(stack, manager, learningId, 90);
    const all = await samLive.waitForCount(4);
    const completed = all[3].myLearningChanges;
    expect(completed).toMatchObject({ status: "COMPLETED", score: 90, learning: { id: learningId, status: "COMPLETED" } });
    // A field of course-orders, resolved through the graph in the pushed payload.
    expect(STUDY.orderOfLearning(completed.learning)).toMatchObject({ id: ordered.id, orderNumber: ordered.orderNumber, finalScore: 90 });

    const cursors = all.map((c) => Number(String(c.myLearningChanges.cursor).split(":")[0]));
    expect(cursors).toEqual([...cursors].sort((a, b) => a - b));
    expect(tessLive.received).toEqual([]);
    expect(tessLive.errors).toEqual([]);
  });

  it("a subscriber that comes back with its last cursor gets the missed changes in order, none twice, then live ones", async () => {
    const uma = await stack.signUp("STUDENT");
    const first = await openSubscriptions(stack.router.url, 1, () => subscriber(uma.token).subscribe(MY_CHANGES));
    const one = await order(uma, 4);
    await first.waitForCount(1);
    const lastSeen = first.received[0].myLearningChanges.cursor as string;
    const learning1 = first.received[0].myLearningChanges.learning.id as string;
    await first.close();

    // Offline: learning started, an interim score, and a second order.
    await STUDY.start(stack, manager, learning1);
    await STUDY.interim(stack, manager, learning1, 60);
    const two = await order(uma, 5);
    const learning2 = await learningOf(uma, two.id);

    const resumed = subscriber(uma.token).subscribe(MY_CHANGES, { after: lastSeen });
    const missed = await resumed.waitForCount(3);
    expect(missed.map((m) => `${m.myLearningChanges.learning.id}:${m.myLearningChanges.status}:${m.myLearningChanges.score}`).sort()).toEqual(
      [`${learning1}:IN_PROGRESS:null`, `${learning1}:IN_PROGRESS:60`, `${learning2}:AWAITING_MANAGER:null`].sort(),
    );

    await STUDY.cancel(stack, uma, two.id);
    const after = await resumed.waitForCount(4);
    expect(after[3].myLearningChanges).toMatchObject({ status: "CANCELED", learning: { id: learning2 } });
    expect(after).toHaveLength(4);
    expect(one.id).not.toEqual(two.id);
  });

  it("my learning shows an order from the moment of ordering through manager, interim and final scores, in one subgraph fetch", async () => {
    const vic = await stack.signUp("STUDENT");
    const ordered = await order(vic, 6);
    const shown = await rowWith(vic, ordered.id, "the order", () => true);
    expect(shown).toMatchObject({ orderNumber: ordered.orderNumber, orderStatus: "ORDERED", beginDate: studyDay(6), endDate: studyDay(36), canceled: false, finalScore: null });

    const learningId = await learningOf(vic, ordered.id);
    await STUDY.start(stack, manager, learningId);
    expect(await rowWith(vic, ordered.id, "the manager", (r) => r.learningStatus === "IN_PROGRESS")).toMatchObject({ managerName: "Lena Learning", managerId: manager.userId });

    await STUDY.interim(stack, manager, learningId, 75, "steady");
    await STUDY.final(stack, manager, learningId, 85);
    const done = await rowWith(vic, ordered.id, "the final score", (r) => r.learningStatus === "COMPLETED" && r.finalScore !== null && r.interimScores.length === 1);
    expect(done).toMatchObject({ finalScore: 85, interimScores: [{ score: 75, note: "steady" }], orderStatus: "ORDERED" });

    const requests = () => Promise.all(["views", "course-orders", "learning", "evaluations", "identity"].map((name) => metric(stack.service(name).url, "graphql_request_duration_seconds_count")));
    const before = await requests();
    await rowOf(vic, ordered.id);
    const after = await requests();
    expect(after.map((n, i) => n - before[i]!)).toEqual([1, 0, 0, 0, 0]);
  });

  it("a canceled order stays in my learning, canceled with its learning", async () => {
    const wes = await stack.signUp("STUDENT");
    const ordered = await order(wes, 7);
    const learningId = await learningOf(wes, ordered.id);
    await STUDY.start(stack, manager, learningId);
    await STUDY.cancel(stack, wes, ordered.id);
    const canceled = await rowWith(wes, ordered.id, "the cancellation", (r) => r.canceled && r.learningStatus === "CANCELED");
    expect(canceled).toMatchObject({ orderStatus: "CANCELED", canceledAt: expect.any(String), managerName: "Lena Learning" });
  });

  it("views catches up after it was down: my learning shows what happened meanwhile, each event applied once", async () => {
    const xia = await stack.signUp("STUDENT");
    const views = stack.service("views");
    await views.stop();
    const kept = await order(xia, 8);
    const canceled = await order(xia, 9);
    const keptLearning = await waitFor("learning to open the record", async () => STUDY.learningIdOfOrder(stack, kept.id));
    await STUDY.start(stack, manager, keptLearning);
    await STUDY.cancel(stack, xia, canceled.id);
    await waitFor("learning to cancel the canceled order's record", async () =>
      (await stack.sql("learning", "SELECT 1 FROM platform_outbox WHERE published_at IS NOT NULL AND payload->>'type' = 'LearningCanceled' AND payload->'data'->>'orderId' = $1", [canceled.id])).length === 1,
    );
    await views.start();

    const rows = await waitFor("my learning to catch up", async () => {
      const list = await STUDY.myLearning(stack, xia);
      const byId = new Map(list.map((r) => [r.id, r]));
      return byId.get(kept.id)?.learningStatus === "IN_PROGRESS" && byId.get(canceled.id)?.learningStatus === "CANCELED" ? list : null;
    });
    expect(rows.map((r) => [r.id, r.orderStatus, r.learningStatus])).toEqual([
      [canceled.id, "CANCELED", "CANCELED"],
      [kept.id, "ORDERED", "IN_PROGRESS"],
    ]);
    expect(await stack.sql("views", "SELECT 1 FROM platform_dead_letter")).toEqual([]);
  });
});
