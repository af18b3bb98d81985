import { randomUUID } from "node:crypto";
import type { ReleaseDoseRequest, ReleaseDoseResult, ReserveDoseRequest, ReserveDoseResult } from "@supergraph/contracts/vaccines";
import {
  CallNotSentError,
  commandCausation,
  executeCommand,
  isUniqueViolation,
  isUuid,
  ServiceUnavailableError,
  type Bulkhead,
  type Causation,
  type Logger,
  type Sql,
  type UnitOfWork,
} from "@supergraph/platform";
import { BookingError, checkBookingRequest, dayOf, type VaccinationBooking } from "../domain/vaccination-booking.ts";
import { hasLiveBooking } from "../infra/vaccination-booking-store.ts";
import { onBooking } from "./vaccination-booking.ts";

export interface BookVaccinationDeps {
  readonly sql: Sql;
  readonly transact: UnitOfWork;
  /** Vaccines' reserve-a-dose (a sync call in its breaker), idempotent by booking id. */
  readonly reserveDose: (request: ReserveDoseRequest) => Promise<ReserveDoseResult>;
  /** Vaccines' release-a-dose (a sync call in its breaker), idempotent by booking id. */
  readonly releaseDose: (request: ReleaseDoseRequest) => Promise<ReleaseDoseResult>;
  /**
   * The platform's admission on the reservation (`admission({ callee: reserveDose })`): a
   * bounded number of bookings at a time, and every one refused at once, before it is sent,
   * while vaccines' breaker is open.
   */
  readonly admit: Bulkhead;
  readonly log: Logger;
}

export interface BookVaccinationInput {
  readonly vaccineId: string;
  readonly date: string;
}

/**
 * Books a vaccination so that no booking exists without its dose and no dose stays reserved
 * without its booking:
 * 0. the request is checked, and while vaccines' breaker is open it is refused at once (admission);
 * 1. a dose is reserved by the sync call, idempotent by the new booking's id (refused: OUT_OF_STOCK);
 * 2. the booking is stored with VaccinationBooked in one transaction.
 * A reservation whose answer was lost (timeout, vaccines down) may have landed: the booking
 * records VaccinationBookingAbandoned, on which vaccines releases the dose (or marks it released,
 * so the late reservation is refused). A booking that fails to store after its dose was reserved
 * releases the dose by the sync call, or by that same event when the call fails too.
 */
export async function bookVaccination(deps: BookVaccinationDeps, customerId: string, input: BookVaccinationInput, now: Date): Promise<VaccinationBooking> {
  const vaccineIdValid = isUuid(input.vaccineId);
  checkBookingRequest({ vaccineIdValid, date: input.date, today: dayOf(now), alreadyBooked: vaccineIdValid && (await hasLiveBooking(deps.sql, customerId)) });
  const bookingId = randomUUID();
  return deps.admit(() => reserveAndStore(deps, { bookingId, customerId, vaccineId: input.vaccineId, date: input.date }, now));
}

interface NewBooking {
  readonly bookingId: string;
  readonly customerId: string;
  readonly vaccineId: string;
  readonly date: string;
}

async function reserveAndStore(deps: BookVaccinationDeps, booking: NewBooking, now: Date): Promise<VaccinationBooking> {
  const causation = commandCausation(booking.bookingId);
  const { bookingId, vaccineId } = booking;
  let reserved: ReserveDoseResult;
  try {
    reserved = await deps.reserveDose({ bookingId, vaccineId });
  } catch (error) {
    // Not sent (breaker open): nothing to undo. Refused: nothing reserved. Otherwise unknown.
    if (error instanceof ServiceUnavailableError && !(error instanceof CallNotSentError)) {
      await abandon(deps, booking, causation).catch((failure) => deps.log.error({ err: failure, bookingId }, "could not record the abandoned booking; its dose may stay reserved"));
    }
    throw error;
  }

  try {
    const { state } = await executeCommand(
      deps.transact,
      onBooking(bookingId),
      { type: "BookVaccination", ...booking, vaccineName: reserved.vaccineName },
      { now, causation },
    );
    return state!;
  } catch (error) {
    await deps.releaseDose({ bookingId, vaccineId }).catch(() => abandon(deps, booking, causation)).catch((failure) =>
      deps.log.error({ err: failure, bookingId }, "could not release the dose of a booking not stored"),
    );
    // Two bookings of one customer at once: the index lets one through.
    if (isUniqueViolation(error)) throw BookingError.refuse("ALREADY_BOOKED", "You already have a booking waiting for its injection.");
    throw error;
  }
}

/** Records that the booking was not stored, so vaccines releases whatever dose it may hold. */
function abandon(deps: Pick<BookVaccinationDeps, "transact">, booking: NewBooking, causation: Causation): Promise<unknown> {
  const { bookingId, customerId, vaccineId } = booking;
  return deps.transact((_tx, record) => record([{ type: "VaccinationBookingAbandoned", subject: bookingId, data: { bookingId, customerId, vaccineId } }], causation));
}
