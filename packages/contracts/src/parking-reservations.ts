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

/*
 * The reservation's own status changes, recorded by parking-reservations' policies when the
 * lot's and the deliveries' events move it: the owner publishes every status it takes, so its
 * live status (parking-reservations.live.ts) is declared from its own events alone.
 */

/** The lot gave the reservation a space (parking-lots' Occupied, applied here): ALLOCATED. */
export const TicketReservationAllocated = z.object({
  reservationId: z.uuid(),
  employeeId: z.uuid(),
  date: ParkingDate,
  parkingLotId: z.uuid(),
});

/** The day was full (parking-lots' FullyOccupied, applied here): REFUSED_FULL, no ticket. */
export const TicketReservationRefused = z.object({
  reservationId: z.uuid(),
  employeeId: z.uuid(),
  date: ParkingDate,
  parkingLotId: z.uuid(),
});

/** The parking manager handed the ticket over (ticket-deliveries' Shipped, applied here): TICKET_DELIVERED. */
export const TicketReservationDelivered = z.object({
  reservationId: z.uuid(),
  employeeId: z.uuid(),
  date: ParkingDate,
  deliveryId: z.uuid(),
});

/** The events the parking-reservations context publishes. */
export const ticketReservationEvents = defineEvents("parking-reservations", {
  TicketReserved,
  TicketReservationCanceled,
  TicketReservationAllocated,
  TicketReservationRefused,
  TicketReservationDelivered,
});

export type TicketReservationEvent = EventsOf<typeof ticketReservationEvents>;
