/**
 * The parking-lots context's store and policy on real PostgreSQL and real NATS: a request is saved
 * with its event in the outbox, the relay publishes it, and the confirm-parking-lot policy
 * confirms the parking lot, once however often the request is delivered.
 */
import { randomUUID } from "node:crypto";
import { PolicyHarness, type PolicyDeps } from "@supergraph/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestParkingLot } from "./commands/request-parking-lot.ts";
import { findParkingLots } from "./infra/parking-lot-store.ts";
import { confirmParkingLot } from "./policies/confirm-parking-lot.ts";

let harness: PolicyHarness;
let deps: PolicyDeps;

beforeAll(async () => {
  harness = await PolicyHarness.start({
    context: "parking-lots",
    policies: (given) => {
      deps = given;
      return [confirmParkingLot];
    },
  });
});
afterAll(() => harness?.stop());

const confirmedRow = (id: string) =>
  harness.waitForRow<{ status: string }>("the parking lot to be confirmed", "SELECT status::text AS status FROM parking_lot WHERE id = $1", [id], (r) => r.status === "CONFIRMED");

describe("parking-lots: requesting and confirming a parking lot", () => {
  it("saves the request with its event, and the policy confirms it once the event is published", async () => {
    const ownerId = randomUUID();
    const requested = await requestParkingLot(deps.transact, ownerId, { title: " First " }, new Date());
    expect(requested).toMatchObject({ ownerId, title: "First", status: "REQUESTED", confirmedAt: null });

    await confirmedRow(requested.id);
    await harness.settled();
    const [stored] = await findParkingLots(harness.sql, [requested.id]);
    expect(stored).toMatchObject({ id: requested.id, ownerId, title: "First", status: "CONFIRMED", confirmedAt: expect.any(Date) });
    const events = (await harness.recorded()).filter((e) => e.subject === requested.id);
    expect(events.map((e) => e.type)).toEqual(["ParkingLotRequested", "ParkingLotConfirmed"]);
  });

  it("confirms once when the request is delivered again", async () => {
    const requested = await requestParkingLot(deps.transact, randomUUID(), { title: "Second" }, new Date());
    await confirmedRow(requested.id);
    const [first] = await findParkingLots(harness.sql, [requested.id]);
    const [request] = (await harness.recorded("ParkingLotRequested")).filter((e) => e.subject === requested.id);

    await harness.redeliver(request!);
    await harness.settled();
    const [after] = await findParkingLots(harness.sql, [requested.id]);
    expect(after!.confirmedAt).toEqual(first!.confirmedAt);
    expect((await harness.recorded("ParkingLotConfirmed")).filter((e) => e.subject === requested.id)).toHaveLength(1);
    expect(await harness.deadLetters()).toEqual([]);
  });
});
