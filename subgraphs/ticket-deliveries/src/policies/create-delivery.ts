import { randomUUID } from "node:crypto";
import { parkingLotEvents } from "@supergraph/contracts/parking-lots";
import { inResponseTo, on, policy, runCommand } from "@supergraph/platform";
import { ticketOfReservation } from "../commands/ticket-of-reservation.ts";

/**
 * A reservation the lot gave a space becomes a ticket in the parking manager's list; a
 * redelivered Occupied, or one whose reservation's cancel came first, makes none.
 */
export const createDelivery = policy("create-delivery", on(parkingLotEvents.Occupied), {
  async handle(event, tx, record) {
    const { reservationId, parkingLotId, employeeId, date } = event.data;
    await runCommand(
      tx,
      record,
      ticketOfReservation(reservationId),
      { type: "CreateDelivery", deliveryId: randomUUID(), reservationId, parkingLotId, employeeId, date },
      inResponseTo(event),
    );
  },
});
