/**
 * The vaccines context's dose calls and policies on real PostgreSQL and real NATS: the
 * reserve and release calls over NATS request/reply (answered by the context's own handlers),
 * idempotent by booking id and never booking past the stock under concurrent calls, and the
 * policies that consume an injected dose and release a canceled or abandoned booking's dose,
 * once however often their event is delivered.
 */
import { randomUUID } from "node:crypto";
import { injectionEvents } from "@supergraph/contracts/injections";
import { vaccinationBookingEvents } from "@supergraph/contracts/vaccination-bookings";
import type { ReleaseDoseRequest, ReleaseDoseResult, ReserveDoseRequest, ReserveDoseResult } from "@supergraph/contracts/vaccines";
import { answerSyncCall, createLogger, createMetrics, DomainError, syncCall } from "@supergraph/platform";
import { PolicyHarness, type PolicyDeps } from "@supergraph/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { doseAnswers } from "./commands/doses.ts";
import { registerVaccine } from "./commands/register-vaccine.ts";
import { consumeInjectedDose, releaseAbandonedDose, releaseCanceledDose } from "./policies/doses.ts";

const log = createLogger("vaccines-test", "silent");
let harness: PolicyHarness;
let deps: PolicyDeps;
let answerers: { drain(): Promise<void> }[] = [];
let reserve: (r: ReserveDoseRequest) => Promise<ReserveDoseResult>;
let release: (r: ReleaseDoseRequest) => Promise<ReleaseDoseResult>;

beforeAll(async () => {
  harness = await PolicyHarness.start({
    context: "vaccines",
    policies: (given) => {
      deps = given;
      return [consumeInjectedDose, releaseCanceledDose, releaseAbandonedDose];
    },
  });
  const answers = doseAnswers(deps.transact);
  const subject = (op: string) => harness.bus.names.syncSubject("vaccines", op);
  answerers = [answerSyncCall(harness.bus.nc, subject("reserveDose"), answers.reserveDose, log), answerSyncCall(harness.bus.nc, subject("releaseDose"), answers.releaseDose, log)];
  const options = (op: string) => ({ nc: harness.bus.nc, subject: subject(op), name: `vaccines.${op}`, timeoutMs: 2_000, unavailable: { code: "VACCINES_UNAVAILABLE", message: "down" }, log, metrics: createMetrics(`vaccines-test-${op}`) });
  reserve = syncCall(options("reserveDose"));
  release = syncCall(options("releaseDose"));
});
afterAll(async () => {
  await Promise.all(answerers.map((a) => a.drain()));
  await harness?.stop();
});

const vaccine = (stock: number) => registerVaccine({ sql: harness.sql, transact: deps.transact }, randomUUID(), { name: `Vaccine ${randomUUID()}`, stock }, new Date());
const quantities = async (id: string) => (await harness.rows<{ stock: number; booked: number }>("SELECT stock, booked FROM vaccine WHERE id = $1", id))[0]!;
const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => (error instanceof DomainError ? error.code : error));

describe("reserve a dose (sync call)", () => {
  it("reserves one dose per booking: a retry answers the same reservation and books nothing twice", async () => {
    const v = await vaccine(3);
    const bookingId = randomUUID();
    expect(await reserve({ bookingId, vaccineId: v.id })).toEqual({ vaccineId: v.id, vaccineName: v.name });
    expect(await reserve({ bookingId, vaccineId: v.id })).toEqual({ vaccineId: v.id, vaccineName: v.name });
    expect(await quantities(v.id)).toEqual({ stock: 3, booked: 1 });
    expect((await harness.recorded("DoseReserved")).filter((e) => (e.data as { bookingId: string }).bookingId === bookingId)).toHaveLength(1);
  });

  it("refuses OUT_OF_STOCK at stock - booked < 1, and VACCINE_NOT_FOUND for an unknown vaccine, storing nothing", async () => {
    const v = await vaccine(1);
    await reserve({ bookingId: randomUUID(), vaccineId: v.id });
    const late = randomUUID();
    expect(await refusal(reserve({ bookingId: late, vaccineId: v.id }))).toBe("OUT_OF_STOCK");
    expect(await refusal(reserve({ bookingId: randomUUID(), vaccineId: randomUUID() }))).toBe("VACCINE_NOT_FOUND");
    expect(await refusal(reserve({ bookingId: "not-a-uuid", vaccineId: v.id } as ReserveDoseRequest))).toBe("INVALID_DOSE_REQUEST");
    expect(await quantities(v.id)).toEqual({ stock: 1, booked: 1 });
    expect(await harness.rows("SELECT 1 FROM dose WHERE booking_id = $1", late)).toEqual([]);
  });

  it("60 concurrent reservations for 20 doses: exactly 20 reserved", async () => {
    const v = await vaccine(20);
    const outcomes = await Promise.all(Array.from({ length: 60 }, () => refusal(reserve({ bookingId: randomUUID(), vaccineId: v.id }))));
    expect(outcomes.filter((o) => o === null)).toHaveLength(20);
    expect(outcomes.filter((o) => o === "OUT_OF_STOCK")).toHaveLength(40);
    expect(await quantities(v.id)).toEqual({ stock: 20, booked: 20 });
    expect(await harness.rows("SELECT 1 FROM dose WHERE vaccine_id = $1 AND status = 'RESERVED'", v.id)).toHaveLength(20);
  });
});

describe("release a dose (sync call)", () => {
  it("releases once (booked - 1, stock unchanged); a second release changes nothing", async () => {
    const v = await vaccine(2);
    const bookingId = randomUUID();
    await reserve({ bookingId, vaccineId: v.id });
    expect(await release({ bookingId, vaccineId: v.id })).toEqual({ released: true });
    expect(await release({ bookingId, vaccineId: v.id })).toEqual({ released: false });
    expect(await quantities(v.id)).toEqual({ stock: 2, booked: 0 });
  });

  it("a release before any reservation marks the dose released, so the late reservation is refused", async () => {
    const v = await vaccine(2);
    const bookingId = randomUUID();
    expect(await release({ bookingId, vaccineId: v.id })).toEqual({ released: false });
    expect(await refusal(reserve({ bookingId, vaccineId: v.id }))).toBe("DOSE_RELEASED");
    expect(await quantities(v.id)).toEqual({ stock: 2, booked: 0 });
  });
});

describe("the dose policies", () => {
  it("an injection consumes its dose (stock - 1, booked - 1) once, however often InjectionCompleted comes", async () => {
    const v = await vaccine(5);
    const bookingId = randomUUID();
    await reserve({ bookingId, vaccineId: v.id });
    const facts = { injectionId: randomUUID(), bookingId, customerId: randomUUID(), vaccineId: v.id, managerId: randomUUID() };
    const completed = await harness.publish(injectionEvents.InjectionCompleted, { subject: bookingId, data: facts });
    await harness.waitForRow("the dose consumed", "SELECT status::text AS status FROM dose WHERE booking_id = $1", [bookingId], (r: { status: string }) => r.status === "CONSUMED");
    await harness.redeliver(completed);
    await harness.settled();
    expect(await quantities(v.id)).toEqual({ stock: 4, booked: 0 });
    expect((await harness.recorded("DoseConsumed")).filter((e) => (e.data as { bookingId: string }).bookingId === bookingId)).toHaveLength(1);
  });

  it("a canceled booking's dose and an abandoned booking's dose are released once each", async () => {
    const v = await vaccine(5);
    const [canceledId, abandonedId] = [randomUUID(), randomUUID()];
    await reserve({ bookingId: canceledId, vaccineId: v.id });
    await reserve({ bookingId: abandonedId, vaccineId: v.id });
    const customerId = randomUUID();
    const canceled = await harness.publish(vaccinationBookingEvents.VaccinationBookingCanceled, { subject: canceledId, data: { bookingId: canceledId, customerId, vaccineId: v.id } });
    await harness.publish(vaccinationBookingEvents.VaccinationBookingAbandoned, { subject: abandonedId, data: { bookingId: abandonedId, customerId, vaccineId: v.id } });
    await harness.waitForRow("both doses released", "SELECT count(*)::int AS n FROM dose WHERE booking_id = ANY($1::uuid[]) AND status = 'RELEASED'", [[canceledId, abandonedId]], (r: { n: number }) => r.n === 2);
    await harness.redeliver(canceled);
    await harness.settled();
    expect(await quantities(v.id)).toEqual({ stock: 5, booked: 0 });
    expect(await harness.deadLetters()).toEqual([]);
  });
});
