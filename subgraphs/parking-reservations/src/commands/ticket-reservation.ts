import type { TicketReservationEvent } from "@supergraph/contracts/parking-reservations";
import type { CommandSpec } from "@supergraph/platform";
import { ticketReservationDecider, type TicketReservation, type TicketReservationCommand } from "../domain/ticket-reservation.ts";
import { lockTicketReservation, saveTicketReservation } from "../infra/ticket-reservation-store.ts";

/** A command on the reservation `reservationId`: locked while it is decided, saved whole. */
export function onTicketReservation(reservationId: string): CommandSpec<TicketReservation, TicketReservationCommand, TicketReservationEvent> {
  return {
    decider: ticketReservationDecider,
    load: (tx) => lockTicketReservation(tx, reservationId),
    save: (tx, reservation) => saveTicketReservation(tx, reservation),
  };
}
