/**
 * The injections context's policies and sync call on real PostgreSQL and real NATS: a booking
 * gets one injection record however often VaccinationBooked is delivered; a cancel handled
 * before its booking waits for it (RetryLater) and then cancels it; the injection-status call
 * answers over NATS request/reply whether the injection was given.
 */
import { randomUUID } from "node:crypto";
import type { InjectionStatusRequest, InjectionStatusResult } from "@supergraph/contracts/injections";
import { vaccinationBookingEvents } from "@supergraph/contracts/vaccination-bookings";
import { answerSyncCall, commandCausation, createLogger, createMetrics, DomainError, executeCommand, syncCall } from "@supergraph/platform";
import { PolicyHarness, type PolicyDeps } from "@supergraph/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { injectionStatusAnswer } from "./commands/injection-status.ts";
import { onInjection } from "./commands/injection.ts";
import { cancelInjection, scheduleInjection } from "./policies/booking-injections.ts";

const log = createLogger("injections-test", "silent");
let harness: PolicyHarness;
let deps: PolicyDeps;
let answerer: { drain(): Promise<void> };
let status: (r: InjectionStatusRequest) => Promise<InjectionStatusResult>;

beforeAll(async () => {
  harness = await PolicyHarness.start({
    context: "injections",
    policies: (given) => {
      deps = given;
      return [scheduleInjection, cancelInjection];
    },
  });
  const subject = harness.bus.names.syncSubject("injections", "injectionStatus");
  answerer = answerSyncCall(harness.bus.nc, subject, injectionStatusAnswer(harness.sql), log);
  status = syncCall({ nc: harness.bus.nc, subject, name: "injections.injectionStatus", timeoutMs: 2_000, unavailable: { code: "INJECTIONS_UNAVAILABLE", message: "down" }, log, metrics: createMetrics("injections-test") });
});
afterAll(async () => {
  await answerer?.drain();
  await harness?.stop();
});

const booking = () => ({ bookingId: randomUUID(), customerId: randomUUID(), vaccineId: randomUUID(), vaccineName: "Comirnaty", date: "2031-01-10" });
const injectionOf = (bookingId: string) => harness.waitForRow<{ id: string; status: string }>("the booking's injection", "SELECT id, status::text AS status FROM injection WHERE booking_id = $1", [bookingId]);

describe("injections of bookings", () => {
  it("schedules one injection per booking, however often VaccinationBooked is delivered", async () => {
    const b = booking();
    const event = await harness.publish(vaccinationBookingEvents.VaccinationBooked, { subject: b.bookingId, data: b });
    const first = await injectionOf(b.bookingId);
    expect(first.status).toBe("SCHEDULED");
    await harness.redeliver(event);
    await harness.settled();
    expect(await harness.rows("SELECT id FROM injection WHERE booking_id = $1", b.bookingId)).toEqual([{ id: first.id }]);
    expect((await harness.recorded("InjectionScheduled")).filter((e) => e.subject === b.bookingId)).toHaveLength(1);
  });

  it("a cancel delivered before its booking waits for it, then cancels the injection", async () => {
    const b = booking();
    await harness.publish(vaccinationBookingEvents.VaccinationBookingCanceled, { subject: b.bookingId, data: { bookingId: b.bookingId, customerId: b.customerId, vaccineId: b.vaccineId } });
    await harness.publish(vaccinationBookingEvents.VaccinationBooked, { subject: b.bookingId, data: b });
    await harness.waitForRow("the injection canceled", "SELECT status::text AS status FROM injection WHERE booking_id = $1", [b.bookingId], (r: { status: string }) => r.status === "CANCELED");
    await harness.settled();
    expect(await harness.deadLetters()).toEqual([]);
  });
});

describe("is the injection completed (sync call)", () => {
  it("answers not completed while scheduled, completed once given, and INJECTION_NOT_FOUND for an unknown id", async () => {
    const b = booking();
    await harness.publish(vaccinationBookingEvents.VaccinationBooked, { subject: b.bookingId, data: b });
    const { id } = await injectionOf(b.bookingId);
    expect(await status({ injectionId: id })).toEqual({ injectionId: id, bookingId: b.bookingId, customerId: b.customerId, completed: false, completedAt: null });

    await executeCommand(deps.transact, onInjection({ id }), { type: "CompleteInjection", managerId: randomUUID() }, { now: new Date(), causation: commandCausation(id) });
    expect(await status({ injectionId: id })).toMatchObject({ completed: true, completedAt: expect.any(String) });

    const refusal = await status({ injectionId: randomUUID() }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(DomainError);
    expect((refusal as DomainError).code).toBe("INJECTION_NOT_FOUND");
  });
});
