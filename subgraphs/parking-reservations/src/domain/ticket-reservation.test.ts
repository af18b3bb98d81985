import type { TicketReservationEvent } from "@supergraph/contracts/parking-reservations";
import { deciderSpec } from "@supergraph/testkit/decider";
import { describe, it } from "vitest";
import { ParkingReservationsErrorCode } from "../generated/graphql.ts";
import { ticketReservationDecider, type TicketReservation } from "./ticket-reservation.ts";

const ticketReservationId = "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d";
const ownerId = "0b7e8a52-7c1d-4f0a-8a3e-5d6c7b8a9f01";
const requestedAt = new Date("2026-01-02T03:04:05.000Z");
const later = new Date("2026-01-02T03:04:06.000Z");

const requested: TicketReservationEvent = { type: "TicketReservationRequested", subject: ticketReservationId, data: { ticketReservationId, ownerId, title: "First" } };
const confirmed: TicketReservationEvent = { type: "TicketReservationConfirmed", subject: ticketReservationId, data: { ticketReservationId, ownerId } };
const ticketReservation: TicketReservation = { id: ticketReservationId, ownerId, title: "First", status: "REQUESTED", requestedAt, confirmedAt: null };

const spec = deciderSpec(ticketReservationDecider, { at: requestedAt });

describe("requesting a ticket reservation", () => {
  it("given nothing, when requested, then it is requested with its title trimmed", () => {
    spec.given([]).when({ type: "RequestTicketReservation", ticketReservationId, ownerId, title: "  First  " }).then([requested], ticketReservation);
  });

  it.each([
    ["an empty title", "   "],
    ["a title of 201 characters", "x".repeat(201)],
  ])("given %s, when requested, then it is INVALID_TICKET_RESERVATION", (_, title) => {
    spec.given([]).when({ type: "RequestTicketReservation", ticketReservationId, ownerId, title }).thenRefuses(ParkingReservationsErrorCode.INVALID_TICKET_RESERVATION);
  });
});

describe("confirming a ticket reservation", () => {
  it("given a requested ticket reservation, when confirmed, then it is confirmed as of then", () => {
    spec.given([requested]).when({ type: "ConfirmTicketReservation" }, { at: later }).then([confirmed], { ...ticketReservation, status: "CONFIRMED", confirmedAt: later });
  });

  it("given a confirmed ticket reservation, when confirmed again, then nothing happens", () => {
    spec.given([requested, confirmed]).when({ type: "ConfirmTicketReservation" }).thenNothing();
  });

  it("given no ticket reservation, when confirmed, then it is TICKET_RESERVATION_NOT_FOUND", () => {
    spec.given([]).when({ type: "ConfirmTicketReservation" }).thenRefuses(ParkingReservationsErrorCode.TICKET_RESERVATION_NOT_FOUND);
  });
});
