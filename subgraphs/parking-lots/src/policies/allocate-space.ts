import { randomUUID } from "node:crypto";
import { ticketReservationEvents } from "@supergraph/contracts/parking-reservations";
import { inResponseTo, on, policy, runCommand } from "@supergraph/platform";
import { lotOfReservation } from "../commands/lot-of-reservation.ts";

/**
 * A reservation gets a space of its day, or FullyOccupied when the day's spaces are taken. Its
 * day is locked while it is decided, so concurrent consumers and replicas never give out more
 * than the capacity; a redelivered TicketReserved finds its allocation and does nothing more.
 */
export function allocateSpace(capacity: number) {
  return policy("allocate-space", on(ticketReservationEvents.TicketReserved), {
    async handle(event, tx, record) {
      const { reservationId, employeeId, date } = event.data;
      await runCommand(
        tx,
        record,
        lotOfReservation(date, reservationId, capacity),
        { type: "AllocateSpace", parkingLotId: randomUUID(), reservationId, employeeId, date },
        inResponseTo(event),
      );
    },
  });
}
