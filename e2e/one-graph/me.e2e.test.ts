import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { metric, type SignedIn, type Stack, waitFor } from "@supergraph/testkit";
import { openLecture, register } from "../course-registration/helpers.ts";
import { CANCEL_REGISTRATION } from "../course-registration/operations.ts";
import { day, learningOf, orderCourse } from "../online-study/helpers.ts";
import { CANCEL_ORDER as CANCEL_COURSE_ORDER } from "../online-study/operations.ts";
import { CANCEL as CANCEL_RESERVATION, RESERVE } from "../parking/operations.ts";
import { MARGHERITA, MARINARA, pay, place } from "../pizza/helpers.ts";
import { CANCEL_ORDER as CANCEL_PIZZA_ORDER } from "../pizza/operations.ts";
import { applyOnceKnown } from "../vaccination/certificate-helpers.ts";
import { book, bookingBecomes, inject, registerVaccine } from "../vaccination/helpers.ts";
import { issue } from "../vaccination/my-page-helpers.ts";
import { CANCEL as CANCEL_BOOKING } from "../vaccination/operations.ts";
import {
  type Case,
  type Cases,
  casesOfOverview,
  casesOfUser,
  composedMe,
  dataOf,
  ME,
  ME_CONTEXTS,
  OVERVIEW,
  overviewOf,
  signUpPerson,
  startMeStack,
  untilNotBusy,
  USER,
  type UserCases,
} from "./me-helpers.ts";

/*
 * Issue #18 item 1 end to end: one person (STUDENT, EMPLOYEE and CUSTOMER, signed up with
 * `roles`) acts in all five systems through the router; `me` composed from the six owning
 * subgraphs shows each system's cases with their payment (learning, injection, certificate)
 * status and any owner field; `myOverview` (views alone) shows the same cases; nobody else sees
 * them, an ADMIN does through `user(id)`. After a burst of commands across the five systems,
 * some canceled, the read model comes to agree with the composed query on every id and status.
 */

const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;
const empty: Cases = { registrations: [], courseOrders: [], pizzaOrders: [], parkingReservations: [], vaccinationBookings: [], certificateApplications: [] };

describe("one graph: me across the five systems", () => {
  let stack: Stack;
  let instructor: SignedIn;
  let vaccineManager: SignedIn;
  let nurse: SignedIn;
  let certifier: SignedIn;
  let admin: SignedIn;
  let vaccineId: string;

  beforeAll(async () => {
    stack = await startMeStack();
    [instructor, vaccineManager, nurse, certifier, admin] = await Promise.all([
      stack.signUp("INSTRUCTOR"),
      stack.signUp("VACCINE_MANAGER"),
      stack.signUp("INJECTION_MANAGER"),
      stack.signUp("CERTIFICATE_MANAGER"),
      stack.signUp("ADMIN"),
    ]);
    vaccineId = (await registerVaccine(stack, vaccineManager, 100)).id;
  }, 300_000);
  afterAll(async () => {
    await stack?.stop();
  });

  it("shows one person's cases of all five systems in me (composed) and myOverview (read model); another user sees none of them, an ADMIN all", async () => {
    const sam = await signUpPerson(stack, "Sam Person");
    expect(sam.roles).toEqual(["STUDENT", "EMPLOYEE", "CUSTOMER"]);

    // Course registration: registered and paid.
    const lectureId = await openLecture(stack, instructor, { title: "Databases for everyone", price: 4_900 });
    const registration = dataOf("registerForLecture", await untilNotBusy(() => register(stack, sam, lectureId))).registerForLecture;
    expect(registration).toMatchObject({ status: "PAID", payment: { status: "COMPLETED" } });
    // Online study: ordered, its learning opened by learning.
    const courseOrder = dataOf("orderCourse", await orderCourse(stack, sam)).orderCourse;
    await learningOf(stack, sam, courseOrder.id);
    // Pizza: one paid, one placed and not paid.
    const paid = dataOf("placePizzaOrder", await place(stack, sam, [{ pizzaId: MARGHERITA, quantity: 2 }])).placePizzaOrder;
    dataOf("payPizzaOrder", await untilNotBusy(() => pay(stack, sam, paid.id)));
    const unpaid = dataOf("placePizzaOrder", await place(stack, sam, [{ pizzaId: MARINARA, quantity: 1 }])).placePizzaOrder;
    // Parking: reserved.
    const reservation = dataOf("reserveParkingTicket", await stack.gql(RESERVE, { date: day(5) }, sam.token)).reserveParkingTicket;
    expect(reservation.status).toBe("RESERVED");
    // Vaccination: booked, injected, certificate applied for and issued.
    const booking = dataOf("bookVaccination", await untilNotBusy(() => book(stack, sam, vaccineId))).bookVaccination;
    await inject(stack, nurse, booking.id);
    await bookingBecomes(stack, sam, booking.id, "INJECTED");
    const application = dataOf("applyForCertificate", await applyOnceKnown(stack, sam, booking.id)).applyForCertificate;
    const certificate = await issue(stack, certifier, application.id);

    const expected: Cases = {
      registrations: [{ id: registration.id, status: "PAID", linked: "COMPLETED" }],
      courseOrders: [{ id: courseOrder.id, status: "ORDERED", linked: "AWAITING_MANAGER" }],
      pizzaOrders: [
        { id: paid.id, status: "PAID", linked: "COMPLETED" },
        { id: unpaid.id, status: "PLACED", linked: null },
      ].sort((a, b) => a.id.localeCompare(b.id)),
      parkingReservations: [{ id: reservation.id, status: "RESERVED", linked: null }],
      vaccinationBookings: [{ id: booking.id, status: "INJECTED", linked: "COMPLETED" }],
      certificateApplications: [{ id: application.id, status: "ISSUED", linked: certificate.number }],
    };

    // Composed: every system's cases, with their payment (learning, injection, certificate) status.
    const me = await waitFor("me to show the issued certificate", async () => {
      const user = await composedMe(stack, sam);
      return user.certificateApplications[0]?.status === "ISSUED" ? user : null;
    });
    expect(casesOfUser(me)).toEqual(expected);
    // Any owner's field is selectable alongside.
    expect(me).toMatchObject({ id: sam.userId, name: "Sam Person", roles: ["STUDENT", "EMPLOYEE", "CUSTOMER"] });
    expect(me.registrations[0]).toMatchObject({ amount: 4_900, lecture: { title: "Databases for everyone" } });
    expect(me.courseOrders[0]).toMatchObject({ orderNumber: courseOrder.orderNumber, courseTitle: expect.any(String) });
    expect(me.pizzaOrders.find((o) => o.id === paid.id)).toMatchObject({ lines: [{ name: "Margherita", quantity: 2 }] });
    expect(me.ticketReservations[0]).toMatchObject({ date: day(5) });
    expect(me.vaccinationBookings[0]?.vaccineName).toMatch(/^Vaccine /);
    expect(me.certificateApplications[0]).toMatchObject({ booking: { id: booking.id } });

    // Read model: the same cases, once views has applied the last events.
    const overview = await waitFor("myOverview to agree with me", async () => {
      const o = await overviewOf(stack, sam);
      return JSON.stringify(casesOfOverview(o)) === JSON.stringify(expected) ? o : null;
    });
    expect(casesOfOverview(overview)).toEqual(expected);
    expect(overview.userId).toBe(sam.userId);
    expect(overview.courseRegistrations[0]).toMatchObject({ lectureTitle: "Databases for everyone", amount: 4_900 });
    expect(overview.courseOrders[0]).toMatchObject({ orderNumber: courseOrder.orderNumber });

    // The read model is one subgraph fetch (views alone); the composed me asks identity and each owner.
    const contexts = ["identity", ...ME_CONTEXTS];
    const requests = () => Promise.all(contexts.map((name) => metric(stack.service(name).url, "graphql_request_duration_seconds_count")));
    const beforeOverview = await requests();
    await overviewOf(stack, sam);
    const afterOverview = await requests();
    expect(Object.fromEntries(contexts.map((name, i) => [name, afterOverview[i]! - beforeOverview[i]!]))).toEqual(Object.fromEntries(contexts.map((name) => [name, name === "views" ? 1 : 0])));
    await composedMe(stack, sam);
    const afterComposed = await requests();
    const composedFetches = Object.fromEntries(contexts.map((name, i) => [name, afterComposed[i]! - afterOverview[i]!]));
    for (const owner of ["identity", "registrations", "course-orders", "pizza-orders", "parking-reservations", "vaccination-bookings", "certificate-applications"]) {
      expect(composedFetches[owner], owner).toBeGreaterThan(0);
    }
    expect(composedFetches.views).toBe(0);

    // Another user: their own (empty) cases, never sam's; user(id) is for ADMINs.
    const other = await signUpPerson(stack);
    expect(casesOfUser(await composedMe(stack, other))).toEqual(empty);
    expect(casesOfOverview(await overviewOf(stack, other))).toEqual(empty);
    expect(code(await stack.gql(USER, { id: sam.userId }, other.token))).toBe("FORBIDDEN");

    // An ADMIN reads sam's cases through user(id), composed the same way.
    const byAdmin = dataOf("user", await stack.gql<{ user: UserCases }>(USER, { id: sam.userId }, admin.token)).user;
    expect(casesOfUser(byAdmin)).toEqual(expected);

    // Without a token: me is null, myOverview is refused.
    expect((await stack.gql(ME)).data).toEqual({ me: null });
    expect(code(await stack.gql(OVERVIEW))).toBe("UNAUTHENTICATED");
  });

  it("after a burst of commands across the five systems, some canceled, myOverview agrees with the composed me on every id and status", async () => {
    const person = await signUpPerson(stack, "Burst Person");
    const lectureIds = await Promise.all([1, 2, 3, 4, 5].map((n) => openLecture(stack, instructor, { title: `Burst lecture ${n}`, price: 1_000 * n })));
    const cancel = async (what: string, mutation: string, id: string) => dataOf(what, await untilNotBusy(() => stack.gql(mutation, { id }, person.token)));
    const expected: Cases = { ...empty };
    const settle = (system: keyof Cases, cases: Case[]) => (expected[system] = [...cases].sort((a, b) => a.id.localeCompare(b.id)));

    await Promise.all([
      // Course registration: 5 registrations, 2 canceled (their payments refunded).
      (async () => {
        const ids = await Promise.all(lectureIds.map(async (lectureId) => dataOf("registerForLecture", await untilNotBusy(() => register(stack, person, lectureId))).registerForLecture.id as string));
        await Promise.all(ids.slice(0, 2).map((id) => cancel("cancelRegistration", CANCEL_REGISTRATION, id)));
        settle("registrations", ids.map((id, i) => (i < 2 ? { id, status: "CANCELED", linked: "CANCELED" } : { id, status: "PAID", linked: "COMPLETED" })));
      })(),
      // Online study: 5 course orders, 2 canceled (their learning canceled in turn).
      (async () => {
        const ids = await Promise.all([1, 2, 3, 4, 5].map(async (n) => dataOf("orderCourse", await orderCourse(stack, person, { beginDate: day(n), endDate: day(n + 10) })).orderCourse.id));
        await Promise.all(ids.slice(0, 2).map((id) => cancel("cancelCourseOrder", CANCEL_COURSE_ORDER, id)));
        settle("courseOrders", ids.map((id, i) => (i < 2 ? { id, status: "CANCELED", linked: "CANCELED" } : { id, status: "ORDERED", linked: "AWAITING_MANAGER" })));
      })(),
      // Pizza: 5 orders paid, 2 canceled afterwards (their payments refunded).
      (async () => {
        const ids = await Promise.all([1, 2, 3, 4, 5].map(async (n) => {
          const id = dataOf("placePizzaOrder", await place(stack, person, [{ pizzaId: MARGHERITA, quantity: n }])).placePizzaOrder.id;
          dataOf("payPizzaOrder", await untilNotBusy(() => pay(stack, person, id)));
          return id;
        }));
        await Promise.all(ids.slice(0, 2).map((id) => cancel("cancelPizzaOrder", CANCEL_PIZZA_ORDER, id)));
        settle("pizzaOrders", ids.map((id, i) => (i < 2 ? { id, status: "CANCELED", linked: "CANCELED" } : { id, status: "PAID", linked: "COMPLETED" })));
      })(),
      // Parking: 5 days reserved, 2 canceled.
      (async () => {
        const ids = await Promise.all([11, 12, 13, 14, 15].map(async (n) => dataOf("reserveParkingTicket", await untilNotBusy(() => stack.gql(RESERVE, { date: day(n) }, person.token))).reserveParkingTicket.id as string));
        await Promise.all(ids.slice(0, 2).map((id) => cancel("cancelTicketReservation", CANCEL_RESERVATION, id)));
        settle("parkingReservations", ids.map((id, i) => ({ id, status: i < 2 ? "CANCELED" : "RESERVED", linked: null })));
      })(),
      // Vaccination: one live booking at a time, so 5 in turn: injected, canceled, injected, canceled, booked.
      (async () => {
        const cases: Case[] = [];
        for (const n of [1, 2, 3, 4, 5]) {
          const id = dataOf("bookVaccination", await untilNotBusy(() => book(stack, person, vaccineId, day(20 + n)))).bookVaccination.id;
          if (n === 5) {
            cases.push({ id, status: "BOOKED", linked: "SCHEDULED" });
          } else if (n % 2 === 1) {
            await inject(stack, nurse, id);
            await bookingBecomes(stack, person, id, "INJECTED");
            cases.push({ id, status: "INJECTED", linked: "COMPLETED" });
          } else {
            await cancel("cancelVaccinationBooking", CANCEL_BOOKING, id);
            cases.push({ id, status: "CANCELED", linked: "CANCELED" });
          }
        }
        settle("vaccinationBookings", cases);
      })(),
    ]);

    // The owners settle first (payments refunded, learning and injections canceled)...
    const composed = await waitFor("the composed me to show the burst settled", async () => {
      const cases = casesOfUser(await composedMe(stack, person));
      return JSON.stringify(cases) === JSON.stringify(expected) ? cases : null;
    }, 90_000);
    expect(composed.registrations).toHaveLength(5);
    expect(composed.vaccinationBookings).toHaveLength(5);

    // ...then the read model catches up and agrees with the composed query, read again each time.
    const agreed = await waitFor("myOverview to agree with the composed me", async () => {
      const [fromOwners, fromViews] = await Promise.all([composedMe(stack, person), overviewOf(stack, person)]);
      const [a, b] = [casesOfUser(fromOwners), casesOfOverview(fromViews)];
      return JSON.stringify(a) === JSON.stringify(b) ? { a, b } : null;
    }, 90_000);
    expect(agreed.b).toEqual(agreed.a);
    expect(agreed.b).toEqual(expected);
  }, 300_000);
});
