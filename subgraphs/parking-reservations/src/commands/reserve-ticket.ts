import { randomUUID } from "node:crypto";
import { commandCausation, executeCommand, isUniqueViolation, type Sql, type UnitOfWork } from "@supergraph/platform";
import { dayOf, isCalendarDate, ticketReservationDecider, TicketReservationError, type TicketReservation } from "../domain/ticket-reservation.ts";
import { hasLiveReservation, saveTicketReservation } from "../infra/ticket-reservation-store.ts";

/**
 * Reserves a ticket for `date` for the employee: written with TicketReserved in its outbox, so
 * it is taken whether or not the parking lot is up (the lot decides when it handles the event).
 */
export async function reserveTicket(deps: { sql: Sql; transact: UnitOfWork }, employeeId: string, date: string, now: Date): Promise<TicketReservation> {
  const reservationId = randomUUID();
  // Only a calendar date reaches SQL; the decider refuses the others.
  const alreadyReserved = isCalendarDate(date) && (await hasLiveReservation(deps.sql, employeeId, date));
  try {
    const { state } = await executeCommand(
      deps.transact,
      { decider: ticketReservationDecider, load: async () => null, save: (tx, reservation) => saveTicketReservation(tx, reservation) },
      { type: "ReserveTicket", reservationId, employeeId, date, today: dayOf(now), alreadyReserved },
      { now, causation: commandCausation(reservationId) },
    );
    return state!;
  } catch (error) {
    // Two reservations of one employee for one date at once: the index lets one through.
    if (isUniqueViolation(error)) throw TicketReservationError.refuse("ALREADY_RESERVED", "You already have a reservation for that date.");
    throw error;
  }
}
