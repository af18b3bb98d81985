import type { DeliveryEvent } from "@supergraph/contracts/deliveries";
import { deciderSpec } from "@supergraph/testkit/decider";
import { describe, it } from "vitest";
import { DeliveriesErrorCode } from "../generated/graphql.ts";
import { deliveryDecider, type Delivery } from "./delivery.ts";

const deliveryId = "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d";
const ownerId = "0b7e8a52-7c1d-4f0a-8a3e-5d6c7b8a9f01";
const requestedAt = new Date("2026-01-02T03:04:05.000Z");
const later = new Date("2026-01-02T03:04:06.000Z");

const requested: DeliveryEvent = { type: "DeliveryRequested", subject: deliveryId, data: { deliveryId, ownerId, title: "First" } };
const confirmed: DeliveryEvent = { type: "DeliveryConfirmed", subject: deliveryId, data: { deliveryId, ownerId } };
const delivery: Delivery = { id: deliveryId, ownerId, title: "First", status: "REQUESTED", requestedAt, confirmedAt: null };

const spec = deciderSpec(deliveryDecider, { at: requestedAt });

describe("requesting a delivery", () => {
  it("given nothing, when requested, then it is requested with its title trimmed", () => {
    spec.given([]).when({ type: "RequestDelivery", deliveryId, ownerId, title: "  First  " }).then([requested], delivery);
  });

  it.each([
    ["an empty title", "   "],
    ["a title of 201 characters", "x".repeat(201)],
  ])("given %s, when requested, then it is INVALID_DELIVERY", (_, title) => {
    spec.given([]).when({ type: "RequestDelivery", deliveryId, ownerId, title }).thenRefuses(DeliveriesErrorCode.INVALID_DELIVERY);
  });
});

describe("confirming a delivery", () => {
  it("given a requested delivery, when confirmed, then it is confirmed as of then", () => {
    spec.given([requested]).when({ type: "ConfirmDelivery" }, { at: later }).then([confirmed], { ...delivery, status: "CONFIRMED", confirmedAt: later });
  });

  it("given a confirmed delivery, when confirmed again, then nothing happens", () => {
    spec.given([requested, confirmed]).when({ type: "ConfirmDelivery" }).thenNothing();
  });

  it("given no delivery, when confirmed, then it is DELIVERY_NOT_FOUND", () => {
    spec.given([]).when({ type: "ConfirmDelivery" }).thenRefuses(DeliveriesErrorCode.DELIVERY_NOT_FOUND);
  });
});
