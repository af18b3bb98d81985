import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Stack, waitFor } from "@supergraph/testkit";
import { SEED_PASSWORD, seed } from "../../scripts/seed.ts";
import { casesOfOverview, casesOfUser, composedMe, ME_CONTEXTS, overviewOf, PERSON_ROLES } from "./me-helpers.ts";

/*
 * The one-person demo as `npm start` seeds it on a first start (scripts/seed.ts, through the
 * router): sam@example.com holds STUDENT, EMPLOYEE and CUSTOMER and has a case in each of the
 * five systems, shown alike by the composed `me` and by `myOverview`.
 */

const SIGN_IN = `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { token user { id roles } } }`;

describe("one graph demo data", () => {
  let stack: Stack;

  beforeAll(async () => {
    // The owners of me's fields, and deliveries: the seed has the courier deliver one of sam's pizza orders.
    stack = await Stack.start({}, { only: [...ME_CONTEXTS, "deliveries"] });
  });
  afterAll(() => stack?.stop());

  it("first start: sam has a lecture registration, a course order, a parking ticket, two pizza orders (one delivered) and a vaccination booking, in me and in myOverview alike", async () => {
    await seed(`${stack.router.url}/graphql`, { lectures: true, parking: true, vaccines: true, vaccinationBooking: true, courseOrders: true, pizza: true });
    const res = await stack.gql(SIGN_IN, { email: "sam@example.com", password: SEED_PASSWORD });
    const { token, user } = res.data?.signIn as { token: string; user: { id: string; roles: string[] } };
    expect([...user.roles].sort()).toEqual([...PERSON_ROLES].sort());
    const sam = { token, userId: user.id };

    const me = await waitFor("sam's composed me to hold the seeded cases, settled", async () => {
      const cases = casesOfUser(await composedMe(stack, sam));
      const settled = cases.registrations[0]?.linked === "COMPLETED" && cases.courseOrders[0]?.linked === "AWAITING_MANAGER" && cases.pizzaOrders.some((o) => o.status === "PAID");
      return settled ? cases : null;
    });
    expect(me.registrations).toMatchObject([{ status: "PAID", linked: "COMPLETED" }]);
    expect(me.courseOrders).toMatchObject([{ status: "ORDERED", linked: "AWAITING_MANAGER" }]);
    expect(me.pizzaOrders.map((o) => o.status).sort()).toEqual(["PAID", "PLACED"]);
    expect(me.parkingReservations).toMatchObject([{ status: "RESERVED" }]);
    expect(me.vaccinationBookings).toMatchObject([{ status: "BOOKED" }]);

    const overview = await waitFor("myOverview to agree with the composed me", async () => {
      const cases = casesOfOverview(await overviewOf(stack, sam));
      return JSON.stringify(cases) === JSON.stringify(me) ? cases : null;
    });
    expect(overview).toEqual(me);
  });
});
