import { vaccinationBookingEvents } from "@supergraph/contracts/vaccination-bookings";
import { on, policy } from "@supergraph/platform";
import { saveKnownBooking } from "../infra/certificate-application-store.ts";

/**
 * A customer booked a vaccination: certificate-applications records whose booking it is and the
 * vaccine's name, which an application checks and carries (a redelivery changes nothing).
 */
export const recordBooking = policy("record-booking", on(vaccinationBookingEvents.VaccinationBooked), {
  async handle(event, tx) {
    await saveKnownBooking(tx, { id: event.data.bookingId, customerId: event.data.customerId, vaccineName: event.data.vaccineName });
  },
});
