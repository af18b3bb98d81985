import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { metric, openSubscriptions, type SignedIn, Stack, Subscriber, waitFor } from "@supergraph/testkit";
import { openLecture, register } from "./helpers.ts";
import { CANCEL_LECTURE, CANCEL_REGISTRATION } from "./operations.ts";

const MY_CHANGES = `subscription($after: String) { myRegistrationChanges(after: $after) {
  cursor status registration { id status lecture { title } payment { status } } } }`;
/** A cursor's stream sequence (`<sequence>:<stream>`, docs/client-contract.md "Cursors"). */
const seqOf = (cursor: string) => Number(cursor.split(":")[0]);
const ENROLMENT = `subscription($lectureId: ID!) { lectureEnrolmentChanges(lectureId: $lectureId) { cursor enrolledCount lecture { id title } } }`;

/** Live status through the router over graphql-ws (issue: live status subscriptions). */
describe("live registration status", () => {
  let stack: Stack;
  let instructor: SignedIn;
  const subscribers: Subscriber[] = [];
  const subscriber = (token: string | undefined) => {
    const s = new Subscriber(stack.router.url, token);
    subscribers.push(s);
    return s;
  };

  beforeAll(async () => {
    stack = await Stack.start({}, { only: ["payments", "lectures", "registrations", "views"] });
    instructor = await stack.signUp("INSTRUCTOR");
  });
  afterAll(async () => {
    await Promise.all(subscribers.map((s) => s.close()));
    await stack?.stop();
  });

  it("a student's registration arrives PAID (never REGISTERED) with lecture title and payment status; another student sees nothing", async () => {
    const [alice, bob] = await Promise.all([stack.signUp("STUDENT"), stack.signUp("STUDENT")]);
    const lectureId = await openLecture(stack, instructor, { title: "Live GraphQL" });
    const [aliceLive, bobLive] = await openSubscriptions(stack.router.url, 2, () => [
      subscriber(alice.token).subscribe(MY_CHANGES),
      subscriber(bob.token).subscribe(MY_CHANGES),
    ]);

    const id = (await register(stack, alice, lectureId)).data!.registerForLecture.id;
    const [paid] = await aliceLive.waitForCount(1);
    expect(paid.myRegistrationChanges).toMatchObject({ status: "PAID", registration: { id, status: "PAID", lecture: { title: "Live GraphQL" }, payment: { status: "COMPLETED" } } });
    expect(bobLive.received).toEqual([]);
    expect(bobLive.errors).toEqual([]);
  });

  it("cancellations push CANCELED to the student and the new enrolment count to the instructor", async () => {
    const [carol] = await Promise.all([stack.signUp("STUDENT")]);
    const lectureId = await openLecture(stack, instructor, { title: "Compensations" });
    const [carolLive, enrolment] = await openSubscriptions(stack.router.url, 2, () => [
      subscriber(carol.token).subscribe(MY_CHANGES),
      subscriber(instructor.token).subscribe(ENROLMENT, { lectureId }),
    ]);

    const id = (await register(stack, carol, lectureId)).data!.registerForLecture.id;
    await carolLive.waitForCount(1);
    await enrolment.waitForCount(1);
    expect(enrolment.received[0].lectureEnrolmentChanges).toMatchObject({ enrolledCount: 1, lecture: { id: lectureId, title: "Compensations" } });

    await stack.gql(CANCEL_REGISTRATION, { id }, carol.token);
    const changes = await carolLive.waitForCount(2);
    expect(changes[1].myRegistrationChanges).toMatchObject({ status: "CANCELED", registration: { id, status: "CANCELED" } });
    await enrolment.waitForCount(2);
    expect(enrolment.received[1].lectureEnrolmentChanges.enrolledCount).toBe(0);

    // The lecture-cancel saga pushes too.
    const id2 = (await register(stack, carol, lectureId)).data!.registerForLecture.id;
    await carolLive.waitForCount(3);
    await stack.gql(CANCEL_LECTURE, { id: lectureId }, instructor.token);
    const all = await carolLive.waitForCount(4);
    expect(all.map((c) => c.myRegistrationChanges.status)).toEqual(["PAID", "CANCELED", "PAID", "CANCELED"]);
    expect(all[3].myRegistrationChanges).toMatchObject({ status: "CANCELED", registration: { id: id2 } });
    const counts = await enrolment.waitForCount(4);
    expect(counts.map((c) => c.lectureEnrolmentChanges.enrolledCount)).toEqual([1, 0, 1, 0]);
  });

  it("a subscriber that reconnects with its last cursor gets the missed changes in order, none twice", async () => {
    const dave = await stack.signUp("STUDENT");
    const lectureIds = await Promise.all([1, 2, 3].map((n) => openLecture(stack, instructor, { title: `Resume ${n}` })));
    const first = await openSubscriptions(stack.router.url, 1, () => subscriber(dave.token).subscribe(MY_CHANGES));
    const id1 = (await register(stack, dave, lectureIds[0]!)).data!.registerForLecture.id;
    await first.waitForCount(1);
    const lastSeen = first.received[0].myRegistrationChanges.cursor as string;
    await first.close();

    // Offline: two more registrations and a cancellation happen.
    const id2 = (await register(stack, dave, lectureIds[1]!)).data!.registerForLecture.id;
    const id3 = (await register(stack, dave, lectureIds[2]!)).data!.registerForLecture.id;
    await stack.gql(CANCEL_REGISTRATION, { id: id1 }, dave.token);
    await waitFor("the missed changes to be in the stream", async () =>
      (await stack.sql<{ n: number }>("registrations", "SELECT count(*)::int AS n FROM platform_outbox WHERE published_at IS NOT NULL AND payload->'data'->>'studentId' = $1", [dave.userId]))[0]!.n >= 7,
    );

    const resumed = subscriber(dave.token).subscribe(MY_CHANGES, { after: lastSeen });
    const missed = await resumed.waitForCount(3);
    const seen = missed.map((m) => `${m.myRegistrationChanges.registration.id}:${m.myRegistrationChanges.status}`);
    expect(seen.slice(0, 3).sort()).toEqual([`${id2}:PAID`, `${id3}:PAID`, `${id1}:CANCELED`].sort());
    const cursors = missed.map((m) => seqOf(m.myRegistrationChanges.cursor));
    expect(cursors).toEqual([...cursors].sort((a, b) => a - b));
    expect(new Set(cursors).size).toBe(cursors.length);
    expect(cursors.every((c) => c > seqOf(lastSeen))).toBe(true);

    // Then live ones, with nothing replayed twice.
    await stack.gql(CANCEL_REGISTRATION, { id: id2 }, dave.token);
    const after = await resumed.waitForCount(4);
    expect(after[3].myRegistrationChanges).toMatchObject({ status: "CANCELED", registration: { id: id2 } });
    expect(after).toHaveLength(4);
  });

  it("many subscribers of the same thing cost one upstream fetch per event", async () => {
    const lectureId = await openLecture(stack, instructor, { title: "Popular" });
    const watchers = await Promise.all(Array.from({ length: 4 }, () => stack.signUp("STUDENT")));
    const live = await openSubscriptions(stack.router.url, 20, () =>
      Array.from({ length: 20 }, (_, i) => subscriber(watchers[i % 4]!.token).subscribe(ENROLMENT, { lectureId })),
    );
    const fetches = () => metric(stack.router.url, "graphql_request_duration_seconds_count", { operation: "LiveEntity" });
    const before = await fetches();
    await register(stack, watchers[0]!, lectureId);
    await Promise.all(live.map((s) => s.waitForCount(1)));
    expect(live.every((s) => s.received[0].lectureEnrolmentChanges.enrolledCount === 1)).toBe(true);
    expect(await fetches()).toBe(before + 1);
    expect(await metric(stack.router.url, "live_subscriptions", { kind: "groups" })).toBeLessThan(await metric(stack.router.url, "live_subscriptions", { kind: "subscribers" }));
  });

  it("a bad token closes the socket as unauthorized, a missing one is refused per subscription; an over-deep subscription is refused", async () => {
    const anonymous = subscriber(undefined).subscribe(MY_CHANGES);
    const forged = subscriber("not.a.token").subscribe(MY_CHANGES);
    await waitFor("the forged socket to be closed and the anonymous subscription refused", () => forged.closedWith && anonymous.errors.length > 0);
    expect(forged.closedWith!.code).toBe(4401);
    expect(anonymous.closedWith).toBeUndefined();
    expect((anonymous.errors[0] as { extensions?: { code?: string } }).extensions?.code).toBe("UNAUTHENTICATED");

    const student = await stack.signUp("STUDENT");
    const deep = subscriber(student.token).subscribe(
      `subscription { myRegistrationChanges { registration { lecture { instructor { registrations { lecture { instructor { registrations { lecture { instructor { registrations { id } } } } } } } } } } } }`,
    );
    await waitFor("the deep subscription to be refused", () => deep.errors.length > 0);
    expect(JSON.stringify(deep.errors)).toMatch(/depth/i);
  });
});
