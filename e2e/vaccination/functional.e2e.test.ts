import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSubscriptions, type SignedIn, Stack, Subscriber } from "@supergraph/testkit";
import { ADD_STOCK, CANCEL, MY_BOOKINGS, VACCINES } from "./operations.ts";
import { book, booked, bookingBecomes, bookingOf, day, inject, injectionToGive, registerVaccine, vaccine, vaccineHas } from "./helpers.ts";

/**
 * The functional requirements of system 5's booking half through the router, as clients call
 * them: the vaccine manager registers a vaccine and adds stock (1, 2); a customer books (3) and
 * cancels before the injection, the dose released (4); the injection manager gives the
 * injection (9), after which booked and stock both go down by one (8); every status change of
 * the customer's booking is pushed over graphql-ws with fields of other subgraphs.
 */
const MY_CHANGES = `subscription($after: String) { myVaccinationBookingChanges(after: $after) {
  cursor status booking { id status vaccineName customer { id name } vaccine { id name booked } injection { id status } } } }`;
const ONE_CHANGES = `subscription($id: ID!) { vaccinationBookingChanges(id: $id) { cursor status booking { id status } } }`;

describe("vaccination booking", () => {
  let stack: Stack;
  let manager: SignedIn;
  let nurse: SignedIn;
  const subscribers: Subscriber[] = [];

  beforeAll(async () => {
    stack = await Stack.start({}, { only: ["vaccines", "vaccination-bookings", "injections"] });
    [manager, nurse] = await Promise.all([stack.signUp("VACCINE_MANAGER"), stack.signUp("INJECTION_MANAGER")]);
  });
  afterAll(async () => {
    await Promise.all(subscribers.map((s) => s.close()));
    await stack?.stop();
  });

  it("1, 2: the vaccine manager registers a vaccine with its stock and adds stock; every signed-in user sees it", async () => {
    const v = await registerVaccine(stack, manager, 3);
    expect(v).toMatchObject({ stock: 3, booked: 0, available: 3 });
    const added = await stack.gql(ADD_STOCK, { id: v.id, quantity: 7 }, manager.token);
    expect(added.data?.addVaccineStock).toEqual({ id: v.id, stock: 10, booked: 0, available: 10 });
    const customer = await stack.signUp("CUSTOMER");
    const listed = (await stack.gql(VACCINES, {}, customer.token)).data?.vaccines as { id: string }[];
    expect(listed.find((x) => x.id === v.id)).toMatchObject({ name: v.name, stock: 10, booked: 0 });
  });

  it("3, 9, 8: a customer books (a dose reserved); the injection manager gives the injection; the booking is INJECTED and stock and booked both go down by one", async () => {
    const v = await registerVaccine(stack, manager, 5);
    const customer = await stack.signUp("CUSTOMER", "Cora Customer");
    const live = await openSubscriptions(stack.router.url, 1, () => {
      const s = new Subscriber(stack.router.url, customer.token).subscribe(MY_CHANGES);
      subscribers.push(s);
      return s;
    });

    const b = await booked(stack, customer, v.id, day(3));
    expect(b).toMatchObject({ status: "BOOKED", date: day(3), vaccineName: v.name, injectionId: null, customer: { id: customer.userId }, vaccine: { id: v.id, name: v.name } });
    expect(await vaccine(stack, customer.token, v.id)).toMatchObject({ stock: 5, booked: 1, available: 4 });
    expect((await stack.gql(MY_BOOKINGS, {}, customer.token)).data?.myVaccinationBookings).toEqual([{ id: b.id, status: "BOOKED" }]);

    const scheduled = await injectionToGive(stack, nurse, b.id);
    expect(scheduled.status).toBe("SCHEDULED");
    expect((await bookingOf(stack, customer, b.id))?.injection).toMatchObject({ id: scheduled.id, status: "SCHEDULED" });
    const injectionId = await inject(stack, nurse, b.id);

    const injected = await bookingBecomes(stack, customer, b.id, "INJECTED");
    expect(injected).toMatchObject({ injectionId, injectedAt: expect.any(String), injection: { id: injectionId, status: "COMPLETED" } });
    await vaccineHas(stack, manager.token, v.id, { stock: 4, booked: 0 });

    const pushed = await live.waitForCount(2);
    expect(pushed.map((p) => p.myVaccinationBookingChanges.status)).toEqual(["BOOKED", "INJECTED"]);
    expect(pushed[1].myVaccinationBookingChanges.booking).toMatchObject({
      id: b.id,
      status: "INJECTED",
      customer: { id: customer.userId, name: "Cora Customer" },
      vaccine: { id: v.id, name: v.name },
      injection: { id: injectionId, status: "COMPLETED" },
    });
  });

  it("4: the customer cancels before the injection: CANCELED at once, the dose released (booked - 1, stock unchanged), the injection canceled; pushed to its one-booking subscription", async () => {
    const v = await registerVaccine(stack, manager, 2);
    const customer = await stack.signUp("CUSTOMER");
    const b = await booked(stack, customer, v.id);
    const live = await openSubscriptions(stack.router.url, 1, () => {
      const s = new Subscriber(stack.router.url, customer.token).subscribe(ONE_CHANGES, { id: b.id });
      subscribers.push(s);
      return s;
    });
    await injectionToGive(stack, nurse, b.id);
    expect(await vaccine(stack, customer.token, v.id)).toMatchObject({ booked: 1 });

    const canceled = await stack.gql(CANCEL, { id: b.id }, customer.token);
    expect(canceled.data?.cancelVaccinationBooking).toMatchObject({ id: b.id, status: "CANCELED", canceledAt: expect.any(String) });
    await vaccineHas(stack, manager.token, v.id, { stock: 2, booked: 0 });
    // The vaccine manager sees the booking's dose released; a customer may not read doses.
    const DOSE = `query($bookingId: ID!) { dose(bookingId: $bookingId) { bookingId status vaccine { id } } }`;
    expect((await stack.gql(DOSE, { bookingId: b.id }, manager.token)).data?.dose).toEqual({ bookingId: b.id, status: "RELEASED", vaccine: { id: v.id } });
    expect((await stack.gql(DOSE, { bookingId: b.id }, customer.token)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const pushed = await live.waitForCount(1);
    expect(pushed.at(-1).vaccinationBookingChanges).toMatchObject({ status: "CANCELED", booking: { id: b.id, status: "CANCELED" } });
    expect((await bookingOf(stack, customer, b.id))?.injection).toMatchObject({ status: "CANCELED" });

    // Canceled, it frees the customer to book again.
    expect((await book(stack, customer, v.id)).data?.bookVaccination).toMatchObject({ status: "BOOKED" });
  });

  it("4: after the injection the booking can no longer be canceled", async () => {
    const v = await registerVaccine(stack, manager, 2);
    const customer = await stack.signUp("CUSTOMER");
    const b = await booked(stack, customer, v.id);
    await inject(stack, nurse, b.id);
    await bookingBecomes(stack, customer, b.id, "INJECTED");
    const res = await stack.gql(CANCEL, { id: b.id }, customer.token);
    expect(res.errors?.[0]?.extensions?.code).toBe("BOOKING_ALREADY_INJECTED");
    await vaccineHas(stack, manager.token, v.id, { stock: 1, booked: 0 });
  });
});
