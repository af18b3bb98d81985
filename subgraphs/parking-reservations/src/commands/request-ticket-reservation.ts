import { randomUUID } from "node:crypto";
import { commandCausation, executeCommand, type UnitOfWork } from "@supergraph/platform";
import { ticketReservationDecider, type TicketReservation } from "../domain/ticket-reservation.ts";
import { saveTicketReservation } from "../infra/ticket-reservation-store.ts";

export interface RequestTicketReservationInput {
  readonly title: string;
}

/** Requests a new ticket reservation for `ownerId`; the confirm-ticket-reservation policy confirms it once TicketReservationRequested is published. */
export async function requestTicketReservation(transact: UnitOfWork, ownerId: string, input: RequestTicketReservationInput, now: Date): Promise<TicketReservation> {
  const ticketReservationId = randomUUID();
  const { state } = await executeCommand(
    transact,
    { decider: ticketReservationDecider, load: async () => null, save: (tx, ticketReservation) => saveTicketReservation(tx, ticketReservation) },
    { type: "RequestTicketReservation", ticketReservationId, ownerId, ...input },
    { now, causation: commandCausation(ticketReservationId) },
  );
  return state!;
}
