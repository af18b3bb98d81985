import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SignedIn, Stack, waitFor } from "@supergraph/testkit";
import { boardShows, day, deliver, parkingDay, reservationBecomes, reserve, streamed, ticketToDeliver } from "./helpers.ts";
import { CANCEL, LOT_OF_RESERVATION, MY_RESERVATIONS, RESERVATION, TO_DELIVER } from "./operations.ts";

/**
 * System 4's functional requirements (daily parking tickets), each through the router as a
 * client calls them, and the original's scenarios: reserve -> allocated -> delivered; cancel ->
 * delivery canceled before the space is vacated; a sixth reservation for a day of five ->
 * refused full, no ticket; 50 employees at once for one day -> exactly 5 allocated.
 */
describe("daily parking tickets through the router", () => {
  let stack: Stack;
  let erin: SignedIn;
  let frank: SignedIn;
  let manager: SignedIn;

  beforeAll(async () => {
    stack = await Stack.start({}, { only: ["parking-reservations", "parking-lots", "ticket-deliveries", "views"] });
    [erin, frank, manager] = await Promise.all([stack.signUp("EMPLOYEE"), stack.signUp("EMPLOYEE"), stack.signUp("PARKING_MANAGER")]);
  });
  afterAll(() => stack?.stop());

  it("FR1/FR3/FR4/FR7: an employee reserves, the lot allocates, the manager sees the ticket and delivers it", async () => {
    const date = day(1);
    // FR1: the reservation is taken at once; the lot decides by its event.
    const reserved = await reserve(stack, erin, date);
    expect(reserved).toMatchObject({ date, status: "RESERVED", parkingLotId: null, deliveryId: null, canceledAt: null });

    // FR3: allocated, and passed to the parking manager.
    const allocated = await reservationBecomes(stack, erin, reserved.id, "ALLOCATED");
    expect(allocated.parkingLotId).toEqual(expect.any(String));
    const ticket = await ticketToDeliver(stack, manager, reserved.id, date);
    expect(ticket.status).toBe("TO_DELIVER");
    const lot = await stack.gql(LOT_OF_RESERVATION, { id: reserved.id }, manager.token);
    expect(lot.data?.parkingLotOfReservation).toEqual({ id: allocated.parkingLotId, status: "OCCUPIED", date, vacatedAt: null, reservation: { id: reserved.id } });
    expect(await parkingDay(stack, manager, date)).toEqual({ date, capacity: 5, occupied: 1, free: 4 });

    // FR4: the manager delivers the ticket (Shipped).
    const deliveryId = await deliver(stack, manager, reserved.id, date);
    // FR7: the reservation's progress, with its lot and delivery, as the employee reads it.
    const delivered = await reservationBecomes(stack, erin, reserved.id, "TICKET_DELIVERED");
    expect(delivered).toMatchObject({ parkingLotId: allocated.parkingLotId, deliveryId, ticketDelivery: { id: deliveryId, status: "SHIPPED", canceledAt: null } });
    expect(delivered.deliveredAt).toEqual(expect.any(String));
    const toDeliver = (await stack.gql(TO_DELIVER, { date }, manager.token)).data?.ticketsToDeliver as { id: string }[];
    expect(toDeliver.map((t) => t.id)).not.toContain(deliveryId);
    expect((await stack.gql(MY_RESERVATIONS, {}, erin.token)).data?.myTicketReservations).toContainEqual({ id: reserved.id, date, status: "TICKET_DELIVERED" });
    // FR7: the status screen (the read model in views) shows it delivered.
    expect(await boardShows(stack, erin, reserved.id, "delivered", (r) => r.status === "TICKET_DELIVERED")).toEqual({
      id: reserved.id,
      date,
      status: "TICKET_DELIVERED",
      parkingLotId: allocated.parkingLotId,
      deliveryId,
      ticketCanceled: false,
      spaceReleased: false,
    });

    // Another employee sees none of it.
    expect((await stack.gql(RESERVATION, { id: reserved.id }, frank.token)).data?.ticketReservation).toBeNull();
    expect((await stack.gql(MY_RESERVATIONS, {}, frank.token)).data?.myTicketReservations).toEqual([]);
    expect((await stack.gql(LOT_OF_RESERVATION, { id: reserved.id }, frank.token)).data?.parkingLotOfReservation).toBeNull();
  });

  it("FR5/FR6: the employee cancels; the ticket delivery is canceled before the space is vacated (the order of the events shows it)", async () => {
    const date = day(2);
    const reserved = await reserve(stack, frank, date);
    await reservationBecomes(stack, frank, reserved.id, "ALLOCATED");
    const ticket = await ticketToDeliver(stack, manager, reserved.id, date);

    const canceled = await stack.gql(CANCEL, { id: reserved.id }, frank.token);
    expect(canceled.errors).toBeUndefined();
    expect(canceled.data?.cancelTicketReservation).toMatchObject({ id: reserved.id, status: "CANCELED" });

    // FR6: the lot's availability for the day is updated, after the delivery was canceled.
    await waitFor("the space to be released", async () => (await parkingDay(stack, manager, date)).occupied === 0);
    const deliveryCanceled = await streamed(stack, "ticket-deliveries", "DeliveryCanceled", reserved.id);
    const vacated = await streamed(stack, "parking-lots", "Vacated", reserved.id);
    expect(deliveryCanceled).toHaveLength(1);
    expect(vacated).toHaveLength(1);
    expect(deliveryCanceled[0]!.seq).toBeLessThan(vacated[0]!.seq);
    expect(Date.parse(deliveryCanceled[0]!.time)).toBeLessThanOrEqual(Date.parse(vacated[0]!.time));

    const after = (await stack.gql(RESERVATION, { id: reserved.id }, frank.token)).data?.ticketReservation;
    expect(after).toMatchObject({ status: "CANCELED", ticketDelivery: { id: ticket.id, status: "CANCELED" } });
    const lot = (await stack.gql(LOT_OF_RESERVATION, { id: reserved.id }, frank.token)).data?.parkingLotOfReservation;
    expect(lot).toMatchObject({ status: "VACATED", vacatedAt: expect.any(String) });
    // The view shows it canceled, kept with its lot and delivery ids.
    expect(await boardShows(stack, frank, reserved.id, "canceled and released", (r) => r.status === "CANCELED" && r.spaceReleased)).toMatchObject({
      parkingLotId: lot.id,
      deliveryId: ticket.id,
      ticketCanceled: true,
    });
    expect(((await stack.gql(TO_DELIVER, { date }, manager.token)).data?.ticketsToDeliver as { id: string }[]).map((t) => t.id)).not.toContain(ticket.id);
  });

  it("FR2: five reservations for a day of five, then a sixth: refused full, no ticket; canceled without a call", async () => {
    const date = day(3);
    const employees = await Promise.all(Array.from({ length: 6 }, () => stack.mintUser("EMPLOYEE")));
    const first = await Promise.all(employees.slice(0, 5).map((e) => reserve(stack, e, date)));
    await Promise.all(first.map((r, i) => reservationBecomes(stack, employees[i]!, r.id, "ALLOCATED")));

    const sixth = await reserve(stack, employees[5]!, date);
    const refused = await reservationBecomes(stack, employees[5]!, sixth.id, "REFUSED_FULL");
    expect(refused).toMatchObject({ parkingLotId: expect.any(String), ticketDelivery: null, refusedAt: expect.any(String) });
    expect((await stack.gql(LOT_OF_RESERVATION, { id: sixth.id }, manager.token)).data?.parkingLotOfReservation).toMatchObject({ status: "FULLY_OCCUPIED" });
    const list = (await stack.gql(TO_DELIVER, { date }, manager.token)).data?.ticketsToDeliver as { reservation: { id: string } }[];
    expect(list.map((t) => t.reservation.id).sort()).toEqual(first.map((r) => r.id).sort());
    expect(await parkingDay(stack, manager, date)).toEqual({ date, capacity: 5, occupied: 5, free: 0 });

    // A refused reservation is canceled without any call: no delivery canceled, no space released.
    expect((await stack.gql(CANCEL, { id: sixth.id }, employees[5]!.token)).data?.cancelTicketReservation).toMatchObject({ status: "CANCELED" });
    const [cancellation] = await waitFor("the cancellation in the stream", async () => {
      const found = await streamed(stack, "parking-reservations", "TicketReservationCanceled", sixth.id);
      return found.length > 0 ? found : null;
    });
    await waitFor("the lot to handle the cancellation", async () =>
      (await stack.sql("parking-lots", `SELECT 1 FROM platform_inbox WHERE consumer = 'parking-lots-release-space' AND event_id = $1::uuid`, [cancellation!.id])).length > 0,
    );
    expect(await stack.sql("ticket-deliveries", `SELECT 1 FROM ticket_delivery WHERE reservation_id = $1::uuid`, [sixth.id])).toEqual([]);
    expect(await parkingDay(stack, manager, date)).toEqual({ date, capacity: 5, occupied: 5, free: 0 });
    expect(await streamed(stack, "parking-lots", "Vacated", sixth.id)).toEqual([]);
  });

  it("limit: 50 employees reserving the same day at once get exactly 5 spaces and 45 refusals, 5 tickets", async () => {
    const date = day(4);
    const employees = await Promise.all(Array.from({ length: 50 }, () => stack.mintUser("EMPLOYEE")));
    const reservations = await Promise.all(employees.map((e) => reserve(stack, e, date)));
    const outcomes = await Promise.all(
      reservations.map((r, i) =>
        waitFor(`reservation ${r.id} decided`, async () => {
          const s = (await stack.gql(RESERVATION, { id: r.id }, employees[i]!.token)).data?.ticketReservation?.status as string | undefined;
          return s === "ALLOCATED" || s === "REFUSED_FULL" ? s : null;
        }),
      ),
    );
    expect(outcomes.filter((s) => s === "ALLOCATED")).toHaveLength(5);
    expect(outcomes.filter((s) => s === "REFUSED_FULL")).toHaveLength(45);
    expect(await parkingDay(stack, manager, date)).toEqual({ date, capacity: 5, occupied: 5, free: 0 });
    await waitFor("the five tickets", async () => ((await stack.gql(TO_DELIVER, { date }, manager.token)).data?.ticketsToDeliver as unknown[]).length === 5);
    const tickets = await stack.sql<{ n: number }>("ticket-deliveries", `SELECT count(*)::int AS n FROM ticket_delivery WHERE date = $1::date`, [date]);
    expect(tickets[0]!.n).toBe(5);
  });
});
