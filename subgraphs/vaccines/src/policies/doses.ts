import { injectionEvents } from "@supergraph/contracts/injections";
import { vaccinationBookingEvents } from "@supergraph/contracts/vaccination-bookings";
import { causedBy, on, policy } from "@supergraph/platform";
import { consumeDose, releaseDose } from "../commands/doses.ts";

/** An injection given: its dose leaves the stock and booked (the dose row makes a second delivery a no-op, as the inbox does). */
export const consumeInjectedDose = policy("consume-injected-dose", on(injectionEvents.InjectionCompleted), {
  async handle(event, tx, record) {
    await consumeDose(tx, record, event.data.bookingId, causedBy(event));
  },
});

/** A booking canceled before its injection: its dose is released (the saga's compensation). */
export const releaseCanceledDose = policy("release-canceled-dose", on(vaccinationBookingEvents.VaccinationBookingCanceled), {
  async handle(event, tx, record) {
    await releaseDose(tx, record, { bookingId: event.data.bookingId, vaccineId: event.data.vaccineId }, causedBy(event));
  },
});

/** A booking that was never stored after its reservation may have landed: its dose is released, or marked so a late one is refused. */
export const releaseAbandonedDose = policy("release-abandoned-dose", on(vaccinationBookingEvents.VaccinationBookingAbandoned), {
  async handle(event, tx, record) {
    await releaseDose(tx, record, { bookingId: event.data.bookingId, vaccineId: event.data.vaccineId }, causedBy(event));
  },
});
