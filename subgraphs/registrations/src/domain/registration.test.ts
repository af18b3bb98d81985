import type { RegistrationEvent } from "@supergraph/contracts/registrations";
import { describe, expect, it } from "vitest";
import { RegistrationErrorCode } from "../generated/graphql.ts";
import { decide, evolve, type OfferedLecture, type Registration, type RegistrationCommand, type RegistrationStatus } from "./registration.ts";
import { refusalCode } from "@supergraph/platform/testing/refusal";

const registrationId = "3a2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d";
const lectureId = "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d";
const studentId = "0b7e8a52-7c1d-4f0a-8a3e-5d6c7b8a9f01";
const otherStudentId = "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a";
const paymentId = "6f1c1f9e-2f0e-4c44-9a55-0c1d2e3f4a5b";
const registeredAt = new Date("2026-01-02T03:04:05.000Z");
const later = new Date("2026-01-03T00:00:00.000Z");

const offered: OfferedLecture = { id: lectureId, title: "Category theory", price: 12_000, capacity: 2, status: "OPEN", taken: 1 };
const facts = { registrationId, lectureId, studentId, paymentId };

function registration(status: RegistrationStatus = "PAID"): Registration {
  return { id: registrationId, lectureId, studentId, paymentId, amount: 12_000, status, cancellationReason: null, registeredAt, paidAt: registeredAt, canceledAt: null };
}


describe("holding a seat", () => {
  const hold = (lecture: OfferedLecture | null, alreadyRegistered = false): RegistrationCommand => ({ type: "HoldSeat", lecture, alreadyRegistered });

  it("given an open lecture with a free seat, when a student holds one, then they are admitted and nothing is recorded", () => {
    expect(decide(hold(offered), null)).toEqual([]);
  });

  it.each([
    ["no such lecture", hold(null), RegistrationErrorCode.LECTURE_NOT_FOUND],
    ["a canceled lecture", hold({ ...offered, status: "CANCELED" }), RegistrationErrorCode.LECTURE_CANCELED],
    ["a full lecture", hold({ ...offered, taken: 2 }), RegistrationErrorCode.LECTURE_FULL],
    ["a student already registered", hold(offered, true), RegistrationErrorCode.ALREADY_REGISTERED],
    ["a full lecture the student is already registered for", hold({ ...offered, taken: 2 }, true), RegistrationErrorCode.ALREADY_REGISTERED],
  ])("given %s, when a seat is held, then it is refused", (_, command, code) => {
    expect(refusalCode(() => decide(command, null))).toBe(code);
  });
});

describe("registering", () => {
  const register: RegistrationCommand = { type: "Register", registrationId, lecture: offered, studentId, paymentId };

  it("given an open lecture and a completed charge, when registered, then the course is registered at the lecture's price and paid", () => {
    const changes = decide(register, null);

    expect(changes).toEqual([
      { type: "CourseRegistered", subject: registrationId, data: { ...facts, amount: 12_000 } },
      { type: "RegistrationPaid", subject: registrationId, data: facts },
    ]);
    // Written once charged, it is paid from its first event on; RegistrationPaid then says so to others.
    expect(evolve(null, changes[0]!, registeredAt)).toEqual(registration("PAID"));
    expect(changes.reduce<Registration | null>((s, e) => evolve(s, e, registeredAt), null)).toEqual(registration("PAID"));
  });

  it("given a paid registration, when its RegistrationPaid is applied later, then its paid time stays", () => {
    expect(evolve(registration("PAID"), { type: "RegistrationPaid", subject: registrationId, data: facts }, later)).toEqual(registration("PAID"));
  });

  it("given the lecture was canceled while paying, when registered, then it is LECTURE_CANCELED", () => {
    expect(refusalCode(() => decide({ ...register, lecture: { ...offered, status: "CANCELED" } }, null))).toBe(RegistrationErrorCode.LECTURE_CANCELED);
  });
});

describe("canceling a registration", () => {
  const cancel = (byUserId: string, byAdmin = false, reason: "STUDENT_CANCELED" | "LECTURE_CANCELED" = "STUDENT_CANCELED"): RegistrationCommand => ({ type: "Cancel", byUserId, byAdmin, reason });

  it("given a paid registration, when its student cancels it, then it is canceled by the student", () => {
    const changes = decide(cancel(studentId), registration());

    expect(changes).toEqual([{ type: "RegistrationCanceled", subject: registrationId, data: { ...facts, reason: "STUDENT_CANCELED" } }]);
    expect(evolve(registration(), changes[0]!, later)).toEqual({ ...registration(), status: "CANCELED", cancellationReason: "STUDENT_CANCELED", canceledAt: later });
  });

  it("given another student's registration, when canceled, then it is REGISTRATION_NOT_FOUND (its existence is not revealed)", () => {
    expect(refusalCode(() => decide(cancel(otherStudentId), registration()))).toBe(RegistrationErrorCode.REGISTRATION_NOT_FOUND);
  });

  it("given another student's canceled registration, when canceled, then it is still REGISTRATION_NOT_FOUND", () => {
    expect(refusalCode(() => decide(cancel(otherStudentId), registration("CANCELED")))).toBe(RegistrationErrorCode.REGISTRATION_NOT_FOUND);
  });

  it("given any registration, when an admin cancels it, then it is canceled", () => {
    expect(decide(cancel(otherStudentId, true), registration()).map((c) => c.type)).toEqual(["RegistrationCanceled"]);
  });

  it("given its lecture was canceled, when the system (no viewer) cancels it, then it is canceled for that reason", () => {
    const changes = decide(cancel("", false, "LECTURE_CANCELED"), registration());

    expect(changes).toEqual([{ type: "RegistrationCanceled", subject: registrationId, data: { ...facts, reason: "LECTURE_CANCELED" } }]);
    expect(evolve(registration(), changes[0]!, later)?.cancellationReason).toBe("LECTURE_CANCELED");
  });

  it("given a canceled registration, when its student cancels it again, then it is REGISTRATION_ALREADY_CANCELED", () => {
    expect(refusalCode(() => decide(cancel(studentId), registration("CANCELED")))).toBe(RegistrationErrorCode.REGISTRATION_ALREADY_CANCELED);
  });

  it("given no registration, when canceled, then it is REGISTRATION_NOT_FOUND", () => {
    expect(refusalCode(() => decide(cancel(studentId, true), null))).toBe(RegistrationErrorCode.REGISTRATION_NOT_FOUND);
  });
});

describe("evolving", () => {
  const abandoned: RegistrationEvent = { type: "RegistrationAbandoned", subject: registrationId, data: { registrationId, lectureId, studentId } };

  it("given a registration, when its attempt is abandoned, then the registration is unchanged", () => {
    expect(evolve(registration(), abandoned, later)).toEqual(registration());
  });

  it("given no registration, when it is paid, canceled or abandoned, then there is still none", () => {
    const paid: RegistrationEvent = { type: "RegistrationPaid", subject: registrationId, data: facts };
    const canceled: RegistrationEvent = { type: "RegistrationCanceled", subject: registrationId, data: { ...facts, reason: "STUDENT_CANCELED" } };

    for (const event of [paid, canceled, abandoned]) expect(evolve(null, event, later)).toBeNull();
  });
});
