import { changedBy, defineLiveStatus } from "./define.live.ts";
import { vaccinationBookingEvents } from "./vaccination-bookings.ts";

/**
 * A vaccination booking's status, pushed to its customer: BOOKED when it is taken, INJECTED
 * when the injection manager gave the injection (vaccination-bookings applies injections'
 * event and publishes its own), CANCELED when the customer canceled. Every change comes from
 * the owner's own events.
 */
export const vaccinationBookingLiveStatus = defineLiveStatus({
  owner: "vaccination-bookings",
  entity: {
    type: "VaccinationBooking",
    query: "vaccinationBooking",
    idArgument: "id",
    field: "booking",
    description: "The vaccination booking as it is now, resolved through the graph.",
  },
  change: {
    type: "VaccinationBookingStatusChange",
    description: "A vaccination booking moved to a new status.",
    fields: { status: { type: "VaccinationBookingStatus!", description: "The status the booking moved to with this change (the current one may be later)." } },
  },
  sources: [
    changedBy(vaccinationBookingEvents.VaccinationBooked, (e) => ({ id: e.bookingId, ownerId: e.customerId, fields: { status: "BOOKED" } })),
    changedBy(vaccinationBookingEvents.VaccinationBookingInjected, (e) => ({ id: e.bookingId, ownerId: e.customerId, fields: { status: "INJECTED" } })),
    changedBy(vaccinationBookingEvents.VaccinationBookingCanceled, (e) => ({ id: e.bookingId, ownerId: e.customerId, fields: { status: "CANCELED" } })),
  ],
  subscriptions: {
    myVaccinationBookingChanges: { kind: "mine", description: "Status changes of the signed-in customer's vaccination bookings. Needs a token." },
    vaccinationBookingChanges: { kind: "byId", argument: "id", description: "Status changes of one vaccination booking: yours, or any as ADMIN." },
  },
});
