/**
 * The pizza-orders context's store and policy on real PostgreSQL and real NATS: a request is saved
 * with its event in the outbox, the relay publishes it, and the confirm-pizza-order policy
 * confirms the pizza order, once however often the request is delivered.
 */
import { randomUUID } from "node:crypto";
import { PolicyHarness, type PolicyDeps } from "@supergraph/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestPizzaOrder } from "./commands/request-pizza-order.ts";
import { findPizzaOrders } from "./infra/pizza-order-store.ts";
import { confirmPizzaOrder } from "./policies/confirm-pizza-order.ts";

let harness: PolicyHarness;
let deps: PolicyDeps;

beforeAll(async () => {
  harness = await PolicyHarness.start({
    context: "pizza-orders",
    policies: (given) => {
      deps = given;
      return [confirmPizzaOrder];
    },
  });
});
afterAll(() => harness?.stop());

const confirmedRow = (id: string) =>
  harness.waitForRow<{ status: string }>("the pizza order to be confirmed", "SELECT status::text AS status FROM pizza_order WHERE id = $1", [id], (r) => r.status === "CONFIRMED");

describe("pizza-orders: requesting and confirming a pizza order", () => {
  it("saves the request with its event, and the policy confirms it once the event is published", async () => {
    const ownerId = randomUUID();
    const requested = await requestPizzaOrder(deps.transact, ownerId, { title: " First " }, new Date());
    expect(requested).toMatchObject({ ownerId, title: "First", status: "REQUESTED", confirmedAt: null });

    await confirmedRow(requested.id);
    await harness.settled();
    const [stored] = await findPizzaOrders(harness.sql, [requested.id]);
    expect(stored).toMatchObject({ id: requested.id, ownerId, title: "First", status: "CONFIRMED", confirmedAt: expect.any(Date) });
    const events = (await harness.recorded()).filter((e) => e.subject === requested.id);
    expect(events.map((e) => e.type)).toEqual(["PizzaOrderRequested", "PizzaOrderConfirmed"]);
  });

  it("confirms once when the request is delivered again", async () => {
    const requested = await requestPizzaOrder(deps.transact, randomUUID(), { title: "Second" }, new Date());
    await confirmedRow(requested.id);
    const [first] = await findPizzaOrders(harness.sql, [requested.id]);
    const [request] = (await harness.recorded("PizzaOrderRequested")).filter((e) => e.subject === requested.id);

    await harness.redeliver(request!);
    await harness.settled();
    const [after] = await findPizzaOrders(harness.sql, [requested.id]);
    expect(after!.confirmedAt).toEqual(first!.confirmedAt);
    expect((await harness.recorded("PizzaOrderConfirmed")).filter((e) => e.subject === requested.id)).toHaveLength(1);
    expect(await harness.deadLetters()).toEqual([]);
  });
});
