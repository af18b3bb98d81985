/**
 * The parking-reservations context's commands and policies on real PostgreSQL and real NATS: a
 * reservation is written with TicketReserved in its outbox, one live reservation per employee
 * and date (even when two race), and the lot's and the deliveries' events move its status once
 * however often they are delivered.
 */
import { randomUUID } from "node:crypto";
import { parkingLotEvents } from "@supergraph/contracts/parking-lots";
import { ticketDeliveryEvents } from "@supergraph/contracts/ticket-deliveries";
import { DomainError, type Viewer } from "@supergraph/platform";
import { PolicyHarness, type PolicyDeps } from "@supergraph/testkit/policy-harness";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cancelTicketReservation } from "./commands/cancel-ticket-reservation.ts";
import { reserveTicket } from "./commands/reserve-ticket.ts";
import { findTicketReservations } from "./infra/ticket-reservation-store.ts";
import { recordAllocation, recordDelivery, recordRefusal } from "./policies/lot-and-delivery-outcomes.ts";

let harness: PolicyHarness;
let deps: PolicyDeps;

beforeAll(async () => {
  harness = await PolicyHarness.start({
    context: "parking-reservations",
    policies: (given) => {
      deps = given;
      return [recordAllocation, recordRefusal, recordDelivery];
    },
  });
});
afterAll(() => harness?.stop());

const now = new Date("2031-03-01T08:00:00.000Z");
const date = "2031-03-02";
const reserve = (employeeId: string, on = date) => reserveTicket({ sql: harness.sql, transact: deps.transact }, employeeId, on, now);
const statusOf = (id: string, status: string) =>
  harness.waitForRow<{ status: string }>(`reservation ${id} to be ${status}`, "SELECT status::text AS status FROM ticket_reservation WHERE id = $1", [id], (r) => r.status === status);
const lotFacts = (r: { id: string; employeeId: string; date: string }) => ({ parkingLotId: randomUUID(), reservationId: r.id, employeeId: r.employeeId, date: r.date, capacity: 5, occupied: 1 });

describe("parking-reservations: reserving", () => {
  it("saves the reservation RESERVED with TicketReserved in its outbox", async () => {
    const employeeId = randomUUID();
    const reservation = await reserve(employeeId);
    expect(reservation).toMatchObject({ employeeId, date, status: "RESERVED", parkingLotId: null });
    const [stored] = await findTicketReservations(harness.sql, [reservation.id]);
    expect(stored).toEqual(reservation);
    expect((await harness.recorded("TicketReserved")).filter((e) => e.subject === reservation.id).map((e) => e.data)).toEqual([{ reservationId: reservation.id, employeeId, date }]);
  });

  it("lets one of two reservations of an employee for one date racing each other through, the other ALREADY_RESERVED", async () => {
    const employeeId = randomUUID();
    const results = await Promise.allSettled(Array.from({ length: 4 }, () => reserve(employeeId, "2031-03-03")));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r): r is PromiseRejectedResult => r.status === "rejected")) expect((r.reason as DomainError).code).toBe("ALREADY_RESERVED");
    expect(await harness.rows(`SELECT 1 FROM ticket_reservation WHERE employee_id = $1::uuid`, employeeId)).toHaveLength(1);
  });

  it("takes a new reservation for the date once the first is canceled", async () => {
    const employeeId = randomUUID();
    const viewer: Viewer = { userId: employeeId, roles: ["EMPLOYEE"], token: "" };
    const first = await reserve(employeeId, "2031-03-04");
    await cancelTicketReservation(deps.transact, first.id, viewer, now);
    await expect(cancelTicketReservation(deps.transact, first.id, viewer, now)).rejects.toMatchObject({ code: "TICKET_RESERVATION_ALREADY_CANCELED" });
    await expect(reserve(employeeId, "2031-03-04")).resolves.toMatchObject({ status: "RESERVED" });
  });
});

describe("parking-reservations: following the lot and the deliveries", () => {
  it("is ALLOCATED by Occupied, TICKET_DELIVERED by Shipped, once each when delivered again", async () => {
    const reservation = await reserve(randomUUID(), "2031-03-05");
    const lot = lotFacts(reservation);
    const occupied = await harness.publish(parkingLotEvents.Occupied, { subject: reservation.id, data: lot });
    await statusOf(reservation.id, "ALLOCATED");
    const deliveryId = randomUUID();
    const shipped = await harness.publish(ticketDeliveryEvents.Shipped, {
      subject: reservation.id,
      data: { deliveryId, reservationId: reservation.id, parkingLotId: lot.parkingLotId, employeeId: reservation.employeeId, date: reservation.date, managerId: randomUUID() },
    });
    await statusOf(reservation.id, "TICKET_DELIVERED");
    await harness.redeliver(occupied);
    await harness.redeliver(shipped);
    await harness.settled();

    const [stored] = await findTicketReservations(harness.sql, [reservation.id]);
    expect(stored).toMatchObject({ status: "TICKET_DELIVERED", parkingLotId: lot.parkingLotId, deliveryId });
    expect((await harness.recorded()).filter((e) => e.subject === reservation.id).map((e) => e.type)).toEqual([
      "TicketReserved",
      "TicketReservationAllocated",
      "TicketReservationDelivered",
    ]);
    expect(await harness.deadLetters()).toEqual([]);
  });

  it("is REFUSED_FULL by FullyOccupied, and a refused reservation does not keep the employee from reserving the date again", async () => {
    const reservation = await reserve(randomUUID(), "2031-03-06");
    await harness.publish(parkingLotEvents.FullyOccupied, { subject: reservation.id, data: { ...lotFacts(reservation), occupied: 5 } });
    await statusOf(reservation.id, "REFUSED_FULL");
    await expect(reserve(reservation.employeeId, "2031-03-06")).resolves.toMatchObject({ status: "RESERVED" });
  });

  it("stays CANCELED when the lot's Occupied comes after the cancel", async () => {
    const reservation = await reserve(randomUUID(), "2031-03-07");
    await cancelTicketReservation(deps.transact, reservation.id, { userId: reservation.employeeId, roles: ["EMPLOYEE"], token: "" }, now);
    await harness.publish(parkingLotEvents.Occupied, { subject: reservation.id, data: lotFacts(reservation) });
    await harness.settled();
    const [stored] = await findTicketReservations(harness.sql, [reservation.id]);
    expect(stored).toMatchObject({ status: "CANCELED", parkingLotId: null });
  });
});
