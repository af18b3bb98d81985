/**
 * The refunds context's store and policy on real PostgreSQL and real NATS: a request is saved
 * with its event in the outbox, the relay publishes it, and the confirm-pizza-refund policy
 * confirms the pizza refund, once however often the request is delivered.
 */
import { randomUUID } from "node:crypto";
import { PolicyHarness, type PolicyDeps } from "@supergraph/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestPizzaRefund } from "./commands/request-pizza-refund.ts";
import { findPizzaRefunds } from "./infra/pizza-refund-store.ts";
import { confirmPizzaRefund } from "./policies/confirm-pizza-refund.ts";

let harness: PolicyHarness;
let deps: PolicyDeps;

beforeAll(async () => {
  harness = await PolicyHarness.start({
    context: "refunds",
    policies: (given) => {
      deps = given;
      return [confirmPizzaRefund];
    },
  });
});
afterAll(() => harness?.stop());

const confirmedRow = (id: string) =>
  harness.waitForRow<{ status: string }>("the pizza refund to be confirmed", "SELECT status::text AS status FROM pizza_refund WHERE id = $1", [id], (r) => r.status === "CONFIRMED");

describe("refunds: requesting and confirming a pizza refund", () => {
  it("saves the request with its event, and the policy confirms it once the event is published", async () => {
    const ownerId = randomUUID();
    const requested = await requestPizzaRefund(deps.transact, ownerId, { title: " First " }, new Date());
    expect(requested).toMatchObject({ ownerId, title: "First", status: "REQUESTED", confirmedAt: null });

    await confirmedRow(requested.id);
    await harness.settled();
    const [stored] = await findPizzaRefunds(harness.sql, [requested.id]);
    expect(stored).toMatchObject({ id: requested.id, ownerId, title: "First", status: "CONFIRMED", confirmedAt: expect.any(Date) });
    const events = (await harness.recorded()).filter((e) => e.subject === requested.id);
    expect(events.map((e) => e.type)).toEqual(["PizzaRefundRequested", "PizzaRefundConfirmed"]);
  });

  it("confirms once when the request is delivered again", async () => {
    const requested = await requestPizzaRefund(deps.transact, randomUUID(), { title: "Second" }, new Date());
    await confirmedRow(requested.id);
    const [first] = await findPizzaRefunds(harness.sql, [requested.id]);
    const [request] = (await harness.recorded("PizzaRefundRequested")).filter((e) => e.subject === requested.id);

    await harness.redeliver(request!);
    await harness.settled();
    const [after] = await findPizzaRefunds(harness.sql, [requested.id]);
    expect(after!.confirmedAt).toEqual(first!.confirmedAt);
    expect((await harness.recorded("PizzaRefundConfirmed")).filter((e) => e.subject === requested.id)).toHaveLength(1);
    expect(await harness.deadLetters()).toEqual([]);
  });
});
