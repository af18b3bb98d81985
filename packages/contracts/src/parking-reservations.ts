import { z } from "zod";
import { defineEvents, type EventsOf } from "./define.ts";

/*
 * The parking-reservations context's contract: an employee's daily parking ticket
 * reservation. The reservation id is the correlation key of the whole parking flow: the lot's
 * allocation and the ticket delivery carry it, so every event of one case names it.
 */

/** A calendar day, `YYYY-MM-DD` (the day the ticket is for, in the company's calendar). */
export const ParkingDate = z.iso.date();

/** An employee reserved a daily ticket for a date (today or later); the lot allocates a space or refuses. */
export const TicketReserved = z.object({
  reservationId: z.uuid(),
  employeeId: z.uuid(),
  date: ParkingDate,
});

/**
 * The employee canceled the reservation. The lot releases its space, if it gave one, only after
 * the ticket delivery is canceled (a sync call), so a space is never given to two people.
 */
export const TicketReservationCanceled = z.object({
  reservationId: z.uuid(),
  employeeId: z.uuid(),
  date: ParkingDate,
});

/** The events the parking-reservations context publishes. */
export const ticketReservationEvents = defineEvents("parking-reservations", { TicketReserved, TicketReservationCanceled });

export type TicketReservationEvent = EventsOf<typeof ticketReservationEvents>;
