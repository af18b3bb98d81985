import type { ParkingLotEvent } from "@supergraph/contracts/parking-lots";
import { deciderSpec } from "@supergraph/testkit/decider";
import { describe, it } from "vitest";
import { ParkingLotsErrorCode } from "../generated/graphql.ts";
import { parkingLotDecider, type ParkingLot } from "./parking-lot.ts";

const parkingLotId = "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d";
const ownerId = "0b7e8a52-7c1d-4f0a-8a3e-5d6c7b8a9f01";
const requestedAt = new Date("2026-01-02T03:04:05.000Z");
const later = new Date("2026-01-02T03:04:06.000Z");

const requested: ParkingLotEvent = { type: "ParkingLotRequested", subject: parkingLotId, data: { parkingLotId, ownerId, title: "First" } };
const confirmed: ParkingLotEvent = { type: "ParkingLotConfirmed", subject: parkingLotId, data: { parkingLotId, ownerId } };
const parkingLot: ParkingLot = { id: parkingLotId, ownerId, title: "First", status: "REQUESTED", requestedAt, confirmedAt: null };

const spec = deciderSpec(parkingLotDecider, { at: requestedAt });

describe("requesting a parking lot", () => {
  it("given nothing, when requested, then it is requested with its title trimmed", () => {
    spec.given([]).when({ type: "RequestParkingLot", parkingLotId, ownerId, title: "  First  " }).then([requested], parkingLot);
  });

  it.each([
    ["an empty title", "   "],
    ["a title of 201 characters", "x".repeat(201)],
  ])("given %s, when requested, then it is INVALID_PARKING_LOT", (_, title) => {
    spec.given([]).when({ type: "RequestParkingLot", parkingLotId, ownerId, title }).thenRefuses(ParkingLotsErrorCode.INVALID_PARKING_LOT);
  });
});

describe("confirming a parking lot", () => {
  it("given a requested parking lot, when confirmed, then it is confirmed as of then", () => {
    spec.given([requested]).when({ type: "ConfirmParkingLot" }, { at: later }).then([confirmed], { ...parkingLot, status: "CONFIRMED", confirmedAt: later });
  });

  it("given a confirmed parking lot, when confirmed again, then nothing happens", () => {
    spec.given([requested, confirmed]).when({ type: "ConfirmParkingLot" }).thenNothing();
  });

  it("given no parking lot, when confirmed, then it is PARKING_LOT_NOT_FOUND", () => {
    spec.given([]).when({ type: "ConfirmParkingLot" }).thenRefuses(ParkingLotsErrorCode.PARKING_LOT_NOT_FOUND);
  });
});
