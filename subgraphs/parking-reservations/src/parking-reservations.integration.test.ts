/**
 * The parking-reservations context's store and policy on real PostgreSQL and real NATS: a request is saved
 * with its event in the outbox, the relay publishes it, and the confirm-ticket-reservation policy
 * confirms the ticket reservation, once however often the request is delivered.
 */
import { randomUUID } from "node:crypto";
import { PolicyHarness, type PolicyDeps } from "@supergraph/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestTicketReservation } from "./commands/request-ticket-reservation.ts";
import { findTicketReservations } from "./infra/ticket-reservation-store.ts";
import { confirmTicketReservation } from "./policies/confirm-ticket-reservation.ts";

let harness: PolicyHarness;
let deps: PolicyDeps;

beforeAll(async () => {
  harness = await PolicyHarness.start({
    context: "parking-reservations",
    policies: (given) => {
      deps = given;
      return [confirmTicketReservation];
    },
  });
});
afterAll(() => harness?.stop());

const confirmedRow = (id: string) =>
  harness.waitForRow<{ status: string }>("the ticket reservation to be confirmed", "SELECT status::text AS status FROM ticket_reservation WHERE id = $1", [id], (r) => r.status === "CONFIRMED");

describe("parking-reservations: requesting and confirming a ticket reservation", () => {
  it("saves the request with its event, and the policy confirms it once the event is published", async () => {
    const ownerId = randomUUID();
    const requested = await requestTicketReservation(deps.transact, ownerId, { title: " First " }, new Date());
    expect(requested).toMatchObject({ ownerId, title: "First", status: "REQUESTED", confirmedAt: null });

    await confirmedRow(requested.id);
    await harness.settled();
    const [stored] = await findTicketReservations(harness.sql, [requested.id]);
    expect(stored).toMatchObject({ id: requested.id, ownerId, title: "First", status: "CONFIRMED", confirmedAt: expect.any(Date) });
    const events = (await harness.recorded()).filter((e) => e.subject === requested.id);
    expect(events.map((e) => e.type)).toEqual(["TicketReservationRequested", "TicketReservationConfirmed"]);
  });

  it("confirms once when the request is delivered again", async () => {
    const requested = await requestTicketReservation(deps.transact, randomUUID(), { title: "Second" }, new Date());
    await confirmedRow(requested.id);
    const [first] = await findTicketReservations(harness.sql, [requested.id]);
    const [request] = (await harness.recorded("TicketReservationRequested")).filter((e) => e.subject === requested.id);

    await harness.redeliver(request!);
    await harness.settled();
    const [after] = await findTicketReservations(harness.sql, [requested.id]);
    expect(after!.confirmedAt).toEqual(first!.confirmedAt);
    expect((await harness.recorded("TicketReservationConfirmed")).filter((e) => e.subject === requested.id)).toHaveLength(1);
    expect(await harness.deadLetters()).toEqual([]);
  });
});
