/**
 * The vaccination-bookings context on real PostgreSQL and real NATS: a booking made through the
 * real reserve-a-dose call (answered here over NATS request/reply as vaccines would, or not at
 * all while "down") is stored with VaccinationBooked only when its dose is reserved; a lost
 * answer records VaccinationBookingAbandoned and stores nothing; the record-injection policy
 * makes it INJECTED once, however often InjectionCompleted is delivered.
 */
import { randomUUID } from "node:crypto";
import { injectionEvents } from "@supergraph/contracts/injections";
import type { ReleaseDoseRequest, ReleaseDoseResult, ReserveDoseRequest, ReserveDoseResult } from "@supergraph/contracts/vaccines";
import { admission, answerSyncCall, createLogger, createMetrics, DomainError, syncCall } from "@supergraph/platform";
import { PolicyHarness, type PolicyDeps } from "@supergraph/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bookVaccination, type BookVaccinationDeps } from "./commands/book-vaccination.ts";
import { BookingError } from "./domain/vaccination-booking.ts";
import { recordInjection } from "./policies/record-injection.ts";

const log = createLogger("vaccination-bookings-test", "silent");
let harness: PolicyHarness;
let deps: PolicyDeps;
let booking: BookVaccinationDeps;
const answerers: { drain(): Promise<void> }[] = [];
/** What vaccines does with a reservation: answer it, refuse it (out of stock) or not answer ("down"). */
let vaccines: "up" | "empty" | "down" = "up";
const reserved: string[] = [];

beforeAll(async () => {
  harness = await PolicyHarness.start({
    context: "vaccination-bookings",
    policies: (given) => {
      deps = given;
      return [recordInjection];
    },
  });
  const subject = (op: string) => harness.bus.names.syncSubject("vaccines", op);
  answerers.push(
    answerSyncCall<ReserveDoseRequest, ReserveDoseResult>(harness.bus.nc, subject("reserveDose"), async (r) => {
      if (vaccines === "down") throw new Error("vaccines is down");
      if (vaccines === "empty") throw new DomainError("OUT_OF_STOCK", "No dose left.");
      reserved.push(r.bookingId);
      return { vaccineId: r.vaccineId, vaccineName: "Comirnaty" };
    }, log),
    answerSyncCall<ReleaseDoseRequest, ReleaseDoseResult>(harness.bus.nc, subject("releaseDose"), async () => ({ released: true }), log),
  );
  const options = (op: string) => ({ nc: harness.bus.nc, subject: subject(op), name: `vaccines.${op}`, timeoutMs: 300, unavailable: { code: "VACCINES_UNAVAILABLE", message: "down" }, log, metrics: createMetrics(`bookings-test-${op}`) });
  const reserveDose = syncCall<ReserveDoseRequest, ReserveDoseResult>(options("reserveDose"));
  const releaseDose = syncCall<ReleaseDoseRequest, ReleaseDoseResult>(options("releaseDose"));
  const admit = admission({ callee: reserveDose, limit: 4, maxWaitMs: 2_000, busy: () => BookingError.unavailable("BOOKINGS_BUSY", "busy") });
  booking = { sql: harness.sql, transact: deps.transact, reserveDose, releaseDose, admit, log };
});
afterAll(async () => {
  await Promise.all(answerers.map((a) => a.drain()));
  await harness?.stop();
});

const now = new Date("2031-01-02T10:00:00.000Z");
const bookingsOf = (customerId: string) => harness.rows<{ id: string; status: string }>("SELECT id, status::text AS status FROM vaccination_booking WHERE customer_id = $1", customerId);
const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => (error instanceof DomainError ? error.code : error));

describe("booking a vaccination", () => {
  it("stores the booking with VaccinationBooked once its dose is reserved", async () => {
    vaccines = "up";
    const customerId = randomUUID();
    const b = await bookVaccination(booking, customerId, { vaccineId: randomUUID(), date: "2031-01-10" }, now);
    expect(b).toMatchObject({ customerId, status: "BOOKED", vaccineName: "Comirnaty", date: "2031-01-10" });
    expect(reserved).toContain(b.id);
    expect(await bookingsOf(customerId)).toEqual([{ id: b.id, status: "BOOKED" }]);
    await harness.settled();
    expect((await harness.recorded("VaccinationBooked")).filter((e) => e.subject === b.id)).toHaveLength(1);
  });

  it("out of stock: refused with OUT_OF_STOCK, nothing stored or recorded", async () => {
    vaccines = "empty";
    const customerId = randomUUID();
    expect(await refusal(bookVaccination(booking, customerId, { vaccineId: randomUUID(), date: "2031-01-10" }, now))).toBe("OUT_OF_STOCK");
    expect(await bookingsOf(customerId)).toEqual([]);
    expect((await harness.recorded()).filter((e) => (e.data as { customerId?: string }).customerId === customerId)).toEqual([]);
  });

  it("vaccines not answering: VACCINES_UNAVAILABLE, nothing stored, and VaccinationBookingAbandoned recorded so vaccines releases whatever it reserved", async () => {
    vaccines = "down";
    const customerId = randomUUID();
    const vaccineId = randomUUID();
    expect(await refusal(bookVaccination(booking, customerId, { vaccineId, date: "2031-01-10" }, now))).toBe("VACCINES_UNAVAILABLE");
    expect(await bookingsOf(customerId)).toEqual([]);
    await harness.settled();
    const abandoned = (await harness.recorded("VaccinationBookingAbandoned")).filter((e) => (e.data as { customerId: string }).customerId === customerId);
    expect(abandoned).toHaveLength(1);
    expect(abandoned[0]!.data).toMatchObject({ customerId, vaccineId });
    vaccines = "up";
  });
});

describe("the injection", () => {
  it("InjectionCompleted makes the booking INJECTED once, however often it is delivered", async () => {
    vaccines = "up";
    const customerId = randomUUID();
    const b = await bookVaccination(booking, customerId, { vaccineId: randomUUID(), date: "2031-01-10" }, now);
    const injectionId = randomUUID();
    const event = await harness.publish(injectionEvents.InjectionCompleted, {
      subject: b.id,
      data: { injectionId, bookingId: b.id, customerId, vaccineId: b.vaccineId, managerId: randomUUID() },
    });
    await harness.waitForRow("the booking injected", "SELECT status::text AS status FROM vaccination_booking WHERE id = $1", [b.id], (r: { status: string }) => r.status === "INJECTED");
    await harness.redeliver(event);
    await harness.settled();
    expect((await harness.recorded("VaccinationBookingInjected")).filter((e) => e.subject === b.id)).toHaveLength(1);
    expect(await harness.rows("SELECT injection_id AS \"injectionId\" FROM vaccination_booking WHERE id = $1", b.id)).toEqual([{ injectionId }]);
  });
});
