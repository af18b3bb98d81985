import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SignedIn, Stack, waitFor } from "@supergraph/testkit";
import { boardShows, day, parkingDay, reservationBecomes, reserve, streamed, ticketToDeliver } from "./helpers.ts";
import { CANCEL, RESERVATION } from "./operations.ts";

/**
 * The non-functional requirements of system 4 with a context stopped on purpose: reservations
 * are taken 24/7 while the lot is down (and completed once it is back), and a cancellation whose
 * ticket delivery cannot be canceled holds its space until it can: no space is given to two.
 * One space a day here, so "somebody else gets it" is one reservation away.
 */
describe("daily parking tickets with a context down", () => {
  let stack: Stack;
  let manager: SignedIn;
  const lots = () => stack.service("parking-lots");
  const deliveries = () => stack.service("ticket-deliveries");

  beforeAll(async () => {
    stack = await Stack.start(
      {
        "parking-lots": { PARKING_SPACES_PER_DAY: "1", TICKET_CANCEL_TIMEOUT_MS: "1000" },
      },
      { only: ["parking-reservations", "parking-lots", "ticket-deliveries", "views"] },
    );
    manager = await stack.signUp("PARKING_MANAGER");
  });
  afterAll(() => stack?.stop());

  it("parking-lots stopped: the reservation is taken and the view shows only the reservation; restarted: it is allocated and the view completes", async () => {
    const [employee, ...others] = await Promise.all(Array.from({ length: 3 }, () => stack.mintUser("EMPLOYEE")));
    await lots().stop();
    let id: string;
    let laterIds: string[];
    try {
      const reserved = await reserve(stack, employee!, day(10));
      id = reserved.id;
      // Two more for the same day (of one space) while the lot is down: taken too.
      laterIds = (await Promise.all(others.map((e) => reserve(stack, e, day(10))))).map((r) => r.id);
      expect(reserved.status).toBe("RESERVED");
      // Its event waits in the stream: nothing decides it while the lot is down.
      await waitFor("TicketReserved in the stream", async () => ((await streamed(stack, "parking-reservations", "TicketReserved", id)).length === 1 ? true : null));
      expect((await stack.gql(RESERVATION, { id }, employee!.token)).data?.ticketReservation).toMatchObject({ status: "RESERVED", parkingLotId: null });
      expect(await boardShows(stack, employee!, id, "RESERVED", (r) => r.status === "RESERVED")).toMatchObject({ parkingLotId: null, deliveryId: null });
    } finally {
      if (!lots().running) await lots().start();
    }
    // Every missed event applied once, in stream order: the first gets the day's one space.
    const allocated = await reservationBecomes(stack, employee!, id, "ALLOCATED");
    expect(allocated.parkingLotId).toEqual(expect.any(String));
    await Promise.all(laterIds!.map((later, i) => reservationBecomes(stack, others[i]!, later, "REFUSED_FULL")));
    const decided = await stack.sql<{ n: number }>("parking-lots", "SELECT count(*)::int AS n FROM parking_lot WHERE reservation_id = ANY($1::uuid[])", [[id, ...laterIds!]]);
    expect(decided[0]!.n).toBe(3);
    expect(await parkingDay(stack, manager, day(10))).toMatchObject({ capacity: 1, occupied: 1 });
    const ticket = await ticketToDeliver(stack, manager, id, day(10));
    expect(await boardShows(stack, employee!, id, "allocated with its ticket", (r) => r.status === "ALLOCATED" && r.deliveryId !== null)).toMatchObject({
      parkingLotId: allocated.parkingLotId,
      deliveryId: ticket.id,
    });
  });

  it("ticket-deliveries stopped during a cancel: the space stays taken and nobody else gets it; restarted: the cancel completes by itself and the space is free", async () => {
    const date = day(11);
    const [erin, frank, gina] = await Promise.all([stack.mintUser("EMPLOYEE"), stack.mintUser("EMPLOYEE"), stack.mintUser("EMPLOYEE")]);
    const first = await reserve(stack, erin, date);
    await reservationBecomes(stack, erin, first.id, "ALLOCATED");
    await ticketToDeliver(stack, manager, first.id, date);

    await deliveries().stop();
    try {
      expect((await stack.gql(CANCEL, { id: first.id }, erin.token)).data?.cancelTicketReservation).toMatchObject({ status: "CANCELED" });
      // The lot tries the call, fails, and holds the cancellation (retried with backoff).
      await waitFor("the lot to retry the cancellation", async () => {
        const bus = await stack.bus();
        const info = await bus.jsm.consumers.info(bus.names.stream, bus.names.durable("parking-lots", "release-space"));
        return info.num_redelivered > 0 ? info : null;
      });
      expect(await parkingDay(stack, manager, date)).toMatchObject({ occupied: 1, free: 0 });
      // Nobody else gets the space while its ticket may be live.
      const second = await reserve(stack, frank, date);
      await reservationBecomes(stack, frank, second.id, "REFUSED_FULL");
      expect(await streamed(stack, "parking-lots", "Vacated", first.id)).toEqual([]);
    } finally {
      if (!deliveries().running) await deliveries().start();
    }

    await waitFor("the space to be released", async () => (await parkingDay(stack, manager, date)).occupied === 0, 60_000);
    const deliveryCanceled = await streamed(stack, "ticket-deliveries", "DeliveryCanceled", first.id);
    const vacated = await streamed(stack, "parking-lots", "Vacated", first.id);
    expect(deliveryCanceled).toHaveLength(1);
    expect(vacated).toHaveLength(1);
    expect(deliveryCanceled[0]!.seq).toBeLessThan(vacated[0]!.seq);
    expect(await stack.sql("parking-lots", "SELECT 1 FROM platform_dead_letter")).toEqual([]);
    // The freed space goes to the next one who asks.
    const third = await reserve(stack, gina, date);
    await reservationBecomes(stack, gina, third.id, "ALLOCATED");
  });
});
