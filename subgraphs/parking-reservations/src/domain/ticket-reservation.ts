import type { TicketReservationEvent } from "@supergraph/contracts/parking-reservations";
import { domainErrors, type Decider } from "@supergraph/platform";
import { ParkingReservationsErrorCode, type TicketReservationStatus } from "../generated/graphql.ts";

/** Statuses of a ticket reservation: the SDL's enum (the Prisma schema's copy is checked by scripts/enums.test.ts). */
export type { TicketReservationStatus };

export interface TicketReservation {
  readonly id: string;
  readonly employeeId: string;
  /** The day, YYYY-MM-DD. */
  readonly date: string;
  readonly status: TicketReservationStatus;
  readonly parkingLotId: string | null;
  readonly deliveryId: string | null;
  readonly reservedAt: Date;
  readonly allocatedAt: Date | null;
  readonly refusedAt: Date | null;
  readonly deliveredAt: Date | null;
  readonly canceledAt: Date | null;
}

export type TicketReservationCommand =
  /** `today` is the current UTC day (YYYY-MM-DD); `alreadyReserved` whether the employee has a live reservation for the date. */
  | { type: "ReserveTicket"; reservationId: string; employeeId: string; date: string; today: string; alreadyReserved: boolean }
  | { type: "CancelTicketReservation"; byUserId: string; byAdmin: boolean }
  /** The lot's Occupied: a space was allocated. */
  | { type: "RecordAllocation"; parkingLotId: string }
  /** The lot's FullyOccupied: the day was full. */
  | { type: "RecordRefusal"; parkingLotId: string }
  /** Ticket deliveries' Shipped: the manager delivered the ticket. */
  | { type: "RecordDelivery"; parkingLotId: string; deliveryId: string };

/** Refusals of the parking-reservations context, their codes from its SDL's ParkingReservationsErrorCode. */
export const TicketReservationError = domainErrors(ParkingReservationsErrorCode);

/** Whether `date` is a real calendar day written YYYY-MM-DD (2026-02-30 is not). */
export function isCalendarDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const parsed = new Date(`${date}T00:00:00.000Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}

/** The UTC day of an instant, YYYY-MM-DD: the calendar reservations are checked against. */
export const dayOf = (at: Date) => at.toISOString().slice(0, 10);

const notFound = () => TicketReservationError.refuse("TICKET_RESERVATION_NOT_FOUND", "No ticket reservation with that id.");

/**
 * Decides the events of a command on a reservation. The lot's and the deliveries' outcomes
 * move it forward only from the statuses they follow; a late or repeated one, or one for a
 * canceled reservation, changes nothing (the lot handles the cancellation of what it gave).
 */
export function decide(command: TicketReservationCommand, state: TicketReservation | null): TicketReservationEvent[] {
  switch (command.type) {
    case "ReserveTicket": {
      const { reservationId, employeeId, date } = command;
      if (!isCalendarDate(date)) throw TicketReservationError.refuse("INVALID_DATE", "The date must be a calendar date written YYYY-MM-DD.");
      // ISO dates compare as strings.
      if (date < command.today) throw TicketReservationError.refuse("DATE_IN_PAST", "Tickets are reserved for today or a later day.");
      if (command.alreadyReserved) throw TicketReservationError.refuse("ALREADY_RESERVED", "You already have a reservation for that date.");
      return [{ type: "TicketReserved", subject: reservationId, data: { reservationId, employeeId, date } }];
    }
    case "CancelTicketReservation": {
      if (!state || (state.employeeId !== command.byUserId && !command.byAdmin)) throw notFound();
      if (state.status === "CANCELED") throw TicketReservationError.refuse("TICKET_RESERVATION_ALREADY_CANCELED", "The reservation is already canceled.");
      const { id: reservationId, employeeId, date } = state;
      return [{ type: "TicketReservationCanceled", subject: reservationId, data: { reservationId, employeeId, date } }];
    }
    case "RecordAllocation": {
      if (!state) throw notFound();
      if (state.status !== "RESERVED") return [];
      return [allocated(state, command.parkingLotId)];
    }
    case "RecordRefusal": {
      if (!state) throw notFound();
      if (state.status !== "RESERVED") return [];
      const { id: reservationId, employeeId, date } = state;
      return [{ type: "TicketReservationRefused", subject: reservationId, data: { reservationId, employeeId, date, parkingLotId: command.parkingLotId } }];
    }
    case "RecordDelivery": {
      if (!state) throw notFound();
      const { id: reservationId, employeeId, date } = state;
      const delivered: TicketReservationEvent = { type: "TicketReservationDelivered", subject: reservationId, data: { reservationId, employeeId, date, deliveryId: command.deliveryId } };
      // Shipped handled before Occupied (two consumers): the allocation it implies comes first.
      if (state.status === "RESERVED") return [allocated(state, command.parkingLotId), delivered];
      return state.status === "ALLOCATED" ? [delivered] : [];
    }
    default: {
      const unknown: never = command;
      throw new Error(`unknown command ${JSON.stringify(unknown)}`);
    }
  }
}

function allocated(state: TicketReservation, parkingLotId: string): TicketReservationEvent {
  const { id: reservationId, employeeId, date } = state;
  return { type: "TicketReservationAllocated", subject: reservationId, data: { reservationId, employeeId, date, parkingLotId } };
}

/** Applies an event to the reservation it is about, as of `at`. */
export function evolve(state: TicketReservation | null, event: TicketReservationEvent, at: Date): TicketReservation | null {
  switch (event.type) {
    case "TicketReserved":
      return {
        id: event.data.reservationId,
        employeeId: event.data.employeeId,
        date: event.data.date,
        status: "RESERVED",
        parkingLotId: null,
        deliveryId: null,
        reservedAt: at,
        allocatedAt: null,
        refusedAt: null,
        deliveredAt: null,
        canceledAt: null,
      };
    case "TicketReservationAllocated":
      return state && { ...state, status: "ALLOCATED", parkingLotId: event.data.parkingLotId, allocatedAt: at };
    case "TicketReservationRefused":
      return state && { ...state, status: "REFUSED_FULL", parkingLotId: event.data.parkingLotId, refusedAt: at };
    case "TicketReservationDelivered":
      return state && { ...state, status: "TICKET_DELIVERED", deliveryId: event.data.deliveryId, deliveredAt: at };
    case "TicketReservationCanceled":
      return state && { ...state, status: "CANCELED", canceledAt: at };
    default: {
      const unknown: never = event;
      throw new Error(`unknown event ${JSON.stringify(unknown)}`);
    }
  }
}

/** The parking-reservations context's decisions on a ticket reservation, for the platform's command layer. */
export const ticketReservationDecider: Decider<TicketReservation, TicketReservationCommand, TicketReservationEvent> = { decide, evolve };
