import { commandCausation, executeCommand, type UnitOfWork, type Viewer } from "@supergraph/platform";
import type { TicketReservation } from "../domain/ticket-reservation.ts";
import { onTicketReservation } from "./ticket-reservation.ts";

/**
 * Cancels a reservation: CANCELED at once, with TicketReservationCanceled in its outbox. The lot
 * reacts: it cancels the ticket delivery first (a sync call) and only then releases the space.
 */
export async function cancelTicketReservation(transact: UnitOfWork, reservationId: string, viewer: Viewer, now: Date): Promise<TicketReservation> {
  const { state } = await executeCommand(
    transact,
    onTicketReservation(reservationId),
    { type: "CancelTicketReservation", byUserId: viewer.userId, byAdmin: viewer.roles.includes("ADMIN") },
    { now, causation: commandCausation(reservationId) },
  );
  return state!;
}
