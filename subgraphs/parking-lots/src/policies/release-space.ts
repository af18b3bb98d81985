import { randomUUID } from "node:crypto";
import { ticketReservationEvents } from "@supergraph/contracts/parking-reservations";
import type { CancelDeliveryRequest, CancelDeliveryResult } from "@supergraph/contracts/ticket-deliveries";
import { inResponseTo, on, policy, runCommand } from "@supergraph/platform";
import { lotOfReservation } from "../commands/lot-of-reservation.ts";
import { findLotOfReservation } from "../infra/parking-lot-store.ts";

/**
 * A canceled reservation's space is released only after its ticket delivery is canceled, so a
 * space is never given to two people: the sync call first, then Vacated. When the call fails
 * (ticket-deliveries down or slow, its breaker open) the handler throws, the event is not
 * acknowledged and the consumer delivers it again with backoff; after the last delivery it is
 * parked in the dead letters for an operator to replay. The space stays taken meanwhile.
 * A refused (FullyOccupied) reservation has no space and no ticket: nothing to call or release.
 */
export function releaseSpace(capacity: number, cancelDelivery: (request: CancelDeliveryRequest) => Promise<CancelDeliveryResult>) {
  return policy("release-space", on(ticketReservationEvents.TicketReservationCanceled), {
    async handle(event, tx, record) {
      const { reservationId, employeeId, date } = event.data;
      const lot = await findLotOfReservation(tx, reservationId);
      const parkingLotId = lot?.id ?? randomUUID();
      // Called before the day is locked: the other reservations of the day do not wait for it.
      if (lot?.status === "OCCUPIED") await cancelDelivery({ reservationId, parkingLotId, employeeId, date });
      await runCommand(
        tx,
        record,
        lotOfReservation(date, reservationId, capacity),
        { type: "ReleaseSpace", deliveryCanceled: lot?.status === "OCCUPIED", parkingLotId, reservationId, employeeId, date },
        inResponseTo(event),
      );
    },
  });
}
