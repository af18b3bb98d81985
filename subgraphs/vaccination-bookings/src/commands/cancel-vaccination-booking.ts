import { commandCausation, executeCommand, type UnitOfWork, type Viewer } from "@supergraph/platform";
import type { VaccinationBooking } from "../domain/vaccination-booking.ts";
import { onBooking } from "./vaccination-booking.ts";

/**
 * Cancels a booking before its injection: CANCELED at once, with VaccinationBookingCanceled in
 * its outbox, on which vaccines releases the dose and injections cancels the injection record
 * (compensations by events, so a cancel is taken while either is down).
 */
export async function cancelVaccinationBooking(transact: UnitOfWork, bookingId: string, viewer: Viewer, now: Date): Promise<VaccinationBooking> {
  const { state } = await executeCommand(
    transact,
    onBooking(bookingId),
    { type: "CancelVaccinationBooking", byUserId: viewer.userId, byAdmin: viewer.roles.includes("ADMIN") },
    { now, causation: commandCausation(bookingId) },
  );
  return state!;
}
