import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { metric } from "../harness/metrics.ts";
import { Stack, waitFor, type SignedIn } from "../harness/stack.ts";
import { enrolment, enrolmentBecomes, openLecture, register, registrationStatus } from "./helpers.ts";

/** System 1's failure scenarios: a context down, a slow callee, replicas, a redelivered event. */
describe("course registration under faults", () => {
  let stack: Stack;
  let instructor: SignedIn;
  const registrations = () => stack.service("registrations");
  const payments = () => stack.service("payments");
  const lectures = () => stack.service("lectures");

  beforeAll(async () => {
    stack = await Stack.start({ registrations: { PAYMENT_BREAKER_RESET_MS: "2000", SEAT_HOLD_TIMEOUT_MS: "5000" } });
    instructor = await stack.signUp("INSTRUCTOR");
  });
  afterAll(() => stack?.stop());

  const students = (n: number) => Promise.all(Array.from({ length: n }, () => stack.signUp("STUDENT")));
  const liveRegistrations = async (lectureId: string) =>
    (await stack.sql<{ n: number }>("registrations", "SELECT count(*)::int AS n FROM registration WHERE lecture_id = $1", [lectureId]))[0]!.n;

  it("payment stopped: registering fails with the typed error and stores nothing; restarted: it succeeds", async () => {
    const lectureId = await openLecture(stack, instructor, { title: "While payments sleeps", capacity: 5 });
    const [student] = await students(1);
    await payments().stop();
    onTestFinished(() => (payments().running ? undefined : payments().start()));

    const refused = await register(stack, student!, lectureId);
    expect(refused.data).toBeNull();
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "PAYMENT_UNAVAILABLE" });
    expect(await liveRegistrations(lectureId)).toBe(0);
    expect(await stack.sql("registrations", "SELECT * FROM seat_hold")).toEqual([]);
    expect((await stack.sql("registrations", "SELECT taken FROM offered_lecture WHERE id = $1", [lectureId]))[0]).toEqual({ taken: 0 });

    await payments().start();
    const accepted = await waitFor("registering to succeed again", async () => (await register(stack, student!, lectureId)).data?.registerForLecture, 20_000, 250);
    expect(accepted.status).toBe("REGISTERED");
    await registrationStatus(stack, student!, accepted.id, "PAID");
  });

  it("payment slower than the timeout: the breaker opens, calls fail fast, and it closes after recovery", async () => {
    const lectureId = await openLecture(stack, instructor, { title: "Slow payments", capacity: 50 });
    const crowd = await students(12);
    // The production timeout (the harness gives cold test processes more), against a callee slower than it.
    await registrations().stop();
    await registrations().start({ PAYMENT_TIMEOUT_MS: "800" });
    onTestFinished(async () => {
      await registrations().stop();
      await registrations().start();
    });
    await payments().stop();
    await payments().start({ PAYMENT_LATENCY_MS: "1500" });

    const slow = await Promise.all(crowd.slice(0, 8).map((s) => register(stack, s, lectureId)));
    expect(slow.map((r) => r.errors?.[0]?.extensions?.code)).toEqual(Array(8).fill("PAYMENT_UNAVAILABLE"));
    await waitFor("the breaker to open", async () => (await metric(registrations().url, "sync_call_breaker_open", { call: "payments.charge" })) === 1);

    // While open, calls are refused by the breaker itself, without reaching payments.
    const rejectedBefore = await metric(registrations().url, "sync_calls_total", { call: "payments.charge", outcome: "rejected_open" });
    const fast = await register(stack, crowd[8]!, lectureId);
    expect(fast.errors?.[0]?.extensions).toMatchObject({ code: "PAYMENT_UNAVAILABLE", retryable: true });
    expect(await metric(registrations().url, "sync_calls_total", { call: "payments.charge", outcome: "rejected_open" })).toBe(rejectedBefore + 1);
    expect(await liveRegistrations(lectureId)).toBe(0);

    // Charges that landed after their caller gave up are voided: no payment without registration.
    await waitFor("late charges to be voided", async () => {
      const completed = await stack.sql<{ reference: string }>("payments", "SELECT reference FROM payment WHERE status = 'COMPLETED'");
      const registered = await stack.sql<{ id: string }>("registrations", "SELECT id::text FROM registration WHERE id::text = ANY($1::text[])", [
        completed.map((p) => p.reference),
      ]);
      return completed.length === registered.length;
    }, 20_000, 200);

    await payments().stop();
    await payments().start();
    const recovered = await waitFor("the breaker to let calls through again", async () => (await register(stack, crowd[9]!, lectureId)).data?.registerForLecture, 20_000, 250);
    expect(recovered.status).toBe("REGISTERED");
    expect(await metric(registrations().url, "sync_call_breaker_open", { call: "payments.charge" })).toBe(0);
  });

  it("lectures stopped: registrations are still accepted and the enrolment catches up exactly", async () => {
    const lectureId = await openLecture(stack, instructor, { title: "Lectures offline", capacity: 20 });
    const crowd = await students(6);
    await lectures().stop();
    onTestFinished(() => (lectures().running ? undefined : lectures().start()));
    const results = await Promise.all(crowd.map((s) => register(stack, s, lectureId)));
    // Registered, though the lecture's own fields cannot be fetched meanwhile.
    expect(results.map((r) => r.data?.registerForLecture?.status)).toEqual(Array(6).fill("REGISTERED"));
    expect(results[0]!.errors?.[0]?.extensions).toMatchObject({ code: "SUBGRAPH_UNAVAILABLE", service: "lectures", retryable: true });
    // A canceled one while lectures is down: the count must net it out.
    const canceledId = results[0]!.data!.registerForLecture.id;
    await stack.gql(`mutation($id: ID!) { cancelRegistration(id: $id) { id } }`, { id: canceledId }, crowd[0]!.token);
    expect((await stack.sql("lectures", "SELECT enrolled_count FROM lecture WHERE id = $1", [lectureId]))[0]).toEqual({ enrolled_count: 0 });

    await lectures().start();
    await enrolmentBecomes(stack, lectureId, 5);
    const handled = await stack.sql<{ n: number }>("lectures", "SELECT count(*)::int AS n FROM platform_inbox WHERE consumer LIKE 'lectures-%count-registration'");
    expect(handled[0]!.n).toBeGreaterThanOrEqual(6);
  });

  it("two replicas of lectures share the consumer: every enrolment counted exactly once", async () => {
    const lectureId = await openLecture(stack, instructor, { title: "Scaled out", capacity: 100 });
    const replica = await stack.addReplica("lectures");
    const crowd = await students(30);
    const results = await Promise.all(crowd.map((s) => register(stack, s, lectureId)));
    expect(results.filter((r) => !r.data?.registerForLecture).map((r) => r.errors)).toEqual([]);
    await enrolmentBecomes(stack, lectureId, 30);
    const [a, b] = await Promise.all([lectures(), replica].map((p) => metric(p.url, "events_handled_total", { consumer: "lectures-count-registration", outcome: "applied" })));
    expect(a! + b!).toBeGreaterThanOrEqual(30);
    await replica.stop();
    expect(await enrolment(stack, lectureId)).toBe(30);
  });

  it("the same event delivered twice, or re-published by a relay that died before marking it sent, has no second effect", async () => {
    const lectureId = await openLecture(stack, instructor, { title: "Redelivery", capacity: 10 });
    const [student] = await students(1);
    const registrationId = (await register(stack, student!, lectureId)).data!.registerForLecture.id as string;
    await enrolmentBecomes(stack, lectureId, 1);

    // The relay died between publishing and marking: it publishes the same rows again.
    await stack.sql("registrations", "UPDATE platform_outbox SET published_at = NULL WHERE payload->>'subject' = $1", [registrationId]);
    await waitFor("the relay to publish again", async () =>
      (await stack.sql("registrations", "SELECT 1 FROM platform_outbox WHERE published_at IS NULL")).length === 0,
    );
    // And a broker redelivery past JetStream's duplicate window: same event, new message id.
    const bus = await stack.bus();
    const [row] = await stack.sql<{ subject: string; payload: unknown }>(
      "registrations",
      "SELECT subject, payload FROM platform_outbox WHERE payload->>'type' = 'CourseRegistered' AND payload->>'subject' = $1",
      [registrationId],
    );
    const duplicatesBefore = await metric(lectures().url, "events_handled_total", { consumer: "lectures-count-registration", outcome: "duplicate" });
    await bus.js.publish(row!.subject, JSON.stringify(row!.payload), { msgID: `redelivery-${registrationId}` });
    await waitFor("lectures to see the duplicate", async () =>
      (await metric(lectures().url, "events_handled_total", { consumer: "lectures-count-registration", outcome: "duplicate" })) > duplicatesBefore,
    );
    expect(await enrolment(stack, lectureId)).toBe(1);
    const board = await stack.sql("views", "SELECT enrolled_count FROM lecture_view WHERE lecture_id = $1", [lectureId]);
    expect(board).toEqual([{ enrolled_count: 1 }]);
  });
});
