import { describe, expect, it } from "vitest";
import type { TicketReservation } from "./parking-operations.ts";
import { latestReservation, mergeReservations, tomorrow } from "./parking-reservations.ts";

const reservation = (id: string, date: string, status: TicketReservation["status"]): TicketReservation => ({ id, date, status, parkingLotId: null, deliveryId: null });

describe("parking reservations on the employee's screen", () => {
  it("moves forward whichever source an answer came from", () => {
    expect(latestReservation(reservation("a", "2031-01-01", "RESERVED"), reservation("a", "2031-01-01", "ALLOCATED")).status).toBe("ALLOCATED");
    expect(latestReservation(reservation("a", "2031-01-01", "TICKET_DELIVERED"), reservation("a", "2031-01-01", "ALLOCATED")).status).toBe("TICKET_DELIVERED");
    expect(latestReservation(reservation("a", "2031-01-01", "REFUSED_FULL"), reservation("a", "2031-01-01", "CANCELED")).status).toBe("CANCELED");
  });

  it("merges the list, the answers of mutations and live changes, latest date first, one row each", () => {
    const listed = [reservation("a", "2031-01-01", "ALLOCATED")];
    const made = [reservation("b", "2031-01-05", "RESERVED")];
    const live = [reservation("b", "2031-01-05", "ALLOCATED"), reservation("a", "2031-01-01", "CANCELED")];
    expect(mergeReservations(listed, made, live).map((r) => `${r.id}:${r.status}`)).toEqual(["b:ALLOCATED", "a:CANCELED"]);
  });

  it("suggests tomorrow", () => {
    expect(tomorrow(new Date("2026-12-31T23:00:00Z"))).toBe("2027-01-01");
  });
});
