import { randomUUID } from "node:crypto";
import { commandCausation, envelope, type EventBus } from "@supergraph/platform";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { enrolment, enrolmentBecomes, openLecture, register } from "../course-registration/helpers.ts";
import { CANCEL_REGISTRATION } from "../course-registration/operations.ts";
import { deadLettersCli, metric, publishCourseRegistered, type SignedIn, Stack, steadyLoad, waitFor } from "@supergraph/testkit";
import { figures } from "./figures.ts";

const ACK_WAIT_MS = 5_000;
const MAX_DELIVERIES = 4;
const DUPLICATE_WINDOW_MS = 2_000;
const COUNT = "lectures-count-registration";
/**
 * How the consuming contexts run here: short ack wait and delivery limit, so the faults play
 * out in seconds, and small pools, so three replicas stay well within PostgreSQL's connections.
 */
const CONSUMER_ENV = { EVENT_ACK_WAIT_MS: String(ACK_WAIT_MS), EVENT_MAX_DELIVERIES: String(MAX_DELIVERIES), DATABASE_POOL_SIZE: "4" };

/** Events between contexts when consumers, replicas and the outbox relay fail, and when events are poison. */
describe("event delivery faults", () => {
  const report = figures(import.meta.filename);
  let stack: Stack;
  let instructor: SignedIn;
  let bus: EventBus;
  const lectures = () => stack.service("lectures");
  const views = () => stack.service("views");
  const registrations = () => stack.service("registrations");

  beforeAll(async () => {
    // Registrations' own consumers (the lecture replica) get the short ack wait too, for the relay's crash.
    const registrationsEnv = { EVENT_ACK_WAIT_MS: String(ACK_WAIT_MS) };
    stack = await Stack.start({ lectures: CONSUMER_ENV, views: CONSUMER_ENV, registrations: registrationsEnv }, { duplicateWindowMs: DUPLICATE_WINDOW_MS, only: ["payments", "lectures", "registrations", "views"], ownProcess: ["registrations"] });
    instructor = await stack.signUp("INSTRUCTOR");
    bus = await stack.bus();
  });
  afterAll(async () => {
    await stack?.stop();
    report.save();
  });

  const students = (n: number) => Promise.all(Array.from({ length: n }, () => stack.mintUser("STUDENT")));
  const count = async (context: string, sql: string, params: unknown[] = []) => (await stack.sql<{ n: number }>(context, sql, params))[0]!.n;
  /** Events in the stream not yet acknowledged by the durable consumers of `context`. */
  const backlog = async (context: string) => {
    let pending = 0;
    for await (const c of bus.jsm.consumers.list(bus.names.stream)) if (c.name.startsWith(`${context}-`)) pending += c.num_pending + c.num_ack_pending;
    return pending;
  };
  /** Publishes CourseRegistered events as registrations would, for an existing lecture. */
  const publishRegistered = (lectureId: string, n: number) =>
    Promise.all(Array.from({ length: n }, async () => (await publishCourseRegistered(bus, lectureId)).id));

  it("F2: lectures and views stopped under steady load: on restart every missed event is applied exactly once", async () => {
    const lectureId = await openLecture(stack, instructor, { title: "Consumers offline", capacity: 200 });
    await waitFor("views to know the lecture", async () => (await count("views", "SELECT count(*)::int AS n FROM lecture_view WHERE lecture_id = $1", [lectureId])) === 1);
    await Promise.all([lectures().stop(), views().stop()]);
    onTestFinished(async () => {
      await Promise.all([lectures(), views()].map((s) => (s.running ? undefined : s.start())));
    });

    // Registrations keep being accepted; every fourth is canceled at once.
    const shots = await steadyLoad({
      perSecond: 5,
      durationMs: 8_000,
      fire: async (i) => {
        const student = await stack.mintUser("STUDENT");
        const res = await register(stack, student, lectureId);
        const id = res.data?.registerForLecture?.id as string | undefined;
        if (id && i % 4 === 3) await stack.gql(CANCEL_REGISTRATION, { id }, student.token);
        return id;
      },
    });
    const made = shots.map((s) => s.result).filter((id): id is string => id !== undefined);
    expect(made).toHaveLength(shots.length);
    const canceled = made.filter((_, i) => i % 4 === 3).length;
    // Everything registrations recorded is in the stream before the backlog is read.
    await waitFor("registrations' outbox to drain", async () => (await count("registrations", "SELECT count(*)::int AS n FROM platform_outbox WHERE published_at IS NULL")) === 0);
    const missed = { lectures: await backlog("lectures"), views: await backlog("views") };
    expect(missed.lectures).toBeGreaterThanOrEqual(made.length + canceled);

    const restarted = performance.now();
    await Promise.all([lectures().start(), views().start()]);
    const bootMs = performance.now() - restarted;
    await enrolmentBecomes(stack, lectureId, made.length - canceled);
    await waitFor("the views to catch up", async () =>
      (await stack.sql("views", "SELECT enrolled_count FROM lecture_view WHERE lecture_id = $1", [lectureId]))[0]?.enrolled_count === made.length - canceled &&
      (await count("views", "SELECT count(*)::int AS n FROM registration_view WHERE lecture_id = $1 AND status = 'CANCELED'", [lectureId])) === canceled,
    );
    const caughtUpMs = performance.now() - restarted;

    // Exactly once: one inbox row per missed event, and counts that a second application would have moved.
    const eventIds = async (type: string) =>
      (await stack.sql<{ id: string }>("registrations", "SELECT id::text FROM platform_outbox WHERE payload->>'type' = $1 AND payload->>'subject' = ANY($2::text[])", [type, made])).map((r) => r.id);
    const [registeredIds, canceledIds] = await Promise.all([eventIds("CourseRegistered"), eventIds("RegistrationCanceled")]);
    expect([registeredIds.length, canceledIds.length]).toEqual([made.length, canceled]);
    const inbox = (context: string, consumer: string, ids: string[]) =>
      count(context, "SELECT count(*)::int AS n FROM platform_inbox WHERE consumer = $1 AND event_id = ANY($2::uuid[])", [consumer, ids]);
    expect(await inbox("lectures", COUNT, registeredIds)).toBe(made.length);
    expect(await inbox("lectures", "lectures-uncount-registration", canceledIds)).toBe(canceled);
    expect(await inbox("views", "views-course-registered", registeredIds)).toBe(made.length);
    expect(await count("views", "SELECT count(*)::int AS n FROM registration_view WHERE lecture_id = $1", [lectureId])).toBe(made.length);
    expect(await enrolment(stack, lectureId)).toBe(made.length - canceled);
    expect(await backlog("lectures")).toBe(0);

    report.record("F2", {
      "registrations accepted while down": `${made.length} (${canceled} canceled)`,
      "backlog at restart (lectures / views events)": `${missed.lectures} / ${missed.views}`,
      "restart to ready": `${Math.round(bootMs)} ms`,
      "restart to caught up": `${Math.round(caughtUpMs)} ms`,
      "events missed or applied twice": 0,
    });
  });

  it("F3: three lectures replicas share the durable consumer; one SIGKILLed mid-batch: each event has exactly one effect", async () => {
    const lectureId = await openLecture(stack, instructor, { title: "Replicas", capacity: 1_000 });
    const replicas = await Promise.all([stack.addReplica("lectures", CONSUMER_ENV), stack.addReplica("lectures", CONSUMER_ENV)]);
    onTestFinished(async () => {
      await Promise.all(replicas.map((r) => r.stop()));
    });
    const [victim, survivor] = replicas as [typeof replicas[0], typeof replicas[0]];
    const consumer = () => bus.jsm.consumers.info(bus.names.stream, COUNT);
    const deliveredBefore = (await consumer()).delivered.consumer_seq;
    const applied = (p: { url: string }) => metric(p.url, "events_handled_total", { consumer: COUNT, outcome: "applied" });
    const appliedBefore = await applied(lectures());

    const N = 600;
    const published = publishRegistered(lectureId, N);
    await waitFor("the victim to be handling the burst", async () => (await applied(victim)) >= 10, 30_000, 20);
    await victim.stop("SIGKILL");
    const countAtKill = await enrolment(stack, lectureId);
    const ids = await published;
    expect(countAtKill).toBeLessThan(N);

    const killedAt = performance.now();
    await waitFor(`all ${N} events to be counted`, async () => (await enrolment(stack, lectureId)) >= N, 60_000, 200);
    const doneMs = performance.now() - killedAt;
    expect(await enrolment(stack, lectureId)).toBe(N);
    expect(await count("lectures", "SELECT count(*)::int AS n FROM platform_inbox WHERE consumer = $1 AND event_id = ANY($2::uuid[])", [COUNT, ids])).toBe(N);
    const redelivered = (await consumer()).delivered.consumer_seq - deliveredBefore - N;
    // What the killed replica held unacknowledged came again, to the others.
    expect(redelivered).toBeGreaterThan(0);
    const survivorsApplied = (await applied(lectures())) - appliedBefore + (await applied(survivor));

    report.record("F3", {
      "events published": N,
      "counted when the replica was killed": countAtKill,
      "redeliveries after the kill (ack wait 5 s)": redelivered,
      "applied by the two survivors": survivorsApplied,
      "kill to all counted": `${Math.round(doneMs)} ms`,
      "events with other than one effect": 0,
    });
  });

  it("F4: the outbox relay killed between publishing and marking, down past the duplicate window: no loss, no double effect", async () => {
    const lectureId = await openLecture(stack, instructor, { title: "Relay crash", capacity: 50 });
    const crowd = await students(6);
    // Marking rows as sent now hangs, so the relay is caught after it published: then it is killed.
    await stack.sql("registrations", `CREATE FUNCTION hold_marking() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(600); RETURN NEW; END $$`);
    await stack.sql("registrations", `CREATE TRIGGER hold_marking BEFORE UPDATE ON platform_outbox FOR EACH ROW EXECUTE FUNCTION hold_marking()`);
    onTestFinished(async () => {
      await stack.sql("registrations", "DROP TRIGGER IF EXISTS hold_marking ON platform_outbox");
      await stack.sql("registrations", "DROP FUNCTION IF EXISTS hold_marking()");
      if (!registrations().running) await registrations().start();
    });
    const duplicatesBefore = await metric(lectures().url, "events_handled_total", { consumer: COUNT, outcome: "duplicate" });

    const ids = (await Promise.all(crowd.map((s) => register(stack, s, lectureId)))).map((r) => r.data!.registerForLecture.id as string);
    const relayHung = `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event = 'PgSleep' AND query LIKE 'UPDATE platform_outbox%'`;
    await waitFor("the relay to hang between publishing and marking", async () => (await stack.sql("registrations", relayHung)).length > 0);
    await waitFor("lectures to count what the relay published", async () => (await enrolment(stack, lectureId)) >= 1 && (await backlog("lectures")) === 0);
    await registrations().stop("SIGKILL");
    await stack.sql("registrations", `SELECT pg_terminate_backend(pid) FROM (${relayHung}) hung`);
    await stack.sql("registrations", "DROP TRIGGER hold_marking ON platform_outbox");
    const published = await enrolment(stack, lectureId);
    const unmarked = await count("registrations", "SELECT count(*)::int AS n FROM platform_outbox WHERE published_at IS NULL AND payload->>'type' = 'CourseRegistered' AND payload->>'subject' = ANY($1::text[])", [ids]);
    expect(unmarked).toBe(ids.length);

    // Down past JetStream's duplicate window: a probe message id published now is accepted again once it has passed.
    const probe = bus.names.eventSubject("e2e", "Probe");
    await bus.js.publish(probe, "{}", { msgID: "window-probe" });
    await waitFor("the duplicate window to pass", async () => !(await bus.js.publish(probe, "{}", { msgID: "window-probe" })).duplicate, 20_000, 250);

    await registrations().start();
    await waitFor("the relay to publish every row again", async () => (await count("registrations", "SELECT count(*)::int AS n FROM platform_outbox WHERE published_at IS NULL")) === 0);
    await enrolmentBecomes(stack, lectureId, ids.length);
    await waitFor("the republished events to reach lectures", async () =>
      (await metric(lectures().url, "events_handled_total", { consumer: COUNT, outcome: "duplicate" })) - duplicatesBefore >= published,
    );
    // Every event's effect, once: the count, the read model, and the registrations paid.
    await waitFor("the view to show every registration paid", async () =>
      (await count("views", "SELECT count(*)::int AS n FROM registration_view WHERE registration_id = ANY($1::uuid[]) AND status = 'PAID'", [ids])) === ids.length,
    );
    expect(await enrolment(stack, lectureId)).toBe(ids.length);
    expect(await stack.sql("views", "SELECT enrolled_count FROM lecture_view WHERE lecture_id = $1", [lectureId])).toEqual([{ enrolled_count: ids.length }]);
    const duplicates = (await metric(lectures().url, "events_handled_total", { consumer: COUNT, outcome: "duplicate" })) - duplicatesBefore;

    report.record("F4", {
      "registrations whose events were unmarked at the kill": unmarked,
      "of which published before the kill": published,
      "duplicates dropped by lectures' inbox after the restart": duplicates,
      "events lost / applied twice": "0 / 0",
    });
  });

  it("F5: poison events are dead-lettered after a bounded number of deliveries, shown to operators, and the consumer goes on", async () => {
    const lectureId = await openLecture(stack, instructor, { title: "After the poison", capacity: 10 });
    const [student] = await students(1);
    const subject = bus.names.eventSubject("registrations", "CourseRegistered");
    const parkedBefore = await metric(lectures().url, "events_dead_letters_parked", { consumer: COUNT });

    await bus.js.publish(subject, "{ not an event", { msgID: randomUUID() });
    const unknown = envelope("registrations", { type: "CourseRegisteredTwice", subject: randomUUID(), data: {} }, commandCausation(randomUUID()));
    await bus.js.publish(subject, JSON.stringify(unknown), { msgID: unknown.id });
    const [failing] = await publishRegistered(randomUUID(), 1);
    const publishedAt = performance.now();
    // The next event, behind the poison: applied while the failing one is still being retried.
    const next = await register(stack, student!, lectureId);
    expect(next.data?.registerForLecture.status).toBe("PAID");
    await enrolmentBecomes(stack, lectureId, 1);
    const nextAppliedMs = performance.now() - publishedAt;

    const dead = await waitFor("three dead letters", async () => {
      const rows = await stack.sql<{ event_id: string | null; reason: string; deliveries: number }>(
        "lectures",
        "SELECT event_id, reason, deliveries FROM platform_dead_letter WHERE consumer = $1 AND replayed_at IS NULL AND created_at >= now() - interval '1 minute' ORDER BY id",
        [COUNT],
      );
      return rows.length === 3 ? rows : null;
    }, 30_000, 200);
    const parkedMs = performance.now() - publishedAt;
    // In any order: a consumer handles events of different entities side by side.
    expect(dead).toHaveLength(3);
    expect(dead).toEqual(
      expect.arrayContaining([
        { event_id: null, reason: expect.stringMatching(/^malformed envelope/), deliveries: 1 },
        { event_id: unknown.id, reason: "unknown event type CourseRegisteredTwice", deliveries: 1 },
        { event_id: failing, reason: expect.stringContaining("lecture not known yet"), deliveries: MAX_DELIVERIES },
      ]),
    );
    // Visible to operators: the metric and the CLI.
    expect(await metric(lectures().url, "events_dead_letters_parked", { consumer: COUNT })).toBe(parkedBefore + 3);
    expect(await metric(lectures().url, "events_dead_lettered_total", { consumer: COUNT })).toBeGreaterThanOrEqual(3);
    const listed = await deadLettersCli(stack, "lectures", "list");
    expect(listed).toContain(unknown.id);
    expect(listed).toContain(failing);
    // The consumer is still going.
    const [later] = await students(1);
    expect((await register(stack, later!, lectureId)).data?.registerForLecture.status).toBe("PAID");
    await enrolmentBecomes(stack, lectureId, 2);

    report.record("F5", {
      "malformed / unknown type": "dead-lettered on delivery 1",
      "failing in its handler": `dead-lettered on delivery ${MAX_DELIVERIES} (EVENT_MAX_DELIVERIES)`,
      "next event (a registration) counted after": `${Math.round(nextAppliedMs)} ms`,
      "all three parked after": `${Math.round(parkedMs)} ms`,
      "shown in events_dead_letters_parked and the CLI": "3 of 3",
    });
  });
});
