import type { InjectionEvent } from "@supergraph/contracts/injections";
import { deciderSpec } from "@supergraph/testkit/decider";
import { describe, it } from "vitest";
import { InjectionsErrorCode } from "../generated/graphql.ts";
import { injectionDecider, type Injection } from "./injection.ts";

const injectionId = "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d";
const bookingId = "0b7e8a52-7c1d-4f0a-8a3e-5d6c7b8a9f01";
const customerId = "7c1d0b7e-8a52-4f0a-8a3e-5d6c7b8a9f02";
const vaccineId = "8a3e5d6c-7b8a-4f01-8a52-7c1d0b7e4f0a";
const managerId = "9f019f01-7c1d-4f0a-8a3e-5d6c7b8a9f01";
const at = new Date("2026-01-02T03:04:05.000Z");
const later = new Date("2026-01-10T09:00:00.000Z");

const facts = { injectionId, bookingId, customerId, vaccineId };
const scheduled: InjectionEvent = { type: "InjectionScheduled", subject: bookingId, data: { ...facts, date: "2026-01-10" } };
const completed: InjectionEvent = { type: "InjectionCompleted", subject: bookingId, data: { ...facts, managerId } };
const canceled: InjectionEvent = { type: "InjectionCanceled", subject: bookingId, data: facts };
const injection: Injection = { id: injectionId, bookingId, customerId, vaccineId, date: "2026-01-10", status: "SCHEDULED", scheduledAt: at, completedAt: null, completedBy: null, canceledAt: null };
const schedule = { type: "ScheduleInjection" as const, ...facts, date: "2026-01-10" };

const spec = deciderSpec(injectionDecider, { at });

describe("scheduling a booking's injection", () => {
  it("given nothing, when the booking is taken, then its injection is SCHEDULED", () => {
    spec.given([]).when(schedule).then([scheduled], injection);
  });
  it("given its injection scheduled, when the booking comes again, then nothing happens", () => {
    spec.given([scheduled]).when(schedule).thenNothing();
  });
});

describe("giving the injection", () => {
  it("given a scheduled injection, when the manager completes it, then it is COMPLETED by them", () => {
    spec.given([scheduled]).when({ type: "CompleteInjection", managerId }, { at: later }).then([completed], { ...injection, status: "COMPLETED", completedAt: later, completedBy: managerId });
  });
  it("given a completed injection, when completed again, then it is INJECTION_ALREADY_COMPLETED", () => {
    spec.given([scheduled, completed]).when({ type: "CompleteInjection", managerId }).thenRefuses(InjectionsErrorCode.INJECTION_ALREADY_COMPLETED);
  });
  it("given a canceled injection, when completed, then it is INJECTION_CANCELED", () => {
    spec.given([scheduled, canceled]).when({ type: "CompleteInjection", managerId }).thenRefuses(InjectionsErrorCode.INJECTION_CANCELED);
  });
  it("given no injection, when completed, then it is INJECTION_NOT_FOUND", () => {
    spec.given([]).when({ type: "CompleteInjection", managerId }).thenRefuses(InjectionsErrorCode.INJECTION_NOT_FOUND);
  });
});

describe("canceling with the booking", () => {
  it("given a scheduled injection, when its booking is canceled, then it is CANCELED", () => {
    spec.given([scheduled]).when({ type: "CancelInjection" }, { at: later }).then([canceled], { ...injection, status: "CANCELED", canceledAt: later });
  });
  it("given a completed injection, when its booking is canceled, then nothing happens", () => {
    spec.given([scheduled, completed]).when({ type: "CancelInjection" }).thenNothing();
  });
});
