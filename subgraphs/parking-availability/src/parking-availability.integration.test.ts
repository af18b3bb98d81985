/**
 * Parking-availability's policies and store on real PostgreSQL and real NATS: free spaces per
 * day from the lot's events alone, in any order, redelivered or not.
 */
import { randomUUID } from "node:crypto";
import { parkingLotEvents } from "@supergraph/contracts/parking-lots";
import { PolicyHarness } from "@supergraph/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { availabilityOf } from "./domain/availability.ts";
import { daysBetween } from "./infra/availability-store.ts";
import { lotPolicies } from "./policies/lot-events.ts";

let harness: PolicyHarness;

beforeAll(async () => {
  harness = await PolicyHarness.start({ context: "parking-availability", policies: lotPolicies });
});
afterAll(() => harness?.stop());

let dayNumber = 0;
/** A day of its own for each test, so tests do not count each other's spaces. */
const freshDay = () => `2031-01-${String(++dayNumber).padStart(2, "0")}`;

type LotEvent = "Occupied" | "Vacated" | "FullyOccupied";
const lot = (type: LotEvent, date: string, reservationId: string, capacity: number, occupied: number) =>
  harness.publish(parkingLotEvents[type], {
    subject: reservationId,
    data: { parkingLotId: randomUUID(), reservationId, employeeId: randomUUID(), date, capacity, occupied },
  });
const day = async (date: string) => availabilityOf((await daysBetween(harness.sql, date, date))[0]!);

describe("parking-availability: free spaces from the lot's events", () => {
  it("counts each allocation until its space is vacated, with the capacity the events carry", async () => {
    const date = freshDay();
    const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()];
    await lot("Occupied", date, a, 5, 1);
    await lot("Occupied", date, b, 5, 2);
    await lot("Occupied", date, c, 5, 3);
    await harness.settled();
    expect(await day(date)).toEqual({ date, capacity: 5, occupied: 3, freeSpaces: 2 });

    await lot("Vacated", date, b, 5, 2);
    await harness.settled();
    expect(await day(date)).toEqual({ date, capacity: 5, occupied: 2, freeSpaces: 3 });
  });

  it("a refused reservation takes no space, and a full day shows none free", async () => {
    const date = freshDay();
    for (let n = 1; n <= 2; n++) await lot("Occupied", date, randomUUID(), 2, n);
    await lot("FullyOccupied", date, randomUUID(), 2, 2);
    await harness.settled();
    expect(await day(date)).toEqual({ date, capacity: 2, occupied: 2, freeSpaces: 0 });
  });

  it("a Vacated handled before its Occupied (another consumer) still ends released; redeliveries change nothing", async () => {
    const date = freshDay();
    const kept = randomUUID();
    const gone = randomUUID();
    const vacated = await lot("Vacated", date, gone, 5, 0);
    await harness.settled();
    const occupied = await lot("Occupied", date, gone, 5, 1);
    await lot("Occupied", date, kept, 5, 1);
    await harness.settled();
    expect(await day(date)).toMatchObject({ occupied: 1, freeSpaces: 4 });

    await harness.redeliver(occupied);
    await harness.redeliver(vacated);
    await harness.settled();
    expect(await day(date)).toMatchObject({ occupied: 1, freeSpaces: 4 });
    expect(await harness.deadLetters()).toEqual([]);
  });

  it("a range lists every day, those without events at the lot's latest capacity", async () => {
    const first = freshDay();
    const quiet = freshDay();
    const last = freshDay();
    await lot("Occupied", first, randomUUID(), 7, 1);
    await lot("Occupied", last, randomUUID(), 7, 1);
    await lot("Occupied", last, randomUUID(), 7, 2);
    await harness.settled();

    const days = (await daysBetween(harness.sql, first, last)).map(availabilityOf);
    expect(days).toEqual([
      { date: first, capacity: 7, occupied: 1, freeSpaces: 6 },
      { date: quiet, capacity: 7, occupied: 0, freeSpaces: 7 },
      { date: last, capacity: 7, occupied: 2, freeSpaces: 5 },
    ]);
  });
});

describe("parking-availability: a backlog of the lot's events, handled in batches", () => {
  it("counts many allocations and releases published at once, each once", async () => {
    const date = freshDay();
    const ids = Array.from({ length: 60 }, () => randomUUID());
    await Promise.all(ids.map((id, n) => lot("Occupied", date, id, 100, n + 1)));
    await Promise.all(ids.slice(0, 15).map((id) => lot("Vacated", date, id, 100, 0)));
    await harness.settled();
    expect(await day(date)).toEqual({ date, capacity: 100, occupied: 45, freeSpaces: 55 });
  });
});
