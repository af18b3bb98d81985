import type { DayAvailabilityEvent } from "@supergraph/contracts/parking-availability";
import { deciderSpec } from "@supergraph/testkit/decider";
import { describe, it } from "vitest";
import { ParkingAvailabilityErrorCode } from "../generated/graphql.ts";
import { dayAvailabilityDecider, type DayAvailability } from "./day-availability.ts";

const dayAvailabilityId = "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d";
const ownerId = "0b7e8a52-7c1d-4f0a-8a3e-5d6c7b8a9f01";
const requestedAt = new Date("2026-01-02T03:04:05.000Z");
const later = new Date("2026-01-02T03:04:06.000Z");

const requested: DayAvailabilityEvent = { type: "DayAvailabilityRequested", subject: dayAvailabilityId, data: { dayAvailabilityId, ownerId, title: "First" } };
const confirmed: DayAvailabilityEvent = { type: "DayAvailabilityConfirmed", subject: dayAvailabilityId, data: { dayAvailabilityId, ownerId } };
const dayAvailability: DayAvailability = { id: dayAvailabilityId, ownerId, title: "First", status: "REQUESTED", requestedAt, confirmedAt: null };

const spec = deciderSpec(dayAvailabilityDecider, { at: requestedAt });

describe("requesting a day availability", () => {
  it("given nothing, when requested, then it is requested with its title trimmed", () => {
    spec.given([]).when({ type: "RequestDayAvailability", dayAvailabilityId, ownerId, title: "  First  " }).then([requested], dayAvailability);
  });

  it.each([
    ["an empty title", "   "],
    ["a title of 201 characters", "x".repeat(201)],
  ])("given %s, when requested, then it is INVALID_DAY_AVAILABILITY", (_, title) => {
    spec.given([]).when({ type: "RequestDayAvailability", dayAvailabilityId, ownerId, title }).thenRefuses(ParkingAvailabilityErrorCode.INVALID_DAY_AVAILABILITY);
  });
});

describe("confirming a day availability", () => {
  it("given a requested day availability, when confirmed, then it is confirmed as of then", () => {
    spec.given([requested]).when({ type: "ConfirmDayAvailability" }, { at: later }).then([confirmed], { ...dayAvailability, status: "CONFIRMED", confirmedAt: later });
  });

  it("given a confirmed day availability, when confirmed again, then nothing happens", () => {
    spec.given([requested, confirmed]).when({ type: "ConfirmDayAvailability" }).thenNothing();
  });

  it("given no day availability, when confirmed, then it is DAY_AVAILABILITY_NOT_FOUND", () => {
    spec.given([]).when({ type: "ConfirmDayAvailability" }).thenRefuses(ParkingAvailabilityErrorCode.DAY_AVAILABILITY_NOT_FOUND);
  });
});
