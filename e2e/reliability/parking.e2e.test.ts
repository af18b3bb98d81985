import { randomUUID } from "node:crypto";
import type { EventBus } from "@supergraph/platform";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { day, parkingDay, reservationBecomes, reserve, streamed, ticketToDeliver } from "../parking/helpers.ts";
import { CANCEL, RESERVATION } from "../parking/operations.ts";
import { deadLettersCli, metric, type SignedIn, Stack, waitFor } from "@supergraph/testkit";
import { figures } from "./figures.ts";

const MAX_DELIVERIES = 4;
/** Short retries and small pools, so the faults play out in seconds and replicas fit PostgreSQL's connections. */
const LOT_ENV = {
  EVENT_MAX_DELIVERIES: String(MAX_DELIVERIES),
  EVENT_ACK_WAIT_MS: "5000",
  DATABASE_POOL_SIZE: "4",
  TICKET_CANCEL_TIMEOUT_MS: "500",
  TICKET_CANCEL_BREAKER_VOLUME: "3",
  TICKET_CANCEL_BREAKER_RESET_MS: "2000",
};
const ALLOCATE = "parking-lots-allocate-space";
const RELEASE = "parking-lots-release-space";

/** System 4's fault cases: redelivery, replicas of the lot's consumer, a compensation parked in the dead letters. */
describe("parking faults", () => {
  const report = figures(import.meta.filename);
  let stack: Stack;
  let manager: SignedIn;
  let bus: EventBus;
  const lots = () => stack.service("parking-lots");
  const deliveries = () => stack.service("ticket-deliveries");

  beforeAll(async () => {
    stack = await Stack.start({ "parking-lots": LOT_ENV }, { only: ["parking-reservations", "parking-lots", "ticket-deliveries"] });
    manager = await stack.mintUser("PARKING_MANAGER");
    bus = await stack.bus();
  });
  afterAll(async () => {
    await stack?.stop();
    report.save();
  });

  /** Publishes the stored event again under a new message id: the consumers get it a second time. */
  async function redeliver(publisher: string, type: string, subject: string): Promise<void> {
    const [found] = await streamed(stack, publisher, type, subject);
    const msg = await bus.jsm.streams.getMessage(bus.names.stream, { seq: found!.seq });
    if (!msg) throw new Error(`${type} of ${subject} is gone from the stream`);
    await bus.js.publish(msg.subject, msg.data, { msgID: randomUUID() });
  }
  const count = async (context: string, sql: string, params: unknown[]) => (await stack.sql<{ n: number }>(context, sql, params))[0]!.n;
  const settled = (durable: string) =>
    waitFor(`${durable} to handle everything`, async () => {
      const info = await bus.jsm.consumers.info(bus.names.stream, durable);
      return info.num_pending === 0 && info.num_ack_pending === 0;
    });

  it("FP1: the same TicketReserved and TicketReservationCanceled delivered twice have no second effect", async () => {
    const date = day(30);
    const employee = await stack.mintUser("EMPLOYEE");
    const r = await reserve(stack, employee, date);
    await reservationBecomes(stack, employee, r.id, "ALLOCATED");
    await ticketToDeliver(stack, manager, r.id, date);
    await redeliver("parking-reservations", "TicketReserved", r.id);
    await settled(ALLOCATE);
    await waitFor("the redelivery dropped by the lot's inbox", async () => (await metric(lots().url, "events_handled_total", { consumer: ALLOCATE, outcome: "duplicate" })) >= 1);
    expect(await parkingDay(stack, manager, date)).toMatchObject({ occupied: 1 });

    await stack.gql(CANCEL, { id: r.id }, employee.token);
    await waitFor("the space released", async () => (await parkingDay(stack, manager, date)).occupied === 0);
    await redeliver("parking-reservations", "TicketReservationCanceled", r.id);
    await settled(RELEASE);
    await waitFor("the second cancellation dropped", async () => (await metric(lots().url, "events_handled_total", { consumer: RELEASE, outcome: "duplicate" })) >= 1);

    const types = async (publisher: string, type: string) => (await streamed(stack, publisher, type, r.id)).length;
    const effects = {
      Occupied: await types("parking-lots", "Occupied"),
      TicketDeliveryCreated: await types("ticket-deliveries", "TicketDeliveryCreated"),
      DeliveryCanceled: await types("ticket-deliveries", "DeliveryCanceled"),
      Vacated: await types("parking-lots", "Vacated"),
    };
    expect(effects).toEqual({ Occupied: 1, TicketDeliveryCreated: 1, DeliveryCanceled: 1, Vacated: 1 });
    expect(await parkingDay(stack, manager, date)).toMatchObject({ occupied: 0 });
    expect(await count("parking-lots", "SELECT count(*)::int AS n FROM parking_lot WHERE reservation_id = $1::uuid", [r.id])).toBe(1);
    report.record("FP1", {
      "events delivered twice": "TicketReserved, TicketReservationCanceled",
      "Occupied / tickets / cancel-deliveries / Vacated": "1 / 1 / 1 / 1",
      "day's count after": "0 of 5",
    });
  });

  it("FP2: two replicas of parking-lots share the durable consumer; 60 reservations for a day of 5 at once: exactly 5 allocated", async () => {
    const replica = await stack.addReplica("parking-lots", LOT_ENV);
    onTestFinished(() => replica.stop());
    const applied = (url: string) => metric(url, "events_handled_total", { consumer: ALLOCATE, outcome: "applied" });
    const before = [await applied(lots().url), await applied(replica.url)];
    const date = day(31);
    const employees = await Promise.all(Array.from({ length: 60 }, () => stack.mintUser("EMPLOYEE")));
    const started = performance.now();
    const reservations = await Promise.all(employees.map((e) => reserve(stack, e, date)));
    const ids = reservations.map((r) => r.id);
    await waitFor("every reservation decided", async () =>
      (await count("parking-reservations", "SELECT count(*)::int AS n FROM ticket_reservation WHERE id = ANY($1::uuid[]) AND status IN ('ALLOCATED', 'REFUSED_FULL')", [ids])) === 60,
    60_000);
    const decidedMs = performance.now() - started;
    const allocated = await count("parking-reservations", "SELECT count(*)::int AS n FROM ticket_reservation WHERE id = ANY($1::uuid[]) AND status = 'ALLOCATED'", [ids]);
    const lots5 = await stack.sql<{ status: string; n: number }>("parking-lots", "SELECT status::text, count(*)::int AS n FROM parking_lot WHERE date = $1::date GROUP BY status ORDER BY status", [date]);
    expect(allocated).toBe(5);
    expect(lots5).toEqual([{ status: "FULLY_OCCUPIED", n: 55 }, { status: "OCCUPIED", n: 5 }]);
    expect(await parkingDay(stack, manager, date)).toMatchObject({ capacity: 5, occupied: 5 });
    const byReplica = [(await applied(lots().url)) - before[0]!, (await applied(replica.url)) - before[1]!];
    expect(byReplica[0]! + byReplica[1]!).toBe(60);
    expect(byReplica.every((n) => n > 0)).toBe(true);
    report.record("FP2", {
      "reservations for one day of 5": 60,
      "allocated / refused full": `${allocated} / ${60 - allocated}`,
      "applied by replica 1 / replica 2": `${byReplica[0]} / ${byReplica[1]}`,
      "all decided after": `${Math.round(decidedMs)} ms`,
    });
  });

  it("FP3: a cancellation whose ticket delivery stays down is parked as a dead letter with its space still taken, and replayed by the operator", async () => {
    const date = day(32);
    const [erin, frank] = await Promise.all([stack.mintUser("EMPLOYEE"), stack.mintUser("EMPLOYEE")]);
    // The day's 5 spaces taken, one of them Erin's.
    const fill = await Promise.all(Array.from({ length: 4 }, () => stack.mintUser("EMPLOYEE")));
    const r = await reserve(stack, erin, date);
    await reservationBecomes(stack, erin, r.id, "ALLOCATED");
    await Promise.all(fill.map(async (e) => reservationBecomes(stack, e, (await reserve(stack, e, date)).id, "ALLOCATED")));
    expect(await parkingDay(stack, manager, date)).toMatchObject({ occupied: 5, free: 0 });
    const parkedBefore = await metric(lots().url, "events_dead_letters_parked", { consumer: RELEASE });

    await deliveries().stop();
    let parkedMs: number;
    try {
      const canceledAt = performance.now();
      await stack.gql(CANCEL, { id: r.id }, erin.token);
      const [dead] = await waitFor("the cancellation parked", async () => {
        const rows = await stack.sql<{ id: number; deliveries: number; reason: string }>("parking-lots", "SELECT id::int, deliveries, reason FROM platform_dead_letter WHERE consumer = $1 AND replayed_at IS NULL", [RELEASE]);
        return rows.length > 0 ? rows : null;
      }, 90_000, 200);
      parkedMs = performance.now() - canceledAt;
      expect(dead).toMatchObject({ deliveries: MAX_DELIVERIES, reason: expect.stringContaining("failed") });
      expect(await metric(lots().url, "events_dead_letters_parked", { consumer: RELEASE })).toBe(parkedBefore + 1);
      expect(await deadLettersCli(stack, "parking-lots", "list")).toContain(RELEASE);
      // Parked, not lost: the space is still taken and nobody else gets it.
      expect(await parkingDay(stack, manager, date)).toMatchObject({ occupied: 5, free: 0 });
      const other = await reserve(stack, frank, date);
      await reservationBecomes(stack, frank, other.id, "REFUSED_FULL");
    } finally {
      if (!deliveries().running) await deliveries().start();
    }

    const replayedAt = performance.now();
    expect(await deadLettersCli(stack, "parking-lots", "replay")).toMatch(/replayed/i);
    await waitFor("the space released after the replay", async () => (await parkingDay(stack, manager, date)).occupied === 4, 30_000);
    const replayMs = performance.now() - replayedAt;
    const [canceledDelivery] = await streamed(stack, "ticket-deliveries", "DeliveryCanceled", r.id);
    const [vacated] = await streamed(stack, "parking-lots", "Vacated", r.id);
    expect(canceledDelivery!.seq).toBeLessThan(vacated!.seq);
    expect((await stack.gql(RESERVATION, { id: r.id }, erin.token)).data?.ticketReservation).toMatchObject({ status: "CANCELED", ticketDelivery: { status: "CANCELED" } });
    report.record("FP3", {
      "deliveries before parking (EVENT_MAX_DELIVERIES)": MAX_DELIVERIES,
      "cancel to parked": `${Math.round(parkedMs!)} ms`,
      "space while parked": "taken (5 of 5), the next employee refused full",
      "replay to space released": `${Math.round(replayMs)} ms`,
      "order after the replay": "DeliveryCanceled, then Vacated",
    });
  });

  it("FP4: a courier slower than the cancel-delivery timeout opens the lot's breaker; no space is released until each delivery is canceled, then all complete", async () => {
    const CALL = "ticket-deliveries.cancelDelivery";
    const date = day(33);
    const employees = await Promise.all(Array.from({ length: 5 }, () => stack.mintUser("EMPLOYEE")));
    const reservations = await Promise.all(employees.map((e) => reserve(stack, e, date)));
    await Promise.all(reservations.map((r, i) => reservationBecomes(stack, employees[i]!, r.id, "ALLOCATED")));
    await Promise.all(reservations.map((r) => ticketToDeliver(stack, manager, r.id, date)));

    // The lot holds cancellations longer than the other cases here (they would be parked after 4 deliveries).
    await lots().stop();
    await lots().start({ EVENT_MAX_DELIVERIES: "20" });
    // The courier now takes 3 s to confirm, past the lot's 500 ms timeout.
    await deliveries().stop();
    await deliveries().start({ COURIER_LATENCY_MS: "3000" });
    const sent = (outcome: string) => metric(lots().url, "sync_calls_total", { call: CALL, outcome });
    const rejectedBefore = await sent("rejected_open");
    const started = performance.now();
    let openMs: number;
    let occupiedWhileOpen: number;
    try {
      await Promise.all(reservations.map((r, i) => stack.gql(CANCEL, { id: r.id }, employees[i]!.token)));
      await waitFor("the lot's breaker to open", async () => (await metric(lots().url, "sync_call_breaker_open", { call: CALL })) === 1, 30_000, 50);
      openMs = performance.now() - started;
      await waitFor("a retry refused by the open breaker", async () => (await sent("rejected_open")) > rejectedBefore, 30_000, 50);
      occupiedWhileOpen = (await parkingDay(stack, manager, date)).occupied;
      expect(occupiedWhileOpen).toBe(5);
      expect(await streamed(stack, "parking-lots", "Vacated", reservations[0]!.id)).toEqual([]);
    } finally {
      await deliveries().stop();
      await deliveries().start();
    }
    const recoveredAt = performance.now();
    await waitFor("every space released", async () => (await parkingDay(stack, manager, date)).occupied === 0, 90_000, 200);
    const releasedMs = performance.now() - recoveredAt;
    await waitFor("the breaker to close", async () => (await metric(lots().url, "sync_call_breaker_open", { call: CALL })) === 0, 30_000);
    for (const r of reservations) {
      const canceled = await streamed(stack, "ticket-deliveries", "DeliveryCanceled", r.id);
      const vacated = await streamed(stack, "parking-lots", "Vacated", r.id);
      expect([canceled.length, vacated.length]).toEqual([1, 1]);
      expect(canceled[0]!.seq).toBeLessThan(vacated[0]!.seq);
    }
    report.record("FP4", {
      "cancellations at once": reservations.length,
      "courier latency / lot's timeout": "3000 ms / 500 ms",
      "cancel to breaker open": `${Math.round(openMs!)} ms`,
      "calls refused by the open breaker": (await sent("rejected_open")) - rejectedBefore,
      "spaces taken while open": `${occupiedWhileOpen!} of 5`,
      "courier fast again to all released": `${Math.round(releasedMs)} ms`,
      "DeliveryCanceled / Vacated per reservation": "1 / 1, in that order",
    });
  });
});
