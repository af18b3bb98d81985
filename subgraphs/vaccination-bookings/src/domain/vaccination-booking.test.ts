import type { VaccinationBookingEvent } from "@supergraph/contracts/vaccination-bookings";
import { deciderSpec } from "@supergraph/testkit/decider";
import { describe, expect, it } from "vitest";
import { VaccinationBookingsErrorCode } from "../generated/graphql.ts";
import { checkBookingRequest, vaccinationBookingDecider, type VaccinationBooking } from "./vaccination-booking.ts";

const bookingId = "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d";
const customerId = "0b7e8a52-7c1d-4f0a-8a3e-5d6c7b8a9f01";
const vaccineId = "7c1d0b7e-8a52-4f0a-8a3e-5d6c7b8a9f02";
const injectionId = "8a3e5d6c-7b8a-4f01-8a52-7c1d0b7e4f0a";
const otherId = "9f019f01-7c1d-4f0a-8a3e-5d6c7b8a9f01";
const at = new Date("2026-01-02T03:04:05.000Z");
const later = new Date("2026-01-03T03:04:05.000Z");

const booked: VaccinationBookingEvent = { type: "VaccinationBooked", subject: bookingId, data: { bookingId, customerId, vaccineId, vaccineName: "Comirnaty", date: "2026-01-10" } };
const canceled: VaccinationBookingEvent = { type: "VaccinationBookingCanceled", subject: bookingId, data: { bookingId, customerId, vaccineId } };
const injected: VaccinationBookingEvent = { type: "VaccinationBookingInjected", subject: bookingId, data: { bookingId, customerId, vaccineId, injectionId } };
const booking: VaccinationBooking = {
  id: bookingId,
  customerId,
  vaccineId,
  vaccineName: "Comirnaty",
  date: "2026-01-10",
  status: "BOOKED",
  injectionId: null,
  bookedAt: at,
  injectedAt: null,
  canceledAt: null,
};

const spec = deciderSpec(vaccinationBookingDecider, { at });
const cancel = (byUserId = customerId, byAdmin = false) => ({ type: "CancelVaccinationBooking" as const, byUserId, byAdmin });

describe("a booking request, before its dose is reserved", () => {
  const valid = { vaccineIdValid: true, date: "2026-01-10", today: "2026-01-02", alreadyBooked: false };
  it("given a calendar date from today on, a vaccine id and no live booking, then it may go", () => {
    expect(() => checkBookingRequest(valid)).not.toThrow();
    expect(() => checkBookingRequest({ ...valid, date: "2026-01-02" })).not.toThrow();
  });
  it.each([
    ["a malformed date", { ...valid, date: "10/01/2026" }, VaccinationBookingsErrorCode.INVALID_DATE],
    ["a day that does not exist", { ...valid, date: "2026-02-30" }, VaccinationBookingsErrorCode.INVALID_DATE],
    ["yesterday", { ...valid, date: "2026-01-01" }, VaccinationBookingsErrorCode.DATE_IN_PAST],
    ["a malformed vaccine id", { ...valid, vaccineIdValid: false }, VaccinationBookingsErrorCode.VACCINE_NOT_FOUND],
    ["a live booking", { ...valid, alreadyBooked: true }, VaccinationBookingsErrorCode.ALREADY_BOOKED],
  ])("given %s, then it is refused", (_, request, code) => {
    expect(() => checkBookingRequest(request)).toThrow(expect.objectContaining({ code }));
  });
});

describe("booking", () => {
  it("given its dose reserved, when booked, then it is BOOKED", () => {
    spec.given([]).when({ type: "BookVaccination", bookingId, customerId, vaccineId, vaccineName: "Comirnaty", date: "2026-01-10" }).then([booked], booking);
  });
});

describe("canceling", () => {
  it("given a booked booking, when its customer cancels, then it is CANCELED", () => {
    spec.given([booked]).when(cancel(), { at: later }).then([canceled], { ...booking, status: "CANCELED", canceledAt: later });
  });
  it("given a booked booking, when an ADMIN cancels, then it is CANCELED", () => {
    spec.given([booked]).when(cancel(otherId, true)).then([canceled], { ...booking, status: "CANCELED", canceledAt: at });
  });
  it("given another customer's booking, when canceled, then it is VACCINATION_BOOKING_NOT_FOUND", () => {
    spec.given([booked]).when(cancel(otherId)).thenRefuses(VaccinationBookingsErrorCode.VACCINATION_BOOKING_NOT_FOUND);
  });
  it("given a canceled booking, when canceled again, then it is BOOKING_ALREADY_CANCELED", () => {
    spec.given([booked, canceled]).when(cancel()).thenRefuses(VaccinationBookingsErrorCode.BOOKING_ALREADY_CANCELED);
  });
  it("given an injected booking, when canceled, then it is BOOKING_ALREADY_INJECTED", () => {
    spec.given([booked, injected]).when(cancel()).thenRefuses(VaccinationBookingsErrorCode.BOOKING_ALREADY_INJECTED);
  });
});

describe("the injection", () => {
  it("given a booked booking, when its injection is recorded, then it is INJECTED with the injection", () => {
    spec.given([booked]).when({ type: "RecordInjection", injectionId }, { at: later }).then([injected], { ...booking, status: "INJECTED", injectionId, injectedAt: later });
  });
  it("given an injected booking, when the injection comes again, then nothing happens", () => {
    spec.given([booked, injected]).when({ type: "RecordInjection", injectionId }).thenNothing();
  });
  it("given a canceled booking, when an injection comes, then it stays canceled", () => {
    spec.given([booked, canceled]).when({ type: "RecordInjection", injectionId }).thenNothing();
  });
});
