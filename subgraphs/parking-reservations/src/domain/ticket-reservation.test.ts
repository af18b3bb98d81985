import type { TicketReservationEvent } from "@supergraph/contracts/parking-reservations";
import { deciderSpec } from "@supergraph/testkit/decider";
import { describe, expect, it } from "vitest";
import { ParkingReservationsErrorCode } from "../generated/graphql.ts";
import { isCalendarDate, ticketReservationDecider, type TicketReservation } from "./ticket-reservation.ts";

const reservationId = "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d";
const employeeId = "0b7e8a52-7c1d-4f0a-8a3e-5d6c7b8a9f01";
const parkingLotId = "7c1d0b7e-8a52-4f0a-8a3e-5d6c7b8a9f02";
const deliveryId = "8a520b7e-7c1d-4f0a-8a3e-5d6c7b8a9f03";
const date = "2026-01-05";
const at = new Date("2026-01-02T03:04:05.000Z");
const later = new Date("2026-01-02T03:04:06.000Z");

const reserved: TicketReservationEvent = { type: "TicketReserved", subject: reservationId, data: { reservationId, employeeId, date } };
const allocated: TicketReservationEvent = { type: "TicketReservationAllocated", subject: reservationId, data: { reservationId, employeeId, date, parkingLotId } };
const refused: TicketReservationEvent = { type: "TicketReservationRefused", subject: reservationId, data: { reservationId, employeeId, date, parkingLotId } };
const delivered: TicketReservationEvent = { type: "TicketReservationDelivered", subject: reservationId, data: { reservationId, employeeId, date, deliveryId } };
const canceled: TicketReservationEvent = { type: "TicketReservationCanceled", subject: reservationId, data: { reservationId, employeeId, date } };
const reservation: TicketReservation = {
  id: reservationId,
  employeeId,
  date,
  status: "RESERVED",
  parkingLotId: null,
  deliveryId: null,
  reservedAt: at,
  allocatedAt: null,
  refusedAt: null,
  deliveredAt: null,
  canceledAt: null,
};

const spec = deciderSpec(ticketReservationDecider, { at });
const reserve = (overrides: Partial<{ date: string; today: string; alreadyReserved: boolean }> = {}) =>
  ({ type: "ReserveTicket", reservationId, employeeId, date, today: "2026-01-02", alreadyReserved: false, ...overrides }) as const;

describe("reserving a daily ticket", () => {
  it("given nothing, when reserved for a later day, then it is RESERVED", () => {
    spec.given([]).when(reserve()).then([reserved], reservation);
  });

  it("given nothing, when reserved for today, then it is RESERVED", () => {
    spec.given([]).when(reserve({ date: "2026-01-02" })).then([{ ...reserved, data: { ...reserved.data, date: "2026-01-02" } }]);
  });

  it("given nothing, when reserved for yesterday, then it is DATE_IN_PAST", () => {
    spec.given([]).when(reserve({ date: "2026-01-01" })).thenRefuses(ParkingReservationsErrorCode.DATE_IN_PAST);
  });

  it.each(["2026-02-30", "2026-13-01", "05.01.2026", "2026-1-5", "", "tomorrow"])("given nothing, when reserved for %j, then it is INVALID_DATE", (bad) => {
    spec.given([]).when(reserve({ date: bad })).thenRefuses(ParkingReservationsErrorCode.INVALID_DATE);
  });

  it("given a live reservation of the employee for the day, when reserved again, then it is ALREADY_RESERVED", () => {
    spec.given([]).when(reserve({ alreadyReserved: true })).thenRefuses(ParkingReservationsErrorCode.ALREADY_RESERVED);
  });

  it("knows calendar dates, leap days included", () => {
    expect([isCalendarDate("2028-02-29"), isCalendarDate("2027-02-29"), isCalendarDate("2026-12-31")]).toEqual([true, false, true]);
  });
});

describe("the lot's and the deliveries' outcomes", () => {
  it("given a reservation, when the lot allocated it, then it is ALLOCATED with its lot id", () => {
    spec.given([reserved]).when({ type: "RecordAllocation", parkingLotId }, { at: later }).then([allocated], { ...reservation, status: "ALLOCATED", parkingLotId, allocatedAt: later });
  });

  it("given a reservation, when the lot refused it, then it is REFUSED_FULL", () => {
    spec.given([reserved]).when({ type: "RecordRefusal", parkingLotId }, { at: later }).then([refused], { ...reservation, status: "REFUSED_FULL", parkingLotId, refusedAt: later });
  });

  it("given an allocated reservation, when its ticket was delivered, then it is TICKET_DELIVERED", () => {
    spec.given([reserved, allocated]).when({ type: "RecordDelivery", parkingLotId, deliveryId }).then([delivered]);
  });

  it("given a reservation whose Occupied is not handled yet, when its ticket was delivered, then it is allocated and delivered", () => {
    const outcome = spec.given([reserved]).when({ type: "RecordDelivery", parkingLotId, deliveryId }).then([allocated, delivered]);
    expect(outcome.state).toMatchObject({ status: "TICKET_DELIVERED", parkingLotId, deliveryId });
  });

  it.each([
    ["an allocated reservation, when allocated again", [reserved, allocated], { type: "RecordAllocation", parkingLotId } as const],
    ["a canceled reservation, when allocated", [reserved, canceled], { type: "RecordAllocation", parkingLotId } as const],
    ["a canceled reservation, when refused", [reserved, canceled], { type: "RecordRefusal", parkingLotId } as const],
    ["a delivered reservation, when delivered again", [reserved, allocated, delivered], { type: "RecordDelivery", parkingLotId, deliveryId } as const],
    ["a canceled allocated reservation, when delivered", [reserved, allocated, canceled], { type: "RecordDelivery", parkingLotId, deliveryId } as const],
  ])("given %s, then nothing happens", (_, history, command) => {
    spec.given(history).when(command).thenNothing();
  });

  it("given no reservation, when the lot allocated it, then it is TICKET_RESERVATION_NOT_FOUND", () => {
    spec.given([]).when({ type: "RecordAllocation", parkingLotId }).thenRefuses(ParkingReservationsErrorCode.TICKET_RESERVATION_NOT_FOUND);
  });
});

describe("canceling a reservation", () => {
  const byEmployee = { type: "CancelTicketReservation", byUserId: employeeId, byAdmin: false } as const;

  it.each([
    ["reserved", [reserved]],
    ["allocated", [reserved, allocated]],
    ["refused", [reserved, refused]],
    ["delivered", [reserved, allocated, delivered]],
  ])("given a %s reservation, when its employee cancels, then it is CANCELED", (_, history) => {
    const outcome = spec.given(history).when(byEmployee, { at: later }).then([canceled]);
    expect(outcome.state).toMatchObject({ status: "CANCELED", canceledAt: later });
  });

  it("given a canceled reservation, when canceled again, then it is TICKET_RESERVATION_ALREADY_CANCELED", () => {
    spec.given([reserved, canceled]).when(byEmployee).thenRefuses(ParkingReservationsErrorCode.TICKET_RESERVATION_ALREADY_CANCELED);
  });

  it("given another employee's reservation, when canceled, then it is TICKET_RESERVATION_NOT_FOUND", () => {
    spec.given([reserved]).when({ ...byEmployee, byUserId: parkingLotId }).thenRefuses(ParkingReservationsErrorCode.TICKET_RESERVATION_NOT_FOUND);
  });

  it("given another employee's reservation, when an ADMIN cancels, then it is CANCELED", () => {
    spec.given([reserved]).when({ ...byEmployee, byUserId: parkingLotId, byAdmin: true }).then([canceled]);
  });
});
