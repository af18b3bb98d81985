/**
 * The parking lot's policies on real PostgreSQL and real NATS: allocation within the day's
 * capacity under concurrent events, redelivery without a second effect, and release only after
 * the cancel-delivery sync call (a real request/reply over NATS, answered here as ticket
 * deliveries would, or not at all while "down").
 */
import { randomUUID } from "node:crypto";
import { ticketReservationEvents } from "@supergraph/contracts/parking-reservations";
import type { CancelDeliveryRequest, CancelDeliveryResult } from "@supergraph/contracts/ticket-deliveries";
import { answerSyncCall, createLogger, createMetrics, syncCall } from "@supergraph/platform";
import { PolicyHarness } from "@supergraph/testkit/policy-harness";
import { waitFor } from "@supergraph/testkit/wait";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allocateSpace } from "./policies/allocate-space.ts";
import { releaseSpace } from "./policies/release-space.ts";

const CAPACITY = 5;
const log = createLogger("parking-lots-test", "silent");

let harness: PolicyHarness;
/** The cancel-delivery calls ticket deliveries answered, and whether it answers at all. */
const canceled: CancelDeliveryRequest[] = [];
let answering = true;
let answerer: { drain(): Promise<void> };
/** The lot's sync call (the platform's, with breaker and timeout), made once the harness's NATS is up. */
let call: (request: CancelDeliveryRequest) => Promise<CancelDeliveryResult>;

beforeAll(async () => {
  harness = await PolicyHarness.start({
    context: "parking-lots",
    policies: () => [allocateSpace(CAPACITY), releaseSpace(CAPACITY, (request) => call(request))],
  });
  call = cancelDelivery();
  answerer = answerSyncCall<CancelDeliveryRequest, CancelDeliveryResult>(
    harness.bus.nc,
    harness.bus.names.syncSubject("ticket-deliveries", "cancelDelivery"),
    async (request) => {
      // "Down": no reply (a handler failure is not answered), so the caller times out as with no replica listening.
      if (!answering) throw new Error("ticket deliveries is down");
      canceled.push(request);
      return { deliveryId: randomUUID(), status: "CANCELED" };
    },
    log,
  );
});
afterAll(async () => {
  await answerer?.drain();
  await harness?.stop();
});

function cancelDelivery() {
  return syncCall<CancelDeliveryRequest, CancelDeliveryResult>({
    nc: harness.bus.nc,
    subject: harness.bus.names.syncSubject("ticket-deliveries", "cancelDelivery"),
    name: "ticket-deliveries.cancelDelivery",
    timeoutMs: 300,
    resetTimeoutMs: 500,
    unavailable: { code: "TICKET_DELIVERY_UNAVAILABLE", message: "down" },
    log,
    metrics: createMetrics("parking-lots-test"),
  });
}

let nextDay = 0;
/** A day of its own for each test, so tests never share a count. */
const freshDate = () => `2031-0${1 + Math.floor(nextDay / 28)}-${String(1 + (nextDay++ % 28)).padStart(2, "0")}`;

const reserve = (date: string, reservationId: string = randomUUID(), employeeId: string = randomUUID()) =>
  harness.publish(ticketReservationEvents.TicketReserved, { subject: reservationId, data: { reservationId, employeeId, date } });
const cancel = (date: string, reservationId: string, employeeId: string) =>
  harness.publish(ticketReservationEvents.TicketReservationCanceled, { subject: reservationId, data: { reservationId, employeeId, date } });
const dayOf = async (date: string) => (await harness.rows<{ capacity: number; occupied: number }>(`SELECT capacity, occupied FROM parking_day WHERE date = $1::date`, date))[0];
const lotOf = async (reservationId: string) => (await harness.rows<{ status: string }>(`SELECT status::text AS status FROM parking_lot WHERE reservation_id = $1::uuid`, reservationId))[0];
const eventsOf = async (reservationId: string) => (await harness.recorded()).filter((e) => e.subject === reservationId);

describe("parking-lots: allocating a day's spaces", () => {
  it("gives 5 of 20 reservations published at once a space and refuses the other 15, each event carrying the day's count", async () => {
    const date = freshDate();
    const ids: string[] = Array.from({ length: 20 }, () => randomUUID());
    await Promise.all(ids.map((id) => reserve(date, id)));
    await harness.settled();

    expect(await dayOf(date)).toEqual({ capacity: 5, occupied: 5 });
    const decided = (await harness.recorded()).filter((e) => ids.includes(e.subject));
    expect(decided.filter((e) => e.type === "Occupied")).toHaveLength(5);
    expect(decided.filter((e) => e.type === "FullyOccupied")).toHaveLength(15);
    expect(decided.filter((e) => e.type === "Occupied").map((e) => (e.data as { occupied: number }).occupied).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(decided.every((e) => (e.data as { capacity: number }).capacity === 5)).toBe(true);
  });

  it("has no second effect when TicketReserved is delivered again", async () => {
    const date = freshDate();
    const first = await reserve(date);
    await harness.settled();
    await harness.redeliver(first);
    await harness.settled();
    expect(await dayOf(date)).toEqual({ capacity: 5, occupied: 1 });
    expect((await eventsOf(first.subject)).map((e) => e.type)).toEqual(["Occupied"]);
  });
});

describe("parking-lots: releasing a canceled reservation's space", () => {
  it("cancels the ticket delivery first, then vacates the space", async () => {
    const date = freshDate();
    const employeeId = randomUUID();
    const reserved = await reserve(date, randomUUID(), employeeId);
    await harness.settled();
    await cancel(date, reserved.subject, employeeId);
    await harness.settled();

    expect(canceled.filter((c) => c.reservationId === reserved.subject)).toEqual([{ reservationId: reserved.subject, parkingLotId: expect.any(String), employeeId, date }]);
    expect((await eventsOf(reserved.subject)).map((e) => e.type)).toEqual(["Occupied", "Vacated"]);
    expect(await dayOf(date)).toEqual({ capacity: 5, occupied: 0 });
  });

  it("calls nothing and releases nothing for a refused reservation", async () => {
    const date = freshDate();
    await Promise.all(Array.from({ length: 5 }, () => reserve(date)));
    const employeeId = randomUUID();
    const sixth = await reserve(date, randomUUID(), employeeId);
    await harness.settled();
    await cancel(date, sixth.subject, employeeId);
    await harness.settled();

    expect(canceled.some((c) => c.reservationId === sixth.subject)).toBe(false);
    expect((await eventsOf(sixth.subject)).map((e) => e.type)).toEqual(["FullyOccupied"]);
    expect(await dayOf(date)).toEqual({ capacity: 5, occupied: 5 });
  });

  it("withdraws a reservation canceled before the lot saw it, so it never takes a space", async () => {
    const date = freshDate();
    const reservationId = randomUUID();
    const employeeId = randomUUID();
    await cancel(date, reservationId, employeeId);
    await harness.settled();
    await reserve(date, reservationId, employeeId);
    await harness.settled();

    expect(await lotOf(reservationId)).toEqual({ status: "WITHDRAWN" });
    expect(await eventsOf(reservationId)).toEqual([]);
    expect((await dayOf(date))?.occupied).toBe(0);
  });

  it("keeps the space while ticket deliveries does not answer, and releases it by itself once it does", async () => {
    const date = freshDate();
    const employeeId = randomUUID();
    const reserved = await reserve(date, randomUUID(), employeeId);
    await harness.settled();
    answering = false;
    try {
      await cancel(date, reserved.subject, employeeId);
      // Retried with backoff, not acknowledged: the space stays taken.
      await waitFor("the cancellation to be retried", async () => {
        const info = await harness.bus.jsm.consumers.info(harness.bus.names.stream, harness.bus.names.durable("parking-lots", "release-space"));
        return info.num_redelivered > 0 ? info : undefined;
      });
      expect(await dayOf(date)).toEqual({ capacity: 5, occupied: 1 });
      expect(await lotOf(reserved.subject)).toEqual({ status: "OCCUPIED" });
    } finally {
      answering = true;
    }
    await waitFor("the space to be released", async () => ((await lotOf(reserved.subject))?.status === "VACATED" ? true : undefined), 20_000);
    await harness.settled(20_000);
    expect((await eventsOf(reserved.subject)).map((e) => e.type)).toEqual(["Occupied", "Vacated"]);
    expect(await dayOf(date)).toEqual({ capacity: 5, occupied: 0 });
    expect(await harness.deadLetters()).toEqual([]);
  });
});
