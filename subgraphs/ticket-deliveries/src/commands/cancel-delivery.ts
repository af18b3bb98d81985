import { randomUUID } from "node:crypto";
import { CancelDeliveryRequest, type CancelDeliveryResult } from "@supergraph/contracts/ticket-deliveries";
import { commandCausation, executeCommand, type UnitOfWork } from "@supergraph/platform";
import { TicketDeliveryError } from "../domain/ticket-delivery.ts";
import { ticketOfReservation } from "./ticket-of-reservation.ts";

/**
 * The sync call `ticket-deliveries.cancelDelivery`, idempotent by reservation id: the first call
 * cancels the ticket (DeliveryCanceled), every later one answers the same canceled ticket.
 */
export function cancelDeliveryAnswer({ transact, clock }: { transact: UnitOfWork; clock: () => Date }) {
  return async function cancelDelivery(payload: unknown): Promise<CancelDeliveryResult> {
    const parsed = CancelDeliveryRequest.safeParse(payload);
    if (!parsed.success) {
      throw TicketDeliveryError.refuse("INVALID_CANCEL_DELIVERY", `Invalid cancel-delivery request: ${parsed.error.issues[0]?.message ?? "malformed"}.`);
    }
    const request = parsed.data;
    const { state } = await executeCommand(
      transact,
      ticketOfReservation(request.reservationId),
      { type: "CancelDelivery", deliveryId: randomUUID(), ...request },
      { now: clock(), causation: commandCausation(request.reservationId) },
    );
    return { deliveryId: state!.id, status: "CANCELED" };
  };
}
