import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SignedIn, Stack, waitFor } from "@supergraph/testkit";
import { book, booked, bookingBecomes, bookingOf, day, inject, injectionToGive, registerVaccine, vaccine, vaccineHas } from "./helpers.ts";
import { ADD_STOCK, CANCEL, COMPLETE, INJECTION, REGISTER_VACCINE, TO_GIVE } from "./operations.ts";

/**
 * Bad input, the wrong role, a missing token, a second submit or cancel: each gets a typed error
 * from the owning subgraph's documented enum (or UNAUTHENTICATED / FORBIDDEN), and a refused
 * command writes nothing (no booking, no dose booked).
 */
describe("vaccination booking: refusals", () => {
  let stack: Stack;
  let manager: SignedIn;
  let nurse: SignedIn;
  let employee: SignedIn;

  beforeAll(async () => {
    stack = await Stack.start({}, { only: ["vaccines", "vaccination-bookings", "injections"] });
    [manager, nurse, employee] = await Promise.all([stack.mintUser("VACCINE_MANAGER"), stack.mintUser("INJECTION_MANAGER"), stack.mintUser("EMPLOYEE")]);
  });
  afterAll(() => stack?.stop());

  const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;
  const bookingsOf = async (who: SignedIn) => (await stack.sql("vaccination-bookings", "SELECT id FROM vaccination_booking WHERE customer_id = $1::uuid", [who.userId])).length;

  it.each([
    ["an empty name", "INVALID_VACCINE_NAME", { name: "  ", stock: 5 }],
    ["a negative stock", "INVALID_QUANTITY", { name: `V-${randomUUID()}`, stock: -1 }],
    ["a stock over 1,000,000", "INVALID_QUANTITY", { name: `V-${randomUUID()}`, stock: 1_000_001 }],
  ])("registering a vaccine with %s is refused with %s", async (_, expected, input) => {
    const res = await stack.gql(REGISTER_VACCINE, { input }, manager.token);
    expect(code(res)).toBe(expected);
    expect(res.data).toBeNull();
  });

  it("a second vaccine of the same name is VACCINE_ALREADY_REGISTERED; adding 0 doses or to an unknown vaccine is refused; a customer may not register or add", async () => {
    const v = await registerVaccine(stack, manager, 1);
    expect(code(await stack.gql(REGISTER_VACCINE, { input: { name: v.name, stock: 3 } }, manager.token))).toBe("VACCINE_ALREADY_REGISTERED");
    expect(code(await stack.gql(ADD_STOCK, { id: v.id, quantity: 0 }, manager.token))).toBe("INVALID_QUANTITY");
    expect(code(await stack.gql(ADD_STOCK, { id: randomUUID(), quantity: 3 }, manager.token))).toBe("VACCINE_NOT_FOUND");
    expect(code(await stack.gql(ADD_STOCK, { id: "not-an-id", quantity: 3 }, manager.token))).toBe("VACCINE_NOT_FOUND");
    const customer = await stack.mintUser("CUSTOMER");
    expect(code(await stack.gql(REGISTER_VACCINE, { input: { name: `V-${randomUUID()}`, stock: 3 } }, customer.token))).toBe("FORBIDDEN");
    expect(code(await stack.gql(ADD_STOCK, { id: v.id, quantity: 3 }, customer.token))).toBe("FORBIDDEN");
    expect(code(await stack.gql(ADD_STOCK, { id: v.id, quantity: 3 }))).toBe("UNAUTHENTICATED");
    expect(await vaccine(stack, manager.token, v.id)).toMatchObject({ stock: 1, booked: 0 });
  });

  it.each([
    ["yesterday", day(-1), "DATE_IN_PAST"],
    ["a day that does not exist", "2031-02-30", "INVALID_DATE"],
    ["another date format", "30.01.2031", "INVALID_DATE"],
  ])("booking for %s (%j) is refused with %s and stores nothing", async (_, date, expected) => {
    const v = await registerVaccine(stack, manager, 2);
    const customer = await stack.mintUser("CUSTOMER");
    const res = await book(stack, customer, v.id, date);
    expect(code(res)).toBe(expected);
    expect(await bookingsOf(customer)).toBe(0);
    expect(await vaccine(stack, manager.token, v.id)).toMatchObject({ booked: 0 });
  });

  it("booking a malformed or unknown vaccine is VACCINE_NOT_FOUND; an empty stock is OUT_OF_STOCK; nothing is stored", async () => {
    const customer = await stack.mintUser("CUSTOMER");
    expect(code(await book(stack, customer, "not-an-id"))).toBe("VACCINE_NOT_FOUND");
    expect(code(await book(stack, customer, randomUUID()))).toBe("VACCINE_NOT_FOUND");
    const empty = await registerVaccine(stack, manager, 0);
    expect(code(await book(stack, customer, empty.id))).toBe("OUT_OF_STOCK");
    expect(await bookingsOf(customer)).toBe(0);
    expect(await vaccine(stack, manager.token, empty.id)).toMatchObject({ stock: 0, booked: 0 });
  });

  it("a second booking while one waits is ALREADY_BOOKED, its dose not taken; a second cancel is BOOKING_ALREADY_CANCELED", async () => {
    const v = await registerVaccine(stack, manager, 5);
    const customer = await stack.mintUser("CUSTOMER");
    const first = await booked(stack, customer, v.id);
    expect(code(await book(stack, customer, v.id))).toBe("ALREADY_BOOKED");
    expect(await bookingsOf(customer)).toBe(1);
    expect(await vaccine(stack, manager.token, v.id)).toMatchObject({ booked: 1 });

    expect((await stack.gql(CANCEL, { id: first.id }, customer.token)).data?.cancelVaccinationBooking).toMatchObject({ status: "CANCELED" });
    expect(code(await stack.gql(CANCEL, { id: first.id }, customer.token))).toBe("BOOKING_ALREADY_CANCELED");
  });

  it("two bookings of one customer at once: one is stored, the other is ALREADY_BOOKED and its reserved dose released", async () => {
    const v = await registerVaccine(stack, manager, 5);
    const customer = await stack.mintUser("CUSTOMER");
    const results = await Promise.all(Array.from({ length: 4 }, () => book(stack, customer, v.id)));
    expect(results.filter((r) => r.data?.bookVaccination)).toHaveLength(1);
    expect(results.filter((r) => code(r) === "ALREADY_BOOKED")).toHaveLength(3);
    expect(await bookingsOf(customer)).toBe(1);
    expect(await vaccine(stack, manager.token, v.id)).toMatchObject({ stock: 5, booked: 1 });
  });

  it("the wrong role or no token is refused; another customer's booking is VACCINATION_BOOKING_NOT_FOUND and unseen", async () => {
    const v = await registerVaccine(stack, manager, 5);
    const [owner, other] = await Promise.all([stack.mintUser("CUSTOMER"), stack.mintUser("CUSTOMER")]);
    expect(code(await book(stack, employee, v.id))).toBe("FORBIDDEN");
    expect(code(await stack.gql(`mutation($input: BookVaccinationInput!) { bookVaccination(input: $input) { id } }`, { input: { vaccineId: v.id, date: day(3) } }))).toBe("UNAUTHENTICATED");
    expect(await bookingsOf(employee)).toBe(0);

    const b = await booked(stack, owner, v.id);
    expect(await bookingOf(stack, other, b.id)).toBeNull();
    expect(code(await stack.gql(CANCEL, { id: b.id }, other.token))).toBe("VACCINATION_BOOKING_NOT_FOUND");
    expect(code(await stack.gql(CANCEL, { id: "nope" }, owner.token))).toBe("VACCINATION_BOOKING_NOT_FOUND");
    expect((await bookingOf(stack, owner, b.id))?.status).toBe("BOOKED");
  });

  it("only the injection manager gives injections, once; a canceled booking's injection cannot be given", async () => {
    const v = await registerVaccine(stack, manager, 5);
    const [customer, other] = await Promise.all([stack.mintUser("CUSTOMER"), stack.mintUser("CUSTOMER")]);
    const b = await booked(stack, customer, v.id);
    const injection = await injectionToGive(stack, nurse, b.id);
    expect(code(await stack.gql(COMPLETE, { id: injection.id }, customer.token))).toBe("FORBIDDEN");
    expect(code(await stack.gql(TO_GIVE, {}, customer.token))).toBe("FORBIDDEN");
    expect(code(await stack.gql(TO_GIVE, { date: "2031-13-01" }, nurse.token))).toBe("INVALID_DATE");
    expect(code(await stack.gql(COMPLETE, { id: randomUUID() }, nurse.token))).toBe("INJECTION_NOT_FOUND");
    expect((await stack.gql(INJECTION, { id: injection.id }, other.token)).data?.injection).toBeNull();

    await inject(stack, nurse, b.id);
    expect(code(await stack.gql(COMPLETE, { id: injection.id }, nurse.token))).toBe("INJECTION_ALREADY_COMPLETED");
    await bookingBecomes(stack, customer, b.id, "INJECTED");

    const second = await stack.mintUser("CUSTOMER");
    const c = await booked(stack, second, v.id);
    const canceledInjection = await injectionToGive(stack, nurse, c.id);
    await stack.gql(CANCEL, { id: c.id }, second.token);
    await bookingBecomes(stack, second, c.id, "CANCELED");
    // Injections applies the cancel from its event: once it has, the injection cannot be given.
    await waitFor("the injection canceled with its booking", async () =>
      (await stack.sql<{ status: string }>("injections", "SELECT status::text AS status FROM injection WHERE id = $1", [canceledInjection.id]))[0]?.status === "CANCELED" ? true : null,
    );
    expect(code(await stack.gql(COMPLETE, { id: canceledInjection.id }, nurse.token))).toBe("INJECTION_CANCELED");
    await vaccineHas(stack, manager.token, v.id, { stock: 4, booked: 0 });
  });
});
