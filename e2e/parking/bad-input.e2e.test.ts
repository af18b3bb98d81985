import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SignedIn, Stack, waitFor } from "@supergraph/testkit";
import { day, deliver, reservationBecomes, reserve, ticketToDeliver } from "./helpers.ts";
import { CANCEL, DELIVER, MY_RESERVATIONS, PARKING_DAY, RESERVATION, RESERVE, TO_DELIVER } from "./operations.ts";

/**
 * Bad input, the wrong role, a missing token, a second submit or cancel: each gets a typed error
 * from the owning subgraph's documented enum (or UNAUTHENTICATED / FORBIDDEN), and nothing is
 * written by a refused command.
 */
describe("daily parking tickets: refusals", () => {
  let stack: Stack;
  let erin: SignedIn;
  let frank: SignedIn;
  let manager: SignedIn;
  let student: SignedIn;

  beforeAll(async () => {
    stack = await Stack.start({}, { only: ["parking-reservations", "parking-lots", "ticket-deliveries"] });
    [erin, frank, manager, student] = await Promise.all([stack.mintUser("EMPLOYEE"), stack.mintUser("EMPLOYEE"), stack.mintUser("PARKING_MANAGER"), stack.mintUser("STUDENT")]);
  });
  afterAll(() => stack?.stop());

  const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;
  const reservationsOf = async (who: SignedIn) => (await stack.sql("parking-reservations", "SELECT id FROM ticket_reservation WHERE employee_id = $1::uuid", [who.userId])).length;

  it.each([
    ["yesterday", day(-1), "DATE_IN_PAST"],
    ["a day that does not exist", "2031-02-30", "INVALID_DATE"],
    ["another date format", "30.01.2031", "INVALID_DATE"],
    ["no date at all", "", "INVALID_DATE"],
  ])("reserving for %s (%j) is refused with %s and writes nothing", async (_, date, expected) => {
    const res = await stack.gql(RESERVE, { date }, frank.token);
    expect(code(res)).toBe(expected);
    expect(res.data).toBeNull();
    expect(await reservationsOf(frank)).toBe(0);
  });

  it("a second reservation for the same date is ALREADY_RESERVED; today is accepted", async () => {
    const first = await reserve(stack, erin, day(0));
    expect(first.status).toBe("RESERVED");
    expect(code(await stack.gql(RESERVE, { date: day(0) }, erin.token))).toBe("ALREADY_RESERVED");
    expect(await reservationsOf(erin)).toBe(1);
  });

  it("a second cancel is TICKET_RESERVATION_ALREADY_CANCELED; another's, an unknown or a malformed id is TICKET_RESERVATION_NOT_FOUND", async () => {
    const r = await reserve(stack, erin, day(20));
    expect(code(await stack.gql(CANCEL, { id: r.id }, frank.token))).toBe("TICKET_RESERVATION_NOT_FOUND");
    expect((await stack.gql(CANCEL, { id: r.id }, erin.token)).data?.cancelTicketReservation.status).toBe("CANCELED");
    expect(code(await stack.gql(CANCEL, { id: r.id }, erin.token))).toBe("TICKET_RESERVATION_ALREADY_CANCELED");
    expect(code(await stack.gql(CANCEL, { id: "7c1d0b7e-8a52-4f0a-8a3e-5d6c7b8a9f02" }, erin.token))).toBe("TICKET_RESERVATION_NOT_FOUND");
    expect(code(await stack.gql(CANCEL, { id: "not-an-id" }, erin.token))).toBe("TICKET_RESERVATION_NOT_FOUND");
    expect((await stack.gql(RESERVATION, { id: "not-an-id" }, erin.token)).data?.ticketReservation).toBeNull();
  });

  it("the wrong role is FORBIDDEN and no token UNAUTHENTICATED, for every parking command and staff query", async () => {
    expect(code(await stack.gql(RESERVE, { date: day(21) }, student.token))).toBe("FORBIDDEN");
    expect(code(await stack.gql(RESERVE, { date: day(21) }, manager.token))).toBe("FORBIDDEN");
    expect(code(await stack.gql(RESERVE, { date: day(21) }))).toBe("UNAUTHENTICATED");
    expect(code(await stack.gql(MY_RESERVATIONS, {}))).toBe("UNAUTHENTICATED");
    expect(code(await stack.gql(TO_DELIVER, {}, erin.token))).toBe("FORBIDDEN");
    expect(code(await stack.gql(PARKING_DAY, { date: day(21) }, erin.token))).toBe("FORBIDDEN");
    expect(code(await stack.gql(DELIVER, { id: "7c1d0b7e-8a52-4f0a-8a3e-5d6c7b8a9f02" }, erin.token))).toBe("FORBIDDEN");
    expect(code(await stack.gql(DELIVER, { id: "7c1d0b7e-8a52-4f0a-8a3e-5d6c7b8a9f02" }))).toBe("UNAUTHENTICATED");
    expect(await reservationsOf(student)).toBe(0);
  });

  it("the manager's bad input: an unknown ticket, a malformed date, a ticket delivered twice or canceled", async () => {
    expect(code(await stack.gql(DELIVER, { id: "not-an-id" }, manager.token))).toBe("TICKET_DELIVERY_NOT_FOUND");
    expect(code(await stack.gql(DELIVER, { id: "7c1d0b7e-8a52-4f0a-8a3e-5d6c7b8a9f02" }, manager.token))).toBe("TICKET_DELIVERY_NOT_FOUND");
    expect(code(await stack.gql(TO_DELIVER, { date: "2031-13-01" }, manager.token))).toBe("INVALID_DATE");
    expect(code(await stack.gql(PARKING_DAY, { date: "tomorrow" }, manager.token))).toBe("INVALID_DATE");

    const date = day(22);
    const delivered = await reserve(stack, frank, date);
    await reservationBecomes(stack, frank, delivered.id, "ALLOCATED");
    const deliveryId = await deliver(stack, manager, delivered.id, date);
    expect(code(await stack.gql(DELIVER, { id: deliveryId }, manager.token))).toBe("TICKET_ALREADY_DELIVERED");

    const canceled = await reserve(stack, erin, date);
    await reservationBecomes(stack, erin, canceled.id, "ALLOCATED");
    const ticket = await ticketToDeliver(stack, manager, canceled.id, date);
    await stack.gql(CANCEL, { id: canceled.id }, erin.token);
    await reservationBecomes(stack, erin, canceled.id, "CANCELED");
    await waitFor("the ticket to be canceled", async () => (await stack.gql(RESERVATION, { id: canceled.id }, erin.token)).data?.ticketReservation?.ticketDelivery?.status === "CANCELED");
    expect(code(await stack.gql(DELIVER, { id: ticket.id }, manager.token))).toBe("TICKET_DELIVERY_CANCELED");
    expect((await stack.gql(RESERVATION, { id: canceled.id }, erin.token)).data?.ticketReservation.status).toBe("CANCELED");
  });
});
