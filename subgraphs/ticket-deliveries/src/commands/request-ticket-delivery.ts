import { randomUUID } from "node:crypto";
import { commandCausation, executeCommand, type UnitOfWork } from "@supergraph/platform";
import { ticketDeliveryDecider, type TicketDelivery } from "../domain/ticket-delivery.ts";
import { saveTicketDelivery } from "../infra/ticket-delivery-store.ts";

export interface RequestTicketDeliveryInput {
  readonly title: string;
}

/** Requests a new ticket delivery for `ownerId`; the confirm-ticket-delivery policy confirms it once TicketDeliveryRequested is published. */
export async function requestTicketDelivery(transact: UnitOfWork, ownerId: string, input: RequestTicketDeliveryInput, now: Date): Promise<TicketDelivery> {
  const ticketDeliveryId = randomUUID();
  const { state } = await executeCommand(
    transact,
    { decider: ticketDeliveryDecider, load: async () => null, save: (tx, ticketDelivery) => saveTicketDelivery(tx, ticketDelivery) },
    { type: "RequestTicketDelivery", ticketDeliveryId, ownerId, ...input },
    { now, causation: commandCausation(ticketDeliveryId) },
  );
  return state!;
}
