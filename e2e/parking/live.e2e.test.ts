import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { metric, openSubscriptions, type SignedIn, Stack, Subscriber, waitFor } from "@supergraph/testkit";

/*
 * Live status of parking ticket reservations through the router over graphql-ws: every status
 * change pushed to its employee (fields of other subgraphs in the payload), resumable by
 * cursor; and the employee's board in views, one subgraph fetch, kept after cancellation.
 */

const MY_CHANGES = `subscription($after: String) { myTicketReservationChanges(after: $after) {
  cursor status occurredAt reservation { id date status parkingLotId deliveryId employee { id name } } } }`;
const ONE_CHANGES = `subscription($id: ID!) { ticketReservationChanges(id: $id) { cursor status reservation { id } } }`;
const RESERVE = `mutation($date: String!) { reserveParkingTicket(date: $date) { id status } }`;
const CANCEL = `mutation($id: ID!) { cancelTicketReservation(id: $id) { id status } }`;
const TO_DELIVER = `query($date: String) { ticketsToDeliver(date: $date) { id reservation { id } } }`;
const DELIVER = `mutation($id: ID!) { deliverTicket(id: $id) { id status } }`;
const BOARD = `query { myParkingReservations { id date status parkingLotId deliveryId ticketCanceled spaceReleased reservedAt updatedAt } }`;

const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const statuses = (s: Subscriber) => s.received.map((r) => r.myTicketReservationChanges.status as string);

describe("live parking reservation status", () => {
  let stack: Stack;
  let manager: SignedIn;
  const subscribers: Subscriber[] = [];
  const subscriber = (token: string | undefined) => {
    const s = new Subscriber(stack.router.url, token);
    subscribers.push(s);
    return s;
  };

  beforeAll(async () => {
    // One space a day: the second reservation of a day is refused.
    stack = await Stack.start(
      { "parking-lots": { PARKING_SPACES_PER_DAY: "1" } },
      { only: ["parking-reservations", "parking-lots", "ticket-deliveries", "views"] },
    );
    manager = await stack.signUp("PARKING_MANAGER");
  });
  afterAll(async () => {
    await Promise.all(subscribers.map((s) => s.close()));
    await stack?.stop();
  });

  async function reserve(employee: SignedIn, date: string): Promise<string> {
    const res = await stack.gql(RESERVE, { date }, employee.token);
    const id = res.data?.reserveParkingTicket?.id as string | undefined;
    if (!id) throw new Error(`reserveParkingTicket failed: ${JSON.stringify(res.errors)}`);
    return id;
  }
  /** The manager delivers the ticket of a reservation, once it is in their list. */
  async function deliver(reservationId: string, date: string): Promise<string> {
    const delivery = await waitFor("the ticket in the parking manager's list", async () => {
      const list = (await stack.gql(TO_DELIVER, { date }, manager.token)).data?.ticketsToDeliver as { id: string; reservation: { id: string } }[] | undefined;
      return list?.find((t) => t.reservation.id === reservationId);
    });
    const res = await stack.gql(DELIVER, { id: delivery.id }, manager.token);
    expect(res.errors).toBeUndefined();
    return delivery.id;
  }

  it("an employee sees RESERVED, ALLOCATED, TICKET_DELIVERED and CANCELED with fields of other subgraphs; another employee sees nothing", async () => {
    const [erin, frank] = await Promise.all([stack.signUp("EMPLOYEE", "Erin Employee"), stack.signUp("EMPLOYEE", "Frank Employee")]);
    const [erinLive, frankLive] = await openSubscriptions(stack.router.url, 2, () => [subscriber(erin.token).subscribe(MY_CHANGES), subscriber(frank.token).subscribe(MY_CHANGES)]);
    const date = day(2);

    const id = await reserve(erin, date);
    await erinLive.waitForCount(2);
    expect(statuses(erinLive)).toEqual(["RESERVED", "ALLOCATED"]);
    const allocated = erinLive.received[1].myTicketReservationChanges;
    expect(allocated.reservation).toMatchObject({ id, date, status: "ALLOCATED", employee: { id: erin.userId, name: "Erin Employee" } });
    expect(allocated.reservation.parkingLotId).toEqual(expect.any(String));

    const deliveryId = await deliver(id, date);
    await erinLive.waitForCount(3);
    expect(erinLive.received[2].myTicketReservationChanges).toMatchObject({ status: "TICKET_DELIVERED", reservation: { id, status: "TICKET_DELIVERED", deliveryId } });

    await stack.gql(CANCEL, { id }, erin.token);
    const all = await erinLive.waitForCount(4);
    expect(all[3].myTicketReservationChanges).toMatchObject({ status: "CANCELED", reservation: { id, status: "CANCELED" } });
    const cursors = all.map((c) => Number(c.myTicketReservationChanges.cursor.split(":")[0]));
    expect(cursors).toEqual([...cursors].sort((a, b) => a - b));
    expect(frankLive.received).toEqual([]);
    expect(frankLive.errors).toEqual([]);
  });

  it("a reservation past the day's spaces is pushed RESERVED then REFUSED_FULL", async () => {
    const [first, second] = await Promise.all([stack.signUp("EMPLOYEE"), stack.signUp("EMPLOYEE")]);
    const date = day(3);
    await reserve(first, date);
    await waitFor("the day's only space to be taken", async () => (await stack.sql("parking-lots", "SELECT 1 FROM parking_lot WHERE date = $1::date AND status = 'OCCUPIED'", [date])).length === 1);
    const live = await openSubscriptions(stack.router.url, 1, () => subscriber(second.token).subscribe(MY_CHANGES));
    const id = await reserve(second, date);
    await live.waitForCount(2);
    expect(statuses(live)).toEqual(["RESERVED", "REFUSED_FULL"]);
    expect(live.received[1].myTicketReservationChanges.reservation).toMatchObject({ id, status: "REFUSED_FULL", deliveryId: null });
  });

  it("a subscriber that comes back with its last cursor gets the missed changes in order, none twice, then live ones", async () => {
    const gail = await stack.signUp("EMPLOYEE");
    const first = await openSubscriptions(stack.router.url, 1, () => subscriber(gail.token).subscribe(MY_CHANGES));
    const id1 = await reserve(gail, day(5));
    await first.waitForCount(2);
    const lastSeen = first.received[1].myTicketReservationChanges.cursor as string;
    await first.close();

    // Offline: a cancellation and another reservation.
    await stack.gql(CANCEL, { id: id1 }, gail.token);
    const id2 = await reserve(gail, day(6));
    await waitFor("the missed changes to be published", async () =>
      (await stack.sql<{ n: number }>("parking-reservations", "SELECT count(*)::int AS n FROM platform_outbox WHERE published_at IS NOT NULL AND payload->'data'->>'employeeId' = $1", [gail.userId]))[0]!.n >= 5,
    );

    const resumed = subscriber(gail.token).subscribe(MY_CHANGES, { after: lastSeen });
    const missed = await resumed.waitForCount(3);
    const seen = missed.map((m) => `${m.myTicketReservationChanges.reservation.id}:${m.myTicketReservationChanges.status}`);
    expect(seen.sort()).toEqual([`${id1}:CANCELED`, `${id2}:RESERVED`, `${id2}:ALLOCATED`].sort());

    const deliveryId = await deliver(id2, day(6));
    const after = await resumed.waitForCount(4);
    expect(after[3].myTicketReservationChanges).toMatchObject({ status: "TICKET_DELIVERED", reservation: { id: id2, deliveryId } });
    expect(after).toHaveLength(4);
  });

  it("one reservation can be followed by id by its employee; another employee's id is refused like the query", async () => {
    const [hana, ivan] = await Promise.all([stack.signUp("EMPLOYEE"), stack.signUp("EMPLOYEE")]);
    const id = await reserve(hana, day(8));
    const own = await openSubscriptions(stack.router.url, 1, () => subscriber(hana.token).subscribe(ONE_CHANGES, { id }));
    const other = subscriber(ivan.token).subscribe(ONE_CHANGES, { id });
    await waitFor("the other employee's subscription to be refused", () => other.errors.length > 0);
    expect(JSON.stringify(other.errors)).toContain("TICKET_RESERVATION_NOT_FOUND");

    await stack.gql(CANCEL, { id }, hana.token);
    await waitFor("CANCELED pushed by id", () => own.received.some((r) => r.ticketReservationChanges.status === "CANCELED"));
    expect(own.received.every((r) => r.ticketReservationChanges.reservation.id === id)).toBe(true);
  });

  it("the employee's board in views shows each step with the lot and delivery ids, kept after cancellation, in one subgraph fetch", async () => {
    const jo = await stack.signUp("EMPLOYEE");
    const date = day(10);
    const id = await reserve(jo, date);
    const row = () =>
      stack.gql(BOARD, {}, jo.token).then((res) => (res.data?.myParkingReservations as Record<string, any>[] | undefined)?.find((r) => r.id === id));
    const rowWith = (what: string, accept: (r: any) => boolean) => waitFor(`the board to show ${what}`, async () => {
      const r = await row();
      return r && accept(r) ? r : null;
    });
    const allocated = await rowWith("ALLOCATED", (r) => r.status === "ALLOCATED" && r.deliveryId !== null);
    expect(allocated).toMatchObject({ date, parkingLotId: expect.any(String), ticketCanceled: false, spaceReleased: false });

    const deliveryId = await deliver(id, date);
    expect(await rowWith("TICKET_DELIVERED", (r) => r.status === "TICKET_DELIVERED")).toMatchObject({ deliveryId, parkingLotId: allocated.parkingLotId });

    await stack.gql(CANCEL, { id }, jo.token);
    const canceled = await rowWith("the cancellation complete", (r) => r.status === "CANCELED" && r.ticketCanceled && r.spaceReleased);
    expect(canceled).toMatchObject({ deliveryId, parkingLotId: allocated.parkingLotId });

    const requests = () =>
      Promise.all(["views", "parking-reservations", "parking-lots", "ticket-deliveries", "identity"].map((name) => metric(stack.service(name).url, "graphql_request_duration_seconds_count")));
    const before = await requests();
    await row();
    const after = await requests();
    expect(after.map((n, i) => n - before[i]!)).toEqual([1, 0, 0, 0, 0]);
  });

  it("views catches up after it was down: the board shows what happened meanwhile, each event applied once", async () => {
    const kim = await stack.signUp("EMPLOYEE");
    const views = stack.service("views");
    await views.stop();
    const [kept, canceled] = [await reserve(kim, day(12)), await reserve(kim, day(13))];
    // Canceled once the lot gave it its space: a cancel the lot handles before the reservation
    // withdraws it instead (no space, no Vacated), which is not the case this test follows.
    await waitFor("the lot to allocate the space", async () => (await stack.sql("parking-lots", "SELECT 1 FROM parking_lot WHERE reservation_id = $1 AND status = 'OCCUPIED'", [canceled])).length === 1);
    await stack.gql(CANCEL, { id: canceled }, kim.token);
    await waitFor("the lot to release the canceled space", async () => (await stack.sql("parking-lots", "SELECT 1 FROM parking_lot WHERE reservation_id = $1 AND status = 'VACATED'", [canceled])).length === 1);
    await views.start();

    const board = await waitFor("the board to catch up", async () => {
      const rows = (await stack.gql(BOARD, {}, kim.token)).data?.myParkingReservations as { id: string; status: string; spaceReleased: boolean }[] | undefined;
      const byId = new Map(rows?.map((r) => [r.id, r]));
      return byId.get(kept)?.status === "ALLOCATED" && byId.get(canceled)?.spaceReleased ? rows : null;
    });
    expect(board.map((r) => [r.id, r.status])).toEqual([
      [canceled, "CANCELED"],
      [kept, "ALLOCATED"],
    ]);
    expect(await stack.sql("views", "SELECT 1 FROM platform_dead_letter")).toEqual([]);
  });
});
