import type { VaccinationBookingEvent } from "@supergraph/contracts/vaccination-bookings";
import type { CommandSpec } from "@supergraph/platform";
import { vaccinationBookingDecider, type VaccinationBooking, type VaccinationBookingCommand } from "../domain/vaccination-booking.ts";
import { lockBooking, saveBooking } from "../infra/vaccination-booking-store.ts";

/** A command on the booking `bookingId` (none yet: a new one): locked while it is decided, saved whole. */
export function onBooking(bookingId: string): CommandSpec<VaccinationBooking, VaccinationBookingCommand, VaccinationBookingEvent> {
  return {
    decider: vaccinationBookingDecider,
    load: (tx) => lockBooking(tx, bookingId),
    save: (tx, booking) => saveBooking(tx, booking),
  };
}
