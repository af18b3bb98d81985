import type { TicketDeliveryEvent } from "@supergraph/contracts/ticket-deliveries";
import type { CommandSpec } from "@supergraph/platform";
import { ticketDeliveryDecider, type TicketDelivery, type TicketDeliveryCommand } from "../domain/ticket-delivery.ts";
import { lockTicketOfReservation, saveTicketDelivery } from "../infra/ticket-delivery-store.ts";

/** A command on the ticket of reservation `reservationId`: locked while it is decided, saved whole. */
export function ticketOfReservation(reservationId: string): CommandSpec<TicketDelivery, TicketDeliveryCommand, TicketDeliveryEvent> {
  return {
    decider: ticketDeliveryDecider,
    load: (tx) => lockTicketOfReservation(tx, reservationId),
    save: (tx, ticket) => saveTicketDelivery(tx, ticket),
  };
}
