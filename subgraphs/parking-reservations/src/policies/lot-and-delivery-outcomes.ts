import { parkingLotEvents } from "@supergraph/contracts/parking-lots";
import { ticketDeliveryEvents } from "@supergraph/contracts/ticket-deliveries";
import { inResponseTo, on, policy, runCommand } from "@supergraph/platform";
import { onTicketReservation } from "../commands/ticket-reservation.ts";

/*
 * The reservation's status follows the lot's decision and the ticket's delivery. Each policy
 * runs the reservation's command in the consumer's transaction, with its inbox record, so a
 * redelivered event changes nothing twice; the decider ignores an outcome that comes late or
 * for a canceled reservation.
 */

/** The lot gave the reservation a space: ALLOCATED. */
export const recordAllocation = policy("record-allocation", on(parkingLotEvents.Occupied), {
  async handle(event, tx, record) {
    await runCommand(tx, record, onTicketReservation(event.data.reservationId), { type: "RecordAllocation", parkingLotId: event.data.parkingLotId }, inResponseTo(event));
  },
});

/** The day was full: REFUSED_FULL. */
export const recordRefusal = policy("record-refusal", on(parkingLotEvents.FullyOccupied), {
  async handle(event, tx, record) {
    await runCommand(tx, record, onTicketReservation(event.data.reservationId), { type: "RecordRefusal", parkingLotId: event.data.parkingLotId }, inResponseTo(event));
  },
});

/** The parking manager delivered the ticket: TICKET_DELIVERED. */
export const recordDelivery = policy("record-delivery", on(ticketDeliveryEvents.Shipped), {
  async handle(event, tx, record) {
    const { reservationId, parkingLotId, deliveryId } = event.data;
    await runCommand(tx, record, onTicketReservation(reservationId), { type: "RecordDelivery", parkingLotId, deliveryId }, inResponseTo(event));
  },
});
