import type { TicketDeliveryEvent } from "@supergraph/contracts/ticket-deliveries";
import { domainErrors, type Decider } from "@supergraph/platform";
import { TicketDeliveriesErrorCode, type TicketDeliveryStatus } from "../generated/graphql.ts";

/** Statuses of a ticket delivery: the SDL's enum (the Prisma schema's copy is checked by scripts/enums.test.ts). */
export type { TicketDeliveryStatus };

export interface TicketDelivery {
  readonly id: string;
  readonly ownerId: string;
  readonly title: string;
  readonly status: TicketDeliveryStatus;
  readonly requestedAt: Date;
  readonly confirmedAt: Date | null;
}

export type TicketDeliveryCommand =
  | { type: "RequestTicketDelivery"; ticketDeliveryId: string; ownerId: string; title: string }
  /** The request was published: the ticket delivery is confirmed (the confirm-ticket-delivery policy). */
  | { type: "ConfirmTicketDelivery" };

/** Refusals of the ticket-deliveries context, their codes from its SDL's TicketDeliveriesErrorCode. */
export const TicketDeliveryError = domainErrors(TicketDeliveriesErrorCode);

/** Decides which events a command on a ticket delivery yields, or refuses it. */
export function decide(command: TicketDeliveryCommand, state: TicketDelivery | null): TicketDeliveryEvent[] {
  switch (command.type) {
    case "RequestTicketDelivery": {
      const title = command.title.trim();
      if (title.length < 1 || title.length > 200) throw TicketDeliveryError.refuse("INVALID_TICKET_DELIVERY", "The title must have 1 to 200 characters.");
      const { ticketDeliveryId, ownerId } = command;
      return [{ type: "TicketDeliveryRequested", subject: ticketDeliveryId, data: { ticketDeliveryId, ownerId, title } }];
    }
    case "ConfirmTicketDelivery": {
      if (!state) throw TicketDeliveryError.refuse("TICKET_DELIVERY_NOT_FOUND", "No ticket delivery with that id.");
      // Confirmed already (its request delivered again): nothing more happens.
      if (state.status === "CONFIRMED") return [];
      return [{ type: "TicketDeliveryConfirmed", subject: state.id, data: { ticketDeliveryId: state.id, ownerId: state.ownerId } }];
    }
    default: {
      const unknown: never = command;
      throw new Error(`unknown command ${JSON.stringify(unknown)}`);
    }
  }
}

/** Applies an event to the ticket delivery it is about, as of `at`. */
export function evolve(state: TicketDelivery | null, event: TicketDeliveryEvent, at: Date): TicketDelivery {
  switch (event.type) {
    case "TicketDeliveryRequested":
      return { id: event.data.ticketDeliveryId, ownerId: event.data.ownerId, title: event.data.title, status: "REQUESTED", requestedAt: at, confirmedAt: null };
    case "TicketDeliveryConfirmed":
      if (!state) throw new Error("TicketDeliveryConfirmed for a ticket delivery that does not exist");
      return { ...state, status: "CONFIRMED", confirmedAt: at };
    default: {
      const unknown: never = event;
      throw new Error(`unknown event ${JSON.stringify(unknown)}`);
    }
  }
}

/** The ticket-deliveries context's decisions on a ticket delivery, for the platform's command layer. */
export const ticketDeliveryDecider: Decider<TicketDelivery, TicketDeliveryCommand, TicketDeliveryEvent> = { decide, evolve };
