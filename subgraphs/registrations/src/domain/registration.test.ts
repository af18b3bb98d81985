import type { RegistrationEvent } from "@supergraph/contracts/registrations";
import { deciderSpec } from "@supergraph/testkit/decider";
import { describe, expect, it } from "vitest";
import { RegistrationErrorCode } from "../generated/graphql.ts";
import { registrationDecider, type OfferedLecture, type Registration, type RegistrationCommand, type RegistrationStatus } from "./registration.ts";

const registrationId = "3a2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d";
const lectureId = "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d";
const studentId = "0b7e8a52-7c1d-4f0a-8a3e-5d6c7b8a9f01";
const otherStudentId = "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a";
const paymentId = "6f1c1f9e-2f0e-4c44-9a55-0c1d2e3f4a5b";
const registeredAt = new Date("2026-01-02T03:04:05.000Z");
const later = new Date("2026-01-03T00:00:00.000Z");

const offered: OfferedLecture = { id: lectureId, title: "Category theory", price: 12_000, capacity: 2, status: "OPEN", taken: 1 };
const facts = { registrationId, lectureId, studentId, paymentId };
const registered: RegistrationEvent = { type: "CourseRegistered", subject: registrationId, data: { ...facts, amount: 12_000 } };
const paid: RegistrationEvent = { type: "RegistrationPaid", subject: registrationId, data: facts };
const canceledBy = (reason: "STUDENT_CANCELED" | "LECTURE_CANCELED"): RegistrationEvent => ({ type: "RegistrationCanceled", subject: registrationId, data: { ...facts, reason } });
const abandoned: RegistrationEvent = { type: "RegistrationAbandoned", subject: registrationId, data: { registrationId, lectureId, studentId } };

function registration(status: RegistrationStatus = "PAID"): Registration {
  return { id: registrationId, lectureId, studentId, paymentId, amount: 12_000, status, cancellationReason: null, registeredAt, paidAt: registeredAt, canceledAt: null };
}

/** The registration's history is given as of `registeredAt`; commands run `later` unless said otherwise. */
const registrations = deciderSpec(registrationDecider, { at: later });
const given = (events: RegistrationEvent[]) => registrations.given(events, { at: registeredAt });
const none = given([]);
const live = given([registered, paid]);
const canceled = given([registered, paid, canceledBy("STUDENT_CANCELED")]);

describe("holding a seat", () => {
  const hold = (lecture: OfferedLecture | null, alreadyRegistered = false): RegistrationCommand => ({ type: "HoldSeat", lecture, alreadyRegistered });

  it("given an open lecture with a free seat, when a student holds one, then they are admitted and nothing is recorded", () => {
    none.when(hold(offered)).thenNothing();
  });

  it.each([
    ["no such lecture", hold(null), RegistrationErrorCode.LECTURE_NOT_FOUND],
    ["a canceled lecture", hold({ ...offered, status: "CANCELED" }), RegistrationErrorCode.LECTURE_CANCELED],
    ["a full lecture", hold({ ...offered, taken: 2 }), RegistrationErrorCode.LECTURE_FULL],
    ["a student already registered", hold(offered, true), RegistrationErrorCode.ALREADY_REGISTERED],
    ["a full lecture the student is already registered for", hold({ ...offered, taken: 2 }, true), RegistrationErrorCode.ALREADY_REGISTERED],
  ])("given %s, when a seat is held, then it is refused", (_, command, code) => {
    none.when(command).thenRefuses(code);
  });
});

describe("registering", () => {
  const register: RegistrationCommand = { type: "Register", registrationId, lecture: offered, studentId, paymentId };

  it("given an open lecture and a completed charge, when registered, then the course is registered at the lecture's price and paid", () => {
    // Written once charged, it is paid from its first event on; RegistrationPaid then says so to others.
    none.when(register, { at: registeredAt }).then([registered, paid], registration("PAID"));
    expect(given([registered]).state()).toEqual(registration("PAID"));
  });

  it("given a paid registration, when its RegistrationPaid is applied later, then its paid time stays", () => {
    expect(registrations.given([registered], { at: registeredAt }).state()).toEqual(registrations.given([registered, paid], { at: registeredAt }).state());
    expect(registrationDecider.evolve(registration("PAID"), paid, later)).toEqual(registration("PAID"));
  });

  it("given the lecture was canceled while paying, when registered, then it is LECTURE_CANCELED", () => {
    none.when({ ...register, lecture: { ...offered, status: "CANCELED" } }).thenRefuses(RegistrationErrorCode.LECTURE_CANCELED);
  });
});

describe("canceling a registration", () => {
  const cancel = (byUserId: string, byAdmin = false, reason: "STUDENT_CANCELED" | "LECTURE_CANCELED" = "STUDENT_CANCELED"): RegistrationCommand => ({ type: "Cancel", byUserId, byAdmin, reason });

  it("given a paid registration, when its student cancels it, then it is canceled by the student", () => {
    live.when(cancel(studentId)).then([canceledBy("STUDENT_CANCELED")], { ...registration(), status: "CANCELED", cancellationReason: "STUDENT_CANCELED", canceledAt: later });
  });

  it("given another student's registration, when canceled, then it is REGISTRATION_NOT_FOUND (its existence is not revealed)", () => {
    live.when(cancel(otherStudentId)).thenRefuses(RegistrationErrorCode.REGISTRATION_NOT_FOUND);
  });

  it("given another student's canceled registration, when canceled, then it is still REGISTRATION_NOT_FOUND", () => {
    canceled.when(cancel(otherStudentId)).thenRefuses(RegistrationErrorCode.REGISTRATION_NOT_FOUND);
  });

  it("given any registration, when an admin cancels it, then it is canceled", () => {
    expect(live.when(cancel(otherStudentId, true)).outcome().events.map((c) => c.type)).toEqual(["RegistrationCanceled"]);
  });

  it("given its lecture was canceled, when the system (no viewer) cancels it, then it is canceled for that reason", () => {
    const { state } = live.when(cancel("", false, "LECTURE_CANCELED")).then([canceledBy("LECTURE_CANCELED")]);

    expect(state?.cancellationReason).toBe("LECTURE_CANCELED");
  });

  it("given a canceled registration, when its student cancels it again, then it is REGISTRATION_ALREADY_CANCELED", () => {
    canceled.when(cancel(studentId)).thenRefuses(RegistrationErrorCode.REGISTRATION_ALREADY_CANCELED);
  });

  it("given no registration, when canceled, then it is REGISTRATION_NOT_FOUND", () => {
    none.when(cancel(studentId, true)).thenRefuses(RegistrationErrorCode.REGISTRATION_NOT_FOUND);
  });
});

describe("evolving", () => {
  it("given a registration, when its attempt is abandoned, then the registration is unchanged", () => {
    expect(given([registered, paid, abandoned]).state()).toEqual(registration());
  });

  it("given no registration, when it is paid, canceled or abandoned, then there is still none", () => {
    for (const event of [paid, canceledBy("STUDENT_CANCELED"), abandoned]) expect(given([event]).state()).toBeNull();
  });
});
