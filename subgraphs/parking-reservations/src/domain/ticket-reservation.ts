import type { TicketReservationEvent } from "@supergraph/contracts/parking-reservations";
import { domainErrors, type Decider } from "@supergraph/platform";
import { ParkingReservationsErrorCode, type TicketReservationStatus } from "../generated/graphql.ts";

/** Statuses of a ticket reservation: the SDL's enum (the Prisma schema's copy is checked by scripts/enums.test.ts). */
export type { TicketReservationStatus };

export interface TicketReservation {
  readonly id: string;
  readonly ownerId: string;
  readonly title: string;
  readonly status: TicketReservationStatus;
  readonly requestedAt: Date;
  readonly confirmedAt: Date | null;
}

export type TicketReservationCommand =
  | { type: "RequestTicketReservation"; ticketReservationId: string; ownerId: string; title: string }
  /** The request was published: the ticket reservation is confirmed (the confirm-ticket-reservation policy). */
  | { type: "ConfirmTicketReservation" };

/** Refusals of the parking-reservations context, their codes from its SDL's ParkingReservationsErrorCode. */
export const TicketReservationError = domainErrors(ParkingReservationsErrorCode);

/** Decides which events a command on a ticket reservation yields, or refuses it. */
export function decide(command: TicketReservationCommand, state: TicketReservation | null): TicketReservationEvent[] {
  switch (command.type) {
    case "RequestTicketReservation": {
      const title = command.title.trim();
      if (title.length < 1 || title.length > 200) throw TicketReservationError.refuse("INVALID_TICKET_RESERVATION", "The title must have 1 to 200 characters.");
      const { ticketReservationId, ownerId } = command;
      return [{ type: "TicketReservationRequested", subject: ticketReservationId, data: { ticketReservationId, ownerId, title } }];
    }
    case "ConfirmTicketReservation": {
      if (!state) throw TicketReservationError.refuse("TICKET_RESERVATION_NOT_FOUND", "No ticket reservation with that id.");
      // Confirmed already (its request delivered again): nothing more happens.
      if (state.status === "CONFIRMED") return [];
      return [{ type: "TicketReservationConfirmed", subject: state.id, data: { ticketReservationId: state.id, ownerId: state.ownerId } }];
    }
    default: {
      const unknown: never = command;
      throw new Error(`unknown command ${JSON.stringify(unknown)}`);
    }
  }
}

/** Applies an event to the ticket reservation it is about, as of `at`. */
export function evolve(state: TicketReservation | null, event: TicketReservationEvent, at: Date): TicketReservation {
  switch (event.type) {
    case "TicketReservationRequested":
      return { id: event.data.ticketReservationId, ownerId: event.data.ownerId, title: event.data.title, status: "REQUESTED", requestedAt: at, confirmedAt: null };
    case "TicketReservationConfirmed":
      if (!state) throw new Error("TicketReservationConfirmed for a ticket reservation that does not exist");
      return { ...state, status: "CONFIRMED", confirmedAt: at };
    default: {
      const unknown: never = event;
      throw new Error(`unknown event ${JSON.stringify(unknown)}`);
    }
  }
}

/** The parking-reservations context's decisions on a ticket reservation, for the platform's command layer. */
export const ticketReservationDecider: Decider<TicketReservation, TicketReservationCommand, TicketReservationEvent> = { decide, evolve };
