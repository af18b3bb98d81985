import { changedBy, defineLiveStatus } from "./define.live.ts";
import { ticketReservationEvents } from "./parking-reservations.ts";

/**
 * A ticket reservation's status, pushed to its employee: RESERVED when it is taken, then
 * ALLOCATED or REFUSED_FULL when the lot decided, TICKET_DELIVERED when the parking manager
 * handed the ticket over, CANCELED when the employee canceled. parking-reservations publishes
 * each status it takes (applying the lot's and the deliveries' events), so every change comes
 * from the owner's own events. The ticket delivery's cancellation and the space's release that
 * follow a cancel are not the reservation's status (the read model shows them).
 */
export const ticketReservationLiveStatus = defineLiveStatus({
  owner: "parking-reservations",
  entity: {
    type: "TicketReservation",
    query: "ticketReservation",
    idArgument: "id",
    field: "reservation",
    description: "The ticket reservation as it is now, resolved through the graph.",
  },
  change: {
    type: "TicketReservationStatusChange",
    description: "A ticket reservation moved to a new status.",
    fields: { status: { type: "TicketReservationStatus!", description: "The status the reservation moved to with this change (the current one may be later)." } },
  },
  sources: [
    changedBy(ticketReservationEvents.TicketReserved, (e) => ({ id: e.reservationId, ownerId: e.employeeId, fields: { status: "RESERVED" } })),
    changedBy(ticketReservationEvents.TicketReservationAllocated, (e) => ({ id: e.reservationId, ownerId: e.employeeId, fields: { status: "ALLOCATED" } })),
    changedBy(ticketReservationEvents.TicketReservationRefused, (e) => ({ id: e.reservationId, ownerId: e.employeeId, fields: { status: "REFUSED_FULL" } })),
    changedBy(ticketReservationEvents.TicketReservationDelivered, (e) => ({ id: e.reservationId, ownerId: e.employeeId, fields: { status: "TICKET_DELIVERED" } })),
    changedBy(ticketReservationEvents.TicketReservationCanceled, (e) => ({ id: e.reservationId, ownerId: e.employeeId, fields: { status: "CANCELED" } })),
  ],
  subscriptions: {
    myTicketReservationChanges: { kind: "mine", description: "Status changes of the signed-in employee's ticket reservations. Needs a token." },
    ticketReservationChanges: { kind: "byId", argument: "id", description: "Status changes of one ticket reservation: yours, or any as ADMIN." },
  },
});
