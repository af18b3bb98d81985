import { randomUUID } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { lectureEvents } from "@supergraph/contracts/lectures";
import type { ChargeRequest, ChargeResult } from "@supergraph/contracts/payments";
import {
  admission,
  applyMigrations,
  CallNotSentError,
  commandCausation,
  contextMigrations,
  createLogger,
  DomainError,
  platformMigrations,
  repoRoot,
  ServiceUnavailableError,
  type EventEnvelope,
  type Viewer,
} from "@supergraph/platform";
import { testEnv } from "@supergraph/testkit/env";
import { PolicyHarness } from "@supergraph/testkit/policy-harness";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cancelRegistration } from "./commands/cancel.ts";
import { register, type RegisterDeps } from "./commands/register.ts";
import type { Registration } from "./domain/registration.ts";
import { findRegistrations } from "./infra/registration-store.ts";
import { offerLecture, withdrawLecture } from "./policies/lecture-replica.ts";

const log = createLogger("registrations-test", "silent");

/** Registrations' commands, store and lecture-replica policies on real PostgreSQL and NATS. */
describe("registrations", () => {
  let harness: PolicyHarness;
  /** What payments was asked to charge, and how it answers (a charged payment, or an error). */
  let charges: ChargeRequest[];
  let answer: (request: ChargeRequest) => Promise<ChargeResult>;
  /** Whether payments' breaker is open (the guard refuses before anything is held). */
  let breakerOpen = false;
  let deps: RegisterDeps;

  beforeAll(async () => {
    harness = await PolicyHarness.start({ context: "registrations", policies: [offerLecture, withdrawLecture] });
    charges = [];
    deps = {
      transact: harness.transact,
      // payments' side of the sync call (its own integration test covers it): records the request, answers as told.
      charge: (request: ChargeRequest) => {
        charges.push(request);
        return answer(request);
      },
      // The platform's admission over a breaker that is open when the test says so.
      admit: admission({
        limit: 2,
        maxWaitMs: 5_000,
        busy: () => new Error("busy"),
        callee: {
          refusing: () => breakerOpen,
          refusal: () => new CallNotSentError("PAYMENT_UNAVAILABLE", "breaker open"),
          enter: () => {
            if (breakerOpen) throw new CallNotSentError("PAYMENT_UNAVAILABLE", "breaker open");
            return () => undefined;
          },
          onRefusing: () => undefined,
        },
      }),
      clock: () => new Date(),
      log,
    };
  });
  afterAll(async () => {
    await harness?.stop();
  });

  const charged = async () => ({ paymentId: randomUUID(), status: "COMPLETED" as const });
  const offered = async (capacity = 2, price = 12_000) => {
    const lectureId = randomUUID();
    await harness.publish(lectureEvents.LectureOpened, { subject: lectureId, data: { lectureId, instructorId: randomUUID(), title: "Category theory", price, capacity } });
    await harness.waitForRow("the lecture on offer", `SELECT id FROM offered_lecture WHERE id = $1`, [lectureId]);
    return lectureId;
  };
  const taken = async (lectureId: string) => (await harness.rows<{ taken: number }>(`SELECT taken FROM offered_lecture WHERE id = $1`, lectureId))[0]?.taken;
  const holds = (lectureId: string) => harness.rows(`SELECT registration_id FROM seat_hold WHERE lecture_id = $1`, lectureId);
  /** Events recorded in the outbox about one registration (its id is their case). */
  const recordedFor = async (registrationId: string) => (await harness.recorded()).filter((e) => e.correlationid === registrationId);
  const codeOf = (run: Promise<unknown>) =>
    run.then(
      () => "no refusal",
      (error: unknown) => (error instanceof DomainError ? error.code : String(error)),
    );
  const student = (): Viewer => ({ userId: randomUUID(), roles: ["STUDENT"], token: "" });
  const cancelBy = (viewer: Viewer, id: string) =>
    harness.transact((tx, record) => cancelRegistration(tx, record, id, { viewer, reason: "STUDENT_CANCELED" }, { now: new Date(), causation: commandCausation(id) }));

  it("keeps a lecture on offer once: a redelivered LectureOpened leaves its taken seats as they are", async () => {
    answer = charged;
    const lectureId = await offered();
    await register(deps, lectureId, randomUUID());
    const opened = (await harness.recorded()).length;

    const again = await harness.publish(lectureEvents.LectureOpened, { subject: lectureId, data: { lectureId, instructorId: randomUUID(), title: "Renamed", price: 1, capacity: 99 } });
    await harness.redeliver(again);
    await harness.settled();

    expect(await harness.rows(`SELECT title, price, capacity, status::text, taken FROM offered_lecture WHERE id = $1`, lectureId)).toEqual([
      { title: "Category theory", price: 12_000, capacity: 2, status: "OPEN", taken: 1 },
    ]);
    expect((await harness.recorded()).length).toBe(opened);
  });

  it("registers a student once charged: stored PAID with its seat, CourseRegistered then RegistrationPaid recorded", async () => {
    answer = charged;
    const lectureId = await offered(2, 4_500);
    const studentId = randomUUID();

    const registration = await register(deps, lectureId, studentId);

    expect(charges.at(-1)).toEqual({ reference: registration.id, purpose: "COURSE_REGISTRATION", payerId: studentId, amount: 4_500 });
    const [stored] = await findRegistrations(harness.sql, [registration.id]);
    expect(stored).toEqual<Registration>({
      ...registration,
      lectureId,
      studentId,
      amount: 4_500,
      status: "PAID",
      cancellationReason: null,
      paidAt: registration.registeredAt,
      canceledAt: null,
    });
    expect(await taken(lectureId)).toBe(1);
    expect(await holds(lectureId)).toEqual([]);
    const events = await recordedFor(registration.id);
    expect(events.map((e) => e.type)).toEqual(["CourseRegistered", "RegistrationPaid"]);
    expect(events[0]).toMatchObject({ source: "/contexts/registrations", data: { registrationId: registration.id, paymentId: stored!.paymentId, amount: 4_500 } });
    expect(new Set(events.map((e) => e.causationid)).size).toBe(1);
  });

  it("refuses a second registration of the student (ALREADY_REGISTERED) and a full lecture (LECTURE_FULL), charging neither", async () => {
    answer = charged;
    const lectureId = await offered(1);
    const studentId = randomUUID();
    await register(deps, lectureId, studentId);
    const asked = charges.length;

    expect(await codeOf(register(deps, lectureId, studentId))).toBe("ALREADY_REGISTERED");
    expect(await codeOf(register(deps, lectureId, randomUUID()))).toBe("LECTURE_FULL");
    expect(charges.length).toBe(asked);
    expect(await taken(lectureId)).toBe(1);
  });

  it("gives the seat back when payments cannot answer, and asks payments to call the reference off", async () => {
    answer = async () => {
      throw new ServiceUnavailableError("PAYMENT_UNAVAILABLE", "payments did not answer");
    };
    const lectureId = await offered();
    const studentId = randomUUID();

    expect(await codeOf(register(deps, lectureId, studentId))).toBe("PAYMENT_UNAVAILABLE");

    const reference = charges.at(-1)!.reference;
    expect(await taken(lectureId)).toBe(0);
    expect(await holds(lectureId)).toEqual([]);
    expect(await findRegistrations(harness.sql, [reference])).toEqual([]);
    const events = await recordedFor(reference);
    expect(events.map((e) => [e.type, e.subject, e.data])).toEqual([
      ["RegistrationAbandoned", reference, { registrationId: reference, lectureId, studentId }],
      ["PaymentCancellationRequested", reference, { reference, purpose: "COURSE_REGISTRATION", payerId: studentId, reason: "REGISTRATION_ABANDONED" }],
    ]);
  });

  it("refuses while payments' breaker is open before holding anything: no charge asked, no hold, no event", async () => {
    answer = charged;
    const lectureId = await offered();
    const asked = charges.length;
    const before = (await harness.recorded()).length;
    breakerOpen = true;
    try {
      expect(await codeOf(register(deps, lectureId, randomUUID()))).toBe("PAYMENT_UNAVAILABLE");
    } finally {
      breakerOpen = false;
    }

    expect(charges.length).toBe(asked);
    expect(await taken(lectureId)).toBe(0);
    expect(await holds(lectureId)).toEqual([]);
    expect((await harness.recorded()).length).toBe(before);
  });

  it("frees the seat of a charge the breaker refused (it opened while this one waited) without calling anything off", async () => {
    answer = async () => {
      throw new CallNotSentError("PAYMENT_UNAVAILABLE", "breaker open");
    };
    const lectureId = await offered();

    expect(await codeOf(register(deps, lectureId, randomUUID()))).toBe("PAYMENT_UNAVAILABLE");

    expect(await taken(lectureId)).toBe(0);
    expect(await holds(lectureId)).toEqual([]);
    expect(await recordedFor(charges.at(-1)!.reference)).toEqual([]);
  });

  it("frees the seat of a declined charge without calling anything off (nothing was charged)", async () => {
    answer = async () => {
      throw new DomainError("PAYMENT_DECLINED", "declined");
    };
    const lectureId = await offered();

    expect(await codeOf(register(deps, lectureId, randomUUID()))).toBe("PAYMENT_DECLINED");

    expect(await taken(lectureId)).toBe(0);
    expect(await recordedFor(charges.at(-1)!.reference)).toEqual([]);
  });

  it("cancels a registration by its student: seat freed, RegistrationCanceled and the payment's cancellation request recorded together; a second cancel is refused", async () => {
    answer = charged;
    const lectureId = await offered();
    const viewer = student();
    const registration = await register(deps, lectureId, viewer.userId);

    expect(await codeOf(cancelBy(student(), registration.id))).toBe("REGISTRATION_NOT_FOUND");
    const canceled = await cancelBy(viewer, registration.id);

    expect(canceled).toMatchObject({ status: "CANCELED", cancellationReason: "STUDENT_CANCELED", canceledAt: expect.any(Date) });
    expect((await findRegistrations(harness.sql, [registration.id]))[0]).toEqual(canceled);
    expect(await taken(lectureId)).toBe(0);
    const events = (await recordedFor(registration.id)).slice(2);
    expect(events.map((e) => [e.type, e.data])).toEqual([
      ["RegistrationCanceled", { registrationId: registration.id, lectureId, studentId: viewer.userId, paymentId: registration.paymentId, reason: "STUDENT_CANCELED" }],
      ["PaymentCancellationRequested", { reference: registration.id, purpose: "COURSE_REGISTRATION", payerId: viewer.userId, reason: "STUDENT_CANCELED" }],
    ]);
    expect(events[0]!.causationid).toBe(events[1]!.causationid);

    expect(await codeOf(cancelBy(viewer, registration.id))).toBe("REGISTRATION_ALREADY_CANCELED");
    expect(await recordedFor(registration.id)).toHaveLength(4);
    expect(await taken(lectureId)).toBe(0);
  });

  it("withdraws a canceled lecture: every live registration canceled for LECTURE_CANCELED with its payment request, caused by the event; a redelivery changes nothing", async () => {
    answer = charged;
    const lectureId = await offered(3);
    const viewers = [student(), student(), student()];
    const [first, second, third] = await Promise.all(viewers.map((v) => register(deps, lectureId, v.userId)));
    await cancelBy(viewers[0]!, first!.id);

    const event = await harness.publish(lectureEvents.LectureCanceled, { subject: lectureId, data: { lectureId, instructorId: randomUUID() } });
    await harness.waitForRow("the lecture withdrawn", `SELECT status::text FROM offered_lecture WHERE id = $1`, [lectureId], (r: { status: string }) => r.status === "CANCELED");
    await harness.redeliver(event);
    await harness.settled();

    const rows = await findRegistrations(harness.sql, [first!.id, second!.id, third!.id]);
    expect(Object.fromEntries(rows.map((r) => [r.id, [r.status, r.cancellationReason]]))).toEqual({
      [first!.id]: ["CANCELED", "STUDENT_CANCELED"],
      [second!.id]: ["CANCELED", "LECTURE_CANCELED"],
      [third!.id]: ["CANCELED", "LECTURE_CANCELED"],
    });
    expect(await taken(lectureId)).toBe(0);
    const causedByEvent = (await harness.recorded()).filter((e) => e.causationid === event.id) as EventEnvelope<string, { reason: string }>[];
    expect(causedByEvent.map((e) => [e.type, e.subject, e.data.reason]).sort()).toEqual(
      [
        ["PaymentCancellationRequested", second!.id, "LECTURE_CANCELED"],
        ["PaymentCancellationRequested", third!.id, "LECTURE_CANCELED"],
        ["RegistrationCanceled", second!.id, "LECTURE_CANCELED"],
        ["RegistrationCanceled", third!.id, "LECTURE_CANCELED"],
      ].sort(),
    );
    expect(causedByEvent.every((e) => e.correlationid === event.correlationid)).toBe(true);
    expect(await codeOf(register(deps, lectureId, randomUUID()))).toBe("LECTURE_CANCELED");
  });

  it("has no REGISTERED to store: the stored status is the SDL's, PAID or CANCELED", async () => {
    const insert = harness.pool.query(
      `INSERT INTO registration (id, lecture_id, student_id, payment_id, amount, status) VALUES ($1, $2, $3, $4, 100, 'REGISTERED')`,
      [randomUUID(), randomUUID(), randomUUID(), randomUUID()],
    );
    await expect(insert).rejects.toMatchObject({ code: "22P02", message: expect.stringContaining('invalid input value for enum "RegistrationStatus"') });
  });
});

describe("registrations' migrations", () => {
  it("make a row an older version left REGISTERED paid as of its registration, and leave the others as they are", async () => {
    const admin = new pg.Client({ connectionString: testEnv().postgresUrl });
    const database = `registrations_migration_${randomUUID().replace(/-/g, "").slice(0, 10)}`;
    const firstOnly = mkdtempSync(join(tmpdir(), "registrations-migrations-"));
    await admin.connect();
    await admin.query(`CREATE DATABASE "${database}"`);
    const url = new URL(testEnv().postgresUrl);
    url.pathname = `/${database}`;
    const pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
    // pool.end() resolves before its clients have closed: the DROP ... WITH (FORCE) below may end
    // one still closing, whose "terminating connection" error must not surface as unhandled.
    pool.on("error", () => undefined);
    try {
      const all = contextMigrations(repoRoot, "registrations");
      const [init] = readdirSync(all).sort();
      cpSync(join(all, init!), join(firstOnly, init!), { recursive: true });
      await applyMigrations(pool, [{ dir: platformMigrations, scope: "platform" }, { dir: firstOnly, scope: "registrations" }], log);
      const [old, paid, canceled] = [randomUUID(), randomUUID(), randomUUID()];
      await pool.query(
        `INSERT INTO registration (id, lecture_id, student_id, payment_id, amount, status, registered_at, paid_at, canceled_at) VALUES
          ($1, gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), 100, 'REGISTERED', '2026-11-01T10:00:00Z', NULL, NULL),
          ($2, gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), 100, 'PAID', '2026-11-02T10:00:00Z', '2026-11-02T10:00:01Z', NULL),
          ($3, gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), 100, 'CANCELED', '2026-11-03T10:00:00Z', NULL, '2026-11-04T10:00:00Z')`,
        [old, paid, canceled],
      );

      const applied = await applyMigrations(pool, [{ dir: platformMigrations, scope: "platform" }, { dir: all, scope: "registrations" }], log);

      expect(applied).toEqual(expect.arrayContaining(["registrations/20261201212850_registered_is_live_only", "registrations/20261202011131_registered_removed"]));
      const rows = (await pool.query(`SELECT id, status::text, paid_at, canceled_at FROM registration ORDER BY registered_at`)).rows;
      expect(rows).toEqual([
        { id: old, status: "PAID", paid_at: new Date("2026-11-01T10:00:00Z"), canceled_at: null },
        { id: paid, status: "PAID", paid_at: new Date("2026-11-02T10:00:01Z"), canceled_at: null },
        { id: canceled, status: "CANCELED", paid_at: null, canceled_at: new Date("2026-11-04T10:00:00Z") },
      ]);
    } finally {
      await pool.end();
      await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await admin.end();
      rmSync(firstOnly, { recursive: true, force: true });
    }
  });
});
