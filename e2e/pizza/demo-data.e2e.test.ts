import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Stack, waitFor } from "@supergraph/testkit";
import { SEED_PASSWORD, seed } from "../../scripts/seed.ts";
import { board, PIZZA_CONTEXTS } from "./status-flow.ts";

/*
 * Pizza's demo users and data as `npm start` seeds them on a first start (scripts/seed.ts, through
 * the router): the customer cora and the courier cody sign in with the README's password; cora (and
 * sam, the person in all five systems) has an order cody delivered (with its coupon) and one placed,
 * waiting to be paid; seeding again adds nothing.
 */

const SIGN_IN = `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { token user { id roles } } }`;
const MY_ORDERS = `query { myPizzaOrders { id status amount lines { quantity } delivery { status } coupon { code status } } }`;

interface DemoOrder {
  id: string;
  status: string;
  lines: { quantity: number }[];
  delivery: { status: string } | null;
  coupon: { code: string; status: string } | null;
}

describe("pizza demo data", () => {
  let stack: Stack;
  const seedPizza = () => seed(`${stack.router.url}/graphql`, { lectures: false, parking: false, vaccines: false, pizza: true });
  const signIn = async (email: string) => {
    const { token, user } = (await stack.gql(SIGN_IN, { email, password: SEED_PASSWORD })).data?.signIn as { token: string; user: { id: string; roles: string[] } };
    return { token, userId: user.id, roles: user.roles };
  };

  beforeAll(async () => {
    stack = await Stack.start({}, { only: PIZZA_CONTEXTS });
  });
  afterAll(() => stack?.stop());

  /** The customer's two demo orders, once the delivered one holds its coupon. */
  async function demoOrdersOf(customer: { token: string; userId: string }): Promise<DemoOrder[]> {
    const orders = await waitFor("the delivered demo order to hold its coupon", async () => {
      const mine = (await stack.gql(MY_ORDERS, {}, customer.token)).data?.myPizzaOrders as DemoOrder[] | undefined;
      return mine?.length === 2 && mine.some((o) => o.coupon?.status === "ISSUED") ? mine : null;
    });
    const delivered = orders.find((o) => o.status === "PAID")!;
    const placed = orders.find((o) => o.status === "PLACED")!;
    expect(delivered).toMatchObject({ delivery: { status: "DELIVERED" }, coupon: { status: "ISSUED", code: expect.stringMatching(/^PIZZA-/) } });
    expect(delivered.lines.map((l) => l.quantity).sort()).toEqual([1, 2]);
    expect(placed).toMatchObject({ delivery: null, coupon: null });
    // The status screen (views) shows both.
    await waitFor("the board to show both", async () => (await board(stack, customer))?.length === 2);
    return orders;
  }

  it("first start: cora (CUSTOMER, and sam, the person in all five systems) has an order delivered by cody (COURIER) with its coupon and one placed; seeding again adds nothing", async () => {
    expect((await seedPizza()).pizzaOrders).toBe(4);
    const [cora, sam, cody] = await Promise.all([signIn("cora@example.com"), signIn("sam@example.com"), signIn("cody@example.com")]);
    expect(cora.roles).toEqual(["CUSTOMER"]);
    expect(sam.roles).toContain("CUSTOMER");
    expect(cody.roles).toEqual(["COURIER"]);
    const coras = await demoOrdersOf(cora);
    await demoOrdersOf(sam);

    expect((await seedPizza()).pizzaOrders).toBe(0);
    expect(((await stack.gql(MY_ORDERS, {}, cora.token)).data?.myPizzaOrders as DemoOrder[]).map((o) => o.id).sort()).toEqual(coras.map((o) => o.id).sort());
  });
});
