/**
 * The parking-availability context's store and policy on real PostgreSQL and real NATS: a request is saved
 * with its event in the outbox, the relay publishes it, and the confirm-day-availability policy
 * confirms the day availability, once however often the request is delivered.
 */
import { randomUUID } from "node:crypto";
import { PolicyHarness, type PolicyDeps } from "@supergraph/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestDayAvailability } from "./commands/request-day-availability.ts";
import { findDayAvailabilitys } from "./infra/day-availability-store.ts";
import { confirmDayAvailability } from "./policies/confirm-day-availability.ts";

let harness: PolicyHarness;
let deps: PolicyDeps;

beforeAll(async () => {
  harness = await PolicyHarness.start({
    context: "parking-availability",
    policies: (given) => {
      deps = given;
      return [confirmDayAvailability];
    },
  });
});
afterAll(() => harness?.stop());

const confirmedRow = (id: string) =>
  harness.waitForRow<{ status: string }>("the day availability to be confirmed", "SELECT status::text AS status FROM day_availability WHERE id = $1", [id], (r) => r.status === "CONFIRMED");

describe("parking-availability: requesting and confirming a day availability", () => {
  it("saves the request with its event, and the policy confirms it once the event is published", async () => {
    const ownerId = randomUUID();
    const requested = await requestDayAvailability(deps.transact, ownerId, { title: " First " }, new Date());
    expect(requested).toMatchObject({ ownerId, title: "First", status: "REQUESTED", confirmedAt: null });

    await confirmedRow(requested.id);
    await harness.settled();
    const [stored] = await findDayAvailabilitys(harness.sql, [requested.id]);
    expect(stored).toMatchObject({ id: requested.id, ownerId, title: "First", status: "CONFIRMED", confirmedAt: expect.any(Date) });
    const events = (await harness.recorded()).filter((e) => e.subject === requested.id);
    expect(events.map((e) => e.type)).toEqual(["DayAvailabilityRequested", "DayAvailabilityConfirmed"]);
  });

  it("confirms once when the request is delivered again", async () => {
    const requested = await requestDayAvailability(deps.transact, randomUUID(), { title: "Second" }, new Date());
    await confirmedRow(requested.id);
    const [first] = await findDayAvailabilitys(harness.sql, [requested.id]);
    const [request] = (await harness.recorded("DayAvailabilityRequested")).filter((e) => e.subject === requested.id);

    await harness.redeliver(request!);
    await harness.settled();
    const [after] = await findDayAvailabilitys(harness.sql, [requested.id]);
    expect(after!.confirmedAt).toEqual(first!.confirmedAt);
    expect((await harness.recorded("DayAvailabilityConfirmed")).filter((e) => e.subject === requested.id)).toHaveLength(1);
    expect(await harness.deadLetters()).toEqual([]);
  });
});
