import type { TicketDeliveryEvent } from "@supergraph/contracts/ticket-deliveries";
import { deciderSpec } from "@supergraph/testkit/decider";
import { describe, it } from "vitest";
import { TicketDeliveriesErrorCode } from "../generated/graphql.ts";
import { ticketDeliveryDecider, type TicketDelivery } from "./ticket-delivery.ts";

const ticketDeliveryId = "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d";
const ownerId = "0b7e8a52-7c1d-4f0a-8a3e-5d6c7b8a9f01";
const requestedAt = new Date("2026-01-02T03:04:05.000Z");
const later = new Date("2026-01-02T03:04:06.000Z");

const requested: TicketDeliveryEvent = { type: "TicketDeliveryRequested", subject: ticketDeliveryId, data: { ticketDeliveryId, ownerId, title: "First" } };
const confirmed: TicketDeliveryEvent = { type: "TicketDeliveryConfirmed", subject: ticketDeliveryId, data: { ticketDeliveryId, ownerId } };
const ticketDelivery: TicketDelivery = { id: ticketDeliveryId, ownerId, title: "First", status: "REQUESTED", requestedAt, confirmedAt: null };

const spec = deciderSpec(ticketDeliveryDecider, { at: requestedAt });

describe("requesting a ticket delivery", () => {
  it("given nothing, when requested, then it is requested with its title trimmed", () => {
    spec.given([]).when({ type: "RequestTicketDelivery", ticketDeliveryId, ownerId, title: "  First  " }).then([requested], ticketDelivery);
  });

  it.each([
    ["an empty title", "   "],
    ["a title of 201 characters", "x".repeat(201)],
  ])("given %s, when requested, then it is INVALID_TICKET_DELIVERY", (_, title) => {
    spec.given([]).when({ type: "RequestTicketDelivery", ticketDeliveryId, ownerId, title }).thenRefuses(TicketDeliveriesErrorCode.INVALID_TICKET_DELIVERY);
  });
});

describe("confirming a ticket delivery", () => {
  it("given a requested ticket delivery, when confirmed, then it is confirmed as of then", () => {
    spec.given([requested]).when({ type: "ConfirmTicketDelivery" }, { at: later }).then([confirmed], { ...ticketDelivery, status: "CONFIRMED", confirmedAt: later });
  });

  it("given a confirmed ticket delivery, when confirmed again, then nothing happens", () => {
    spec.given([requested, confirmed]).when({ type: "ConfirmTicketDelivery" }).thenNothing();
  });

  it("given no ticket delivery, when confirmed, then it is TICKET_DELIVERY_NOT_FOUND", () => {
    spec.given([]).when({ type: "ConfirmTicketDelivery" }).thenRefuses(TicketDeliveriesErrorCode.TICKET_DELIVERY_NOT_FOUND);
  });
});
