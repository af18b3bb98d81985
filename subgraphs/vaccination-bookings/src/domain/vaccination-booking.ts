import type { VaccinationBookingEvent } from "@supergraph/contracts/vaccination-bookings";
import { domainErrors, type Decider } from "@supergraph/platform";
import { VaccinationBookingsErrorCode, type VaccinationBookingStatus } from "../generated/graphql.ts";

/** Statuses of a booking: the SDL's enum (the Prisma schema's copy is checked by scripts/enums.test.ts). */
export type { VaccinationBookingStatus };

export interface VaccinationBooking {
  readonly id: string;
  readonly customerId: string;
  readonly vaccineId: string;
  readonly vaccineName: string;
  /** The day, YYYY-MM-DD. */
  readonly date: string;
  readonly status: VaccinationBookingStatus;
  readonly injectionId: string | null;
  readonly bookedAt: Date;
  readonly injectedAt: Date | null;
  readonly canceledAt: Date | null;
}

export type VaccinationBookingCommand =
  /** Made once vaccines reserved the dose (`vaccineName` from its answer). */
  | { type: "BookVaccination"; bookingId: string; customerId: string; vaccineId: string; vaccineName: string; date: string }
  | { type: "CancelVaccinationBooking"; byUserId: string; byAdmin: boolean }
  /** Injections' InjectionCompleted. */
  | { type: "RecordInjection"; injectionId: string };

/** Refusals of the vaccination-bookings context, their codes from its SDL's VaccinationBookingsErrorCode. */
export const BookingError = domainErrors(VaccinationBookingsErrorCode);

/** Whether `date` is a real calendar day written YYYY-MM-DD (2026-02-30 is not). */
export function isCalendarDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const parsed = new Date(`${date}T00:00:00.000Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}

/** The UTC day of an instant, YYYY-MM-DD. */
export const dayOf = (at: Date) => at.toISOString().slice(0, 10);

/**
 * What a booking request must be before a dose is reserved for it (the reservation is a sync
 * call, so these are checked before it, not in `decide` after it).
 */
export function checkBookingRequest(request: { vaccineIdValid: boolean; date: string; today: string; alreadyBooked: boolean }): void {
  if (!isCalendarDate(request.date)) throw BookingError.refuse("INVALID_DATE", "The date must be a calendar date written YYYY-MM-DD.");
  // ISO dates compare as strings.
  if (request.date < request.today) throw BookingError.refuse("DATE_IN_PAST", "Vaccinations are booked for today or a later day.");
  if (!request.vaccineIdValid) throw BookingError.refuse("VACCINE_NOT_FOUND", "No vaccine with that id.");
  if (request.alreadyBooked) throw BookingError.refuse("ALREADY_BOOKED", "You already have a booking waiting for its injection.");
}

const notFound = () => BookingError.refuse("VACCINATION_BOOKING_NOT_FOUND", "No vaccination booking with that id.");

/** Decides the events of a command on a booking. */
export function decide(command: VaccinationBookingCommand, state: VaccinationBooking | null): VaccinationBookingEvent[] {
  switch (command.type) {
    case "BookVaccination": {
      const { bookingId, customerId, vaccineId, vaccineName, date } = command;
      return [{ type: "VaccinationBooked", subject: bookingId, data: { bookingId, customerId, vaccineId, vaccineName, date } }];
    }
    case "CancelVaccinationBooking": {
      if (!state || (state.customerId !== command.byUserId && !command.byAdmin)) throw notFound();
      if (state.status === "CANCELED") throw BookingError.refuse("BOOKING_ALREADY_CANCELED", "The booking is already canceled.");
      if (state.status === "INJECTED") throw BookingError.refuse("BOOKING_ALREADY_INJECTED", "The injection was given; the booking can no longer be canceled.");
      const { id: bookingId, customerId, vaccineId } = state;
      return [{ type: "VaccinationBookingCanceled", subject: bookingId, data: { bookingId, customerId, vaccineId } }];
    }
    case "RecordInjection": {
      if (!state) throw notFound();
      // Injected already (a redelivery), or canceled while the injection was given (injections
      // refuses a canceled booking's injection once it knows; the booking stays as the customer left it).
      if (state.status !== "BOOKED") return [];
      const { id: bookingId, customerId, vaccineId } = state;
      return [{ type: "VaccinationBookingInjected", subject: bookingId, data: { bookingId, customerId, vaccineId, injectionId: command.injectionId } }];
    }
    default: {
      const unknown: never = command;
      throw new Error(`unknown command ${JSON.stringify(unknown)}`);
    }
  }
}

/** Applies an event to the booking it is about, as of `at`. */
export function evolve(state: VaccinationBooking | null, event: VaccinationBookingEvent, at: Date): VaccinationBooking | null {
  switch (event.type) {
    case "VaccinationBooked":
      return {
        id: event.data.bookingId,
        customerId: event.data.customerId,
        vaccineId: event.data.vaccineId,
        vaccineName: event.data.vaccineName,
        date: event.data.date,
        status: "BOOKED",
        injectionId: null,
        bookedAt: at,
        injectedAt: null,
        canceledAt: null,
      };
    case "VaccinationBookingInjected":
      return state && { ...state, status: "INJECTED", injectionId: event.data.injectionId, injectedAt: at };
    case "VaccinationBookingCanceled":
      return state && { ...state, status: "CANCELED", canceledAt: at };
    // Never about a stored booking.
    case "VaccinationBookingAbandoned":
      return state;
    default: {
      const unknown: never = event;
      throw new Error(`unknown event ${JSON.stringify(unknown)}`);
    }
  }
}

/** The vaccination-bookings context's decisions on a booking, for the platform's command layer. */
export const vaccinationBookingDecider: Decider<VaccinationBooking, VaccinationBookingCommand, VaccinationBookingEvent> = { decide, evolve };
