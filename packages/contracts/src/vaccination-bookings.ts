import { z } from "zod";
import { defineEvents, type EventsOf } from "./define.ts";

/** A vaccination day, YYYY-MM-DD. */
export const VaccinationDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const Booking = z.object({
  bookingId: z.uuid(),
  customerId: z.uuid(),
  vaccineId: z.uuid(),
});

/** A customer booked a vaccination; its dose is reserved in vaccines. */
export const VaccinationBooked = Booking.extend({ vaccineName: z.string(), date: VaccinationDate });

/** The customer canceled the booking before the injection; vaccines releases its dose. */
export const VaccinationBookingCanceled = Booking;

/** The booking's injection was given (injections' InjectionCompleted). */
export const VaccinationBookingInjected = Booking.extend({ injectionId: z.uuid() });

/**
 * A booking whose dose may have been reserved was not stored (the reservation's answer was
 * lost, or the booking could not be written): vaccines releases the dose, or marks it released
 * so a late reservation is refused. Never a booking the customer sees.
 */
export const VaccinationBookingAbandoned = Booking;

/** The events the vaccination-bookings context publishes. */
export const vaccinationBookingEvents = defineEvents("vaccination-bookings", {
  VaccinationBooked,
  VaccinationBookingCanceled,
  VaccinationBookingInjected,
  VaccinationBookingAbandoned,
});

export type VaccinationBookingEvent = EventsOf<typeof vaccinationBookingEvents>;
