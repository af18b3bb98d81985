import { z } from "zod";
import { defineEvents, type EventsOf } from "./define.ts";
import { ParkingDate } from "./parking-reservations.ts";

/*
 * The ticket-deliveries context's contract: the tickets the parking manager hands over, and
 * the sync call `ticket-deliveries.cancelDelivery` the lot makes before it releases a space.
 */

const Delivery = z.object({
  deliveryId: z.uuid(),
  reservationId: z.uuid(),
  parkingLotId: z.uuid(),
  employeeId: z.uuid(),
  date: ParkingDate,
});

/** An allocated reservation became a ticket to deliver, in the parking manager's list. */
export const TicketDeliveryCreated = Delivery;

/** The parking manager delivered the ticket to the employee. */
export const Shipped = Delivery.extend({
  /** The parking manager who delivered it. */
  managerId: z.uuid(),
});

/** The ticket delivery was canceled (its reservation was canceled); the ticket is void. */
export const DeliveryCanceled = Delivery;

/** The events the ticket-deliveries context publishes. */
export const ticketDeliveryEvents = defineEvents("ticket-deliveries", { TicketDeliveryCreated, Shipped, DeliveryCanceled });

export type TicketDeliveryEvent = EventsOf<typeof ticketDeliveryEvents>;

/**
 * Sync call `ticket-deliveries.cancelDelivery`: cancels the ticket of a reservation, idempotent
 * by reservation id (a retry, or a second call, answers the same canceled delivery). A call
 * that comes before the delivery exists (its Occupied not handled yet there) cancels it in
 * advance, so the later Occupied makes no ticket.
 */
export const CancelDeliveryRequest = z.object({
  reservationId: z.uuid(),
  parkingLotId: z.uuid(),
  employeeId: z.uuid(),
  date: ParkingDate,
});
export type CancelDeliveryRequest = z.infer<typeof CancelDeliveryRequest>;

export interface CancelDeliveryResult {
  deliveryId: string;
  status: "CANCELED";
}

/** Error codes of the cancel-delivery call, shared by caller and callee. */
export const CancelDeliveryErrorCode = {
  /** Raised by the caller when ticket-deliveries is down, slow or its breaker is open. */
  UNAVAILABLE: "TICKET_DELIVERY_UNAVAILABLE",
  /** The request was not a CancelDeliveryRequest (a caller's bug). */
  INVALID: "INVALID_CANCEL_DELIVERY",
} as const;
