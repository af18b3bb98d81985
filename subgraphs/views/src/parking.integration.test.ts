import { randomUUID } from "node:crypto";
import { parkingLotEvents } from "@supergraph/contracts/parking-lots";
import { ticketReservationEvents } from "@supergraph/contracts/parking-reservations";
import { ticketDeliveryEvents } from "@supergraph/contracts/ticket-deliveries";
import { PolicyHarness } from "@supergraph/testkit/policy-harness";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parkingReservationBoard } from "./infra/parking-rows.ts";
import { parkingPolicies } from "./policies/parking.ts";

/** Views' parking reservation status read model: its policies and store on real PostgreSQL and NATS. */
describe("views: the employee's parking reservation board", () => {
  let harness: PolicyHarness;

  beforeAll(async () => {
    harness = await PolicyHarness.start({ context: "views", policies: parkingPolicies });
  });
  afterAll(async () => {
    await harness?.stop();
  });

  const caseOf = () => ({ reservationId: randomUUID(), employeeId: randomUUID(), date: "2031-03-04", parkingLotId: randomUUID(), deliveryId: randomUUID() });
  type Case = ReturnType<typeof caseOf>;
  const base = (c: Case) => ({ reservationId: c.reservationId, employeeId: c.employeeId, date: c.date });
  const allocation = (c: Case, occupied = 1) => ({ ...base(c), parkingLotId: c.parkingLotId, capacity: 5, occupied });
  const delivery = (c: Case) => ({ ...base(c), parkingLotId: c.parkingLotId, deliveryId: c.deliveryId });
  const events = {
    reserved: (c: Case) => harness.publish(ticketReservationEvents.TicketReserved, { subject: c.reservationId, data: base(c) }),
    canceled: (c: Case) => harness.publish(ticketReservationEvents.TicketReservationCanceled, { subject: c.reservationId, data: base(c) }),
    occupied: (c: Case) => harness.publish(parkingLotEvents.Occupied, { subject: c.reservationId, data: allocation(c) }),
    full: (c: Case) => harness.publish(parkingLotEvents.FullyOccupied, { subject: c.reservationId, data: allocation(c, 5) }),
    vacated: (c: Case) => harness.publish(parkingLotEvents.Vacated, { subject: c.reservationId, data: allocation(c, 0) }),
    toDeliver: (c: Case) => harness.publish(ticketDeliveryEvents.TicketDeliveryCreated, { subject: c.reservationId, data: delivery(c) }),
    shipped: (c: Case) => harness.publish(ticketDeliveryEvents.Shipped, { subject: c.reservationId, data: { ...delivery(c), managerId: randomUUID() } }),
    deliveryCanceled: (c: Case) => harness.publish(ticketDeliveryEvents.DeliveryCanceled, { subject: c.reservationId, data: delivery(c) }),
  };
  const row = async (c: Case) => (await parkingReservationBoard(harness.sql, c.employeeId)).find((r) => r.id === c.reservationId);

  it("shows a reservation reserved, allocated with its lot id, then delivered with its delivery id", async () => {
    const c = caseOf();
    await events.reserved(c);
    await harness.settled();
    expect(await row(c)).toMatchObject({ date: "2031-03-04", status: "RESERVED", parkingLotId: null, deliveryId: null, reservedAt: expect.any(Date) });

    await events.occupied(c);
    await events.toDeliver(c);
    await harness.settled();
    expect(await row(c)).toMatchObject({ status: "ALLOCATED", parkingLotId: c.parkingLotId, deliveryId: c.deliveryId });

    await events.shipped(c);
    await harness.settled();
    expect(await row(c)).toMatchObject({ status: "TICKET_DELIVERED", ticketCanceled: false, spaceReleased: false });
  });

  it("keeps a canceled reservation, with its ticket canceled and its space released; redeliveries change nothing", async () => {
    const c = caseOf();
    await events.reserved(c);
    await events.occupied(c);
    await events.toDeliver(c);
    const canceled = await events.canceled(c);
    await harness.settled();
    expect(await row(c)).toMatchObject({ status: "CANCELED", ticketCanceled: false, spaceReleased: false });

    await events.deliveryCanceled(c);
    const vacated = await events.vacated(c);
    await harness.settled();
    const settled = await row(c);
    expect(settled).toMatchObject({ status: "CANCELED", parkingLotId: c.parkingLotId, deliveryId: c.deliveryId, ticketCanceled: true, spaceReleased: true });

    await harness.redeliver(canceled);
    await harness.redeliver(vacated);
    await harness.settled();
    expect(await row(c)).toEqual(settled);
    expect(await harness.deadLetters()).toEqual([]);
  });

  it("a refused reservation shows REFUSED_FULL with the lot's id and no delivery", async () => {
    const c = caseOf();
    await events.reserved(c);
    await events.full(c);
    await harness.settled();
    expect(await row(c)).toMatchObject({ status: "REFUSED_FULL", parkingLotId: c.parkingLotId, deliveryId: null });
  });

  it("events in any order end in the same row; a row shows once its TicketReserved arrived", async () => {
    const c = caseOf();
    await events.shipped(c);
    await events.occupied(c);
    await harness.settled();
    expect(await row(c)).toBeUndefined();

    await events.reserved(c);
    await harness.settled();
    expect(await row(c)).toMatchObject({ status: "TICKET_DELIVERED", parkingLotId: c.parkingLotId, deliveryId: c.deliveryId });
  });

  it("an employee's board holds only their reservations, latest date first", async () => {
    const employeeId = randomUUID();
    const early = { ...caseOf(), employeeId, date: "2031-03-01" };
    const late = { ...caseOf(), employeeId, date: "2031-03-09" };
    await events.reserved(early);
    await events.reserved(late);
    await events.reserved(caseOf());
    await harness.settled();
    expect((await parkingReservationBoard(harness.sql, employeeId)).map((r) => r.id)).toEqual([late.reservationId, early.reservationId]);
  });
});
