import type { TicketDeliveryEvent } from "@supergraph/contracts/ticket-deliveries";
import type { CommandSpec } from "@supergraph/platform";
import { ticketDeliveryDecider, type TicketDelivery, type TicketDeliveryCommand } from "../domain/ticket-delivery.ts";
import { lockTicketDelivery, saveTicketDelivery } from "../infra/ticket-delivery-store.ts";

/** A command on the ticket delivery `ticketDeliveryId`: locked while it is decided, saved whole. */
export function onTicketDelivery(ticketDeliveryId: string): CommandSpec<TicketDelivery, TicketDeliveryCommand, TicketDeliveryEvent> {
  return {
    decider: ticketDeliveryDecider,
    load: (tx) => lockTicketDelivery(tx, ticketDeliveryId),
    save: (tx, ticketDelivery) => saveTicketDelivery(tx, ticketDelivery),
  };
}
