import type { TicketDeliveryEvent } from "@supergraph/contracts/ticket-deliveries";
import { domainErrors, type Decider } from "@supergraph/platform";
import { TicketDeliveriesErrorCode, type TicketDeliveryStatus } from "../generated/graphql.ts";

/** Statuses of a ticket delivery: the SDL's enum (the Prisma schema's copy is checked by scripts/enums.test.ts). */
export type { TicketDeliveryStatus };

export interface TicketDelivery {
  readonly id: string;
  readonly reservationId: string;
  readonly parkingLotId: string;
  readonly employeeId: string;
  readonly date: string;
  readonly status: TicketDeliveryStatus;
  readonly createdAt: Date;
  readonly shippedAt: Date | null;
  readonly shippedBy: string | null;
  readonly canceledAt: Date | null;
}

/** What the lot's Occupied and the cancel-delivery call say of a ticket. */
interface TicketFacts {
  /** The id a delivery made now gets. */
  deliveryId: string;
  reservationId: string;
  parkingLotId: string;
  employeeId: string;
  date: string;
}

export type TicketDeliveryCommand =
  /** The lot's Occupied: a ticket for the parking manager to deliver. */
  | ({ type: "CreateDelivery" } & TicketFacts)
  | { type: "ShipTicket"; managerId: string }
  /** The lot's sync call, before it releases the space. */
  | ({ type: "CancelDelivery" } & TicketFacts);

/** Refusals of the ticket-deliveries context, their codes from its SDL's TicketDeliveriesErrorCode. */
export const TicketDeliveryError = domainErrors(TicketDeliveriesErrorCode);

/**
 * Decides a command on a reservation's ticket. A ticket is made once per reservation (a
 * redelivered Occupied makes none); a cancel is idempotent, and one that comes before the
 * ticket was made cancels it in advance, so the Occupied that follows makes none.
 */
export function decide(command: TicketDeliveryCommand, state: TicketDelivery | null): TicketDeliveryEvent[] {
  switch (command.type) {
    case "CreateDelivery": {
      if (state) return [];
      const { deliveryId, reservationId, parkingLotId, employeeId, date } = command;
      return [{ type: "TicketDeliveryCreated", subject: reservationId, data: { deliveryId, reservationId, parkingLotId, employeeId, date } }];
    }
    case "ShipTicket": {
      if (!state) throw TicketDeliveryError.refuse("TICKET_DELIVERY_NOT_FOUND", "No ticket delivery with that id.");
      if (state.status === "CANCELED") throw TicketDeliveryError.refuse("TICKET_DELIVERY_CANCELED", "The ticket delivery was canceled with its reservation.");
      if (state.status === "SHIPPED") throw TicketDeliveryError.refuse("TICKET_ALREADY_DELIVERED", "The ticket was already delivered.");
      const { id: deliveryId, reservationId, parkingLotId, employeeId, date } = state;
      return [{ type: "Shipped", subject: reservationId, data: { deliveryId, reservationId, parkingLotId, employeeId, date, managerId: command.managerId } }];
    }
    case "CancelDelivery": {
      if (state?.status === "CANCELED") return [];
      // A delivered ticket is canceled too: it is void, so its space can be released.
      const facts = state
        ? { deliveryId: state.id, reservationId: state.reservationId, parkingLotId: state.parkingLotId, employeeId: state.employeeId, date: state.date }
        : { deliveryId: command.deliveryId, reservationId: command.reservationId, parkingLotId: command.parkingLotId, employeeId: command.employeeId, date: command.date };
      return [{ type: "DeliveryCanceled", subject: facts.reservationId, data: facts }];
    }
    default: {
      const unknown: never = command;
      throw new Error(`unknown command ${JSON.stringify(unknown)}`);
    }
  }
}

/** Applies an event to the ticket it is about, as of `at`. */
export function evolve(state: TicketDelivery | null, event: TicketDeliveryEvent, at: Date): TicketDelivery | null {
  const { deliveryId: id, reservationId, parkingLotId, employeeId, date } = event.data;
  const made = (): TicketDelivery => ({ id, reservationId, parkingLotId, employeeId, date, status: "TO_DELIVER", createdAt: at, shippedAt: null, shippedBy: null, canceledAt: null });
  switch (event.type) {
    case "TicketDeliveryCreated":
      return made();
    case "Shipped":
      return state && { ...state, status: "SHIPPED", shippedAt: at, shippedBy: event.data.managerId };
    case "DeliveryCanceled":
      return { ...(state ?? made()), status: "CANCELED", canceledAt: at };
    default: {
      const unknown: never = event;
      throw new Error(`unknown event ${JSON.stringify(unknown)}`);
    }
  }
}

/** The ticket-deliveries context's decisions on a ticket, for the platform's command layer. */
export const ticketDeliveryDecider: Decider<TicketDelivery, TicketDeliveryCommand, TicketDeliveryEvent> = { decide, evolve };
