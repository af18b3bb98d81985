import type { TicketReservation } from "./parking-operations.ts";

/*
 * An employee's reservations on screen: each row is one answer of the graph (a query, a
 * mutation, a live change's `reservation`). A reservation only moves forward (RESERVED, then
 * ALLOCATED or REFUSED_FULL, then TICKET_DELIVERED, CANCELED from any), so of two answers for
 * one reservation the one further along is the newer, wherever each came from.
 */

const PROGRESS = { RESERVED: 0, ALLOCATED: 1, REFUSED_FULL: 1, TICKET_DELIVERED: 2, CANCELED: 3 } as const;

/** The answer to show of two for one reservation (`a` may be unknown yet). */
export function latestReservation(a: TicketReservation | undefined, b: TicketReservation): TicketReservation {
  return !a || PROGRESS[b.status] >= PROGRESS[a.status] ? b : a;
}

/** The employee's reservations, latest date first, from every source at once. */
export function mergeReservations(...sources: readonly (readonly TicketReservation[])[]): TicketReservation[] {
  const byId = new Map<string, TicketReservation>();
  for (const source of sources) for (const r of source) byId.set(r.id, latestReservation(byId.get(r.id), r));
  return [...byId.values()].sort((x, y) => y.date.localeCompare(x.date) || x.id.localeCompare(y.id));
}

/** Whether the employee may still cancel it. */
export const cancelable = (r: TicketReservation) => r.status !== "CANCELED";

/** Tomorrow (UTC), YYYY-MM-DD: the form's first suggestion. */
export const tomorrow = (now = new Date()) => new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
