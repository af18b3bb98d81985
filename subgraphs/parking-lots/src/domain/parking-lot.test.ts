import { RetryLater } from "@supergraph/platform";
import { deciderSpec } from "@supergraph/testkit/decider";
import { describe, expect, it } from "vitest";
import { parkingLotDecider, type LotEvent, type LotState } from "./parking-lot.ts";

const reservationId = "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d";
const employeeId = "0b7e8a52-7c1d-4f0a-8a3e-5d6c7b8a9f01";
const parkingLotId = "7c1d0b7e-8a52-4f0a-8a3e-5d6c7b8a9f02";
const date = "2026-01-05";
const at = new Date("2026-01-02T03:04:05.000Z");
const facts = { parkingLotId, reservationId, employeeId, date };

const day = (occupied: number, capacity = 5): LotState => ({ day: { date, capacity, occupied }, lot: null });
const occupied = (count: number): LotEvent => ({ type: "Occupied", subject: reservationId, data: { ...facts, capacity: 5, occupied: count } });
const allocate = { type: "AllocateSpace", ...facts } as const;
const release = (deliveryCanceled: boolean) => ({ type: "ReleaseSpace", deliveryCanceled, ...facts }) as const;

const spec = deciderSpec(parkingLotDecider, { at });
const lotIn = (state: LotState, events: LotEvent[]) => spec.givenState(events.reduce<LotState | null>((s, e) => parkingLotDecider.evolve(s, e, at), state));

describe("allocating a space", () => {
  it("given a day with 4 of 5 spaces taken, when a reservation comes, then it is Occupied with 5 taken", () => {
    spec.givenState(day(4)).when(allocate).then([occupied(5)], {
      day: { date, capacity: 5, occupied: 5 },
      lot: { id: parkingLotId, reservationId, employeeId, date, status: "OCCUPIED", decidedAt: at, vacatedAt: null },
    });
  });

  it("given a full day, when a reservation comes, then it is FullyOccupied and the count stays", () => {
    const outcome = spec.givenState(day(5)).when(allocate).then([{ type: "FullyOccupied", subject: reservationId, data: { ...facts, capacity: 5, occupied: 5 } }]);
    expect(outcome.state?.lot?.status).toBe("FULLY_OCCUPIED");
  });

  it("given a day of no spaces (capacity 0), when a reservation comes, then it is FullyOccupied", () => {
    expect(spec.givenState(day(0, 0)).when(allocate).outcome().events.map((e) => e.type)).toEqual(["FullyOccupied"]);
  });

  it("given a reservation the lot decided on, when it comes again (redelivery), then nothing happens", () => {
    lotIn(day(0), [occupied(1)]).when(allocate).thenNothing();
  });
});

describe("releasing a space", () => {
  it("given an allocated reservation, when released after its delivery was canceled, then it is Vacated with one fewer taken", () => {
    const outcome = lotIn(day(2), [occupied(3)])
      .when(release(true))
      .then([{ type: "Vacated", subject: reservationId, data: { ...facts, capacity: 5, occupied: 2 } }]);
    expect(outcome.state).toMatchObject({ day: { occupied: 2 }, lot: { status: "VACATED", vacatedAt: at } });
  });

  it("given an allocated reservation, when released without its delivery canceled, then it is retried later", () => {
    expect(() => parkingLotDecider.decide(release(false), parkingLotDecider.evolve(day(0), occupied(1), at))).toThrow(RetryLater);
  });

  it("given a refused reservation, when released, then nothing happens (no space, no call)", () => {
    lotIn(day(5), [{ type: "FullyOccupied", subject: reservationId, data: { ...facts, capacity: 5, occupied: 5 } }]).when(release(false)).thenNothing();
  });

  it("given a vacated reservation, when released again, then nothing happens", () => {
    lotIn(day(0), [occupied(1), { type: "Vacated", subject: reservationId, data: { ...facts, capacity: 5, occupied: 0 } }]).when(release(true)).thenNothing();
  });

  it("given a reservation the lot has not seen, when released, then it is withdrawn and a later allocation gives it nothing", () => {
    const outcome = spec.givenState(day(1)).when(release(false)).then([{ type: "ReservationWithdrawn", subject: reservationId, data: facts }]);
    expect(outcome.state).toMatchObject({ day: { occupied: 1 }, lot: { status: "WITHDRAWN" } });
    spec.givenState(outcome.state).when(allocate).thenNothing();
  });
});
