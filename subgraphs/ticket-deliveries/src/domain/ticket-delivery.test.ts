import type { TicketDeliveryEvent } from "@supergraph/contracts/ticket-deliveries";
import { deciderSpec } from "@supergraph/testkit/decider";
import { describe, expect, it } from "vitest";
import { TicketDeliveriesErrorCode } from "../generated/graphql.ts";
import { ticketDeliveryDecider, type TicketDelivery } from "./ticket-delivery.ts";

const deliveryId = "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d";
const reservationId = "0b7e8a52-7c1d-4f0a-8a3e-5d6c7b8a9f01";
const parkingLotId = "7c1d0b7e-8a52-4f0a-8a3e-5d6c7b8a9f02";
const employeeId = "8a520b7e-7c1d-4f0a-8a3e-5d6c7b8a9f03";
const managerId = "9b520b7e-7c1d-4f0a-8a3e-5d6c7b8a9f04";
const date = "2026-01-05";
const at = new Date("2026-01-02T03:04:05.000Z");
const later = new Date("2026-01-02T03:04:06.000Z");
const facts = { deliveryId, reservationId, parkingLotId, employeeId, date };

const created: TicketDeliveryEvent = { type: "TicketDeliveryCreated", subject: reservationId, data: facts };
const shipped: TicketDeliveryEvent = { type: "Shipped", subject: reservationId, data: { ...facts, managerId } };
const canceled: TicketDeliveryEvent = { type: "DeliveryCanceled", subject: reservationId, data: facts };
const ticket: TicketDelivery = { id: deliveryId, reservationId, parkingLotId, employeeId, date, status: "TO_DELIVER", createdAt: at, shippedAt: null, shippedBy: null, canceledAt: null };

const spec = deciderSpec(ticketDeliveryDecider, { at });
const create = { type: "CreateDelivery", ...facts } as const;
const cancel = { type: "CancelDelivery", ...facts, deliveryId: "1f0e9d8c-7b6a-4958-8374-a5b6c7d8e9f0" } as const;

describe("a ticket for an allocated reservation", () => {
  it("given nothing, when the lot allocated a space, then a ticket is to deliver", () => {
    spec.given([]).when(create).then([created], ticket);
  });

  it("given a ticket, when the lot's Occupied comes again, then nothing happens", () => {
    spec.given([created]).when(create).thenNothing();
  });

  it("given a cancel that came first, when the lot's Occupied comes, then no ticket is made", () => {
    spec.given([canceled]).when(create).thenNothing();
  });
});

describe("delivering a ticket", () => {
  it("given a ticket to deliver, when the manager delivers it, then it is Shipped by them", () => {
    spec.given([created]).when({ type: "ShipTicket", managerId }, { at: later }).then([shipped], { ...ticket, status: "SHIPPED", shippedAt: later, shippedBy: managerId });
  });

  it.each([
    ["a delivered ticket", [created, shipped], TicketDeliveriesErrorCode.TICKET_ALREADY_DELIVERED],
    ["a canceled ticket", [created, canceled], TicketDeliveriesErrorCode.TICKET_DELIVERY_CANCELED],
    ["no ticket", [], TicketDeliveriesErrorCode.TICKET_DELIVERY_NOT_FOUND],
  ])("given %s, when the manager delivers it, then it is refused", (_, history, code) => {
    spec.given(history).when({ type: "ShipTicket", managerId }).thenRefuses(code);
  });
});

describe("canceling a delivery (the lot's sync call)", () => {
  it.each([
    ["to deliver", [created]],
    ["delivered", [created, shipped]],
  ])("given a ticket %s, when canceled, then it is DeliveryCanceled under its own id", (_, history) => {
    const outcome = spec.given(history).when(cancel, { at: later }).then([canceled]);
    expect(outcome.state).toMatchObject({ id: deliveryId, status: "CANCELED", canceledAt: later });
  });

  it("given a canceled ticket, when canceled again, then nothing happens", () => {
    spec.given([created, canceled]).when(cancel).thenNothing();
  });

  it("given no ticket yet, when canceled, then a canceled ticket is recorded in advance", () => {
    const outcome = spec.given([]).when(cancel).then([{ type: "DeliveryCanceled", subject: reservationId, data: { ...facts, deliveryId: cancel.deliveryId } }]);
    expect(outcome.state).toMatchObject({ id: cancel.deliveryId, status: "CANCELED" });
  });
});
