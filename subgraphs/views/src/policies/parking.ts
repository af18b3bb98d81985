import { parkingLotEvents } from "@supergraph/contracts/parking-lots";
import { ticketReservationEvents } from "@supergraph/contracts/parking-reservations";
import { ticketDeliveryEvents } from "@supergraph/contracts/ticket-deliveries";
import type { EventContract } from "@supergraph/contracts/define";
import { on, policy, type EnvelopeOf } from "@supergraph/platform";
import { applyParkingChange, type ParkingCase, type ParkingChange } from "../infra/parking-rows.ts";

/*
 * The parking reservation status read model: the employee's board of their reservations
 * (reserved, allocated or refused, delivered, canceled, with the lot's and the delivery's ids),
 * built only from the events of parking-reservations, parking-lots and ticket-deliveries
 * (views calls no other context). While parking-lots is down, a reservation shows RESERVED
 * alone; the lot's events complete it when it is back.
 */

const caseOf = (d: ParkingCase): ParkingCase => ({ reservationId: d.reservationId, employeeId: d.employeeId, date: d.date });

/** A policy that applies to its reservation's row what its event says. */
function parkingPolicy<C extends EventContract>(name: string, contract: C, change: (data: EnvelopeOf<C>["data"], at: Date) => ParkingChange) {
  return policy(name, on(contract), {
    async handle(event, tx) {
      await applyParkingChange(tx, change(event.data, new Date(event.time)));
    },
  });
}

export const parkingPolicies = [
  parkingPolicy("ticket-reserved", ticketReservationEvents.TicketReserved, (d, at) => ({ ...caseOf(d), status: "RESERVED", reservedAt: at })),
  parkingPolicy("ticket-reservation-canceled", ticketReservationEvents.TicketReservationCanceled, (d) => ({ ...caseOf(d), status: "CANCELED" })),
  parkingPolicy("space-occupied", parkingLotEvents.Occupied, (d) => ({ ...caseOf(d), status: "ALLOCATED", parkingLotId: d.parkingLotId })),
  parkingPolicy("day-fully-occupied", parkingLotEvents.FullyOccupied, (d) => ({ ...caseOf(d), status: "REFUSED_FULL", parkingLotId: d.parkingLotId })),
  // A space is vacated only after its reservation was canceled.
  parkingPolicy("space-vacated", parkingLotEvents.Vacated, (d) => ({ ...caseOf(d), status: "CANCELED", parkingLotId: d.parkingLotId, spaceReleased: true })),
  parkingPolicy("ticket-delivery-created", ticketDeliveryEvents.TicketDeliveryCreated, (d) => ({ ...caseOf(d), status: "ALLOCATED", parkingLotId: d.parkingLotId, deliveryId: d.deliveryId })),
  parkingPolicy("ticket-shipped", ticketDeliveryEvents.Shipped, (d) => ({ ...caseOf(d), status: "TICKET_DELIVERED", parkingLotId: d.parkingLotId, deliveryId: d.deliveryId })),
  // A ticket delivery is canceled only because its reservation was.
  parkingPolicy("ticket-delivery-canceled", ticketDeliveryEvents.DeliveryCanceled, (d) => ({
    ...caseOf(d),
    status: "CANCELED",
    parkingLotId: d.parkingLotId,
    deliveryId: d.deliveryId,
    ticketCanceled: true,
  })),
];
