import { randomUUID } from "node:crypto";
import { CancelDeliveryRequest, type CancelDeliveryResult } from "@supergraph/contracts/ticket-deliveries";
import { commandCausation, executeCommand, type UnitOfWork } from "@supergraph/platform";
import { TicketDeliveryError } from "../domain/ticket-delivery.ts";
import { ticketOfReservation } from "./ticket-of-reservation.ts";

/**
 * The sync call `ticket-deliveries.cancelDelivery`, idempotent by reservation id: the first call
 * cancels the ticket (DeliveryCanceled), every later one answers the same canceled ticket. The
 * courier confirms after `courierLatencyMs`: an answer later than the lot's timeout is retried by
 * the lot and cancels nothing twice.
 */
export function cancelDeliveryAnswer({ transact, clock, courierLatencyMs = 0 }: { transact: UnitOfWork; clock: () => Date; courierLatencyMs?: number }) {
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
    if (courierLatencyMs > 0) await new Promise((resolve) => setTimeout(resolve, courierLatencyMs));
    return { deliveryId: state!.id, status: "CANCELED" };
  };
}
