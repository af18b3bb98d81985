/**
 * The coupons context's store and policy on real PostgreSQL and real NATS: a request is saved
 * with its event in the outbox, the relay publishes it, and the confirm-coupon policy
 * confirms the coupon, once however often the request is delivered.
 */
import { randomUUID } from "node:crypto";
import { PolicyHarness, type PolicyDeps } from "@supergraph/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestCoupon } from "./commands/request-coupon.ts";
import { findCoupons } from "./infra/coupon-store.ts";
import { confirmCoupon } from "./policies/confirm-coupon.ts";

let harness: PolicyHarness;
let deps: PolicyDeps;

beforeAll(async () => {
  harness = await PolicyHarness.start({
    context: "coupons",
    policies: (given) => {
      deps = given;
      return [confirmCoupon];
    },
  });
});
afterAll(() => harness?.stop());

const confirmedRow = (id: string) =>
  harness.waitForRow<{ status: string }>("the coupon to be confirmed", "SELECT status::text AS status FROM coupon WHERE id = $1", [id], (r) => r.status === "CONFIRMED");

describe("coupons: requesting and confirming a coupon", () => {
  it("saves the request with its event, and the policy confirms it once the event is published", async () => {
    const ownerId = randomUUID();
    const requested = await requestCoupon(deps.transact, ownerId, { title: " First " }, new Date());
    expect(requested).toMatchObject({ ownerId, title: "First", status: "REQUESTED", confirmedAt: null });

    await confirmedRow(requested.id);
    await harness.settled();
    const [stored] = await findCoupons(harness.sql, [requested.id]);
    expect(stored).toMatchObject({ id: requested.id, ownerId, title: "First", status: "CONFIRMED", confirmedAt: expect.any(Date) });
    const events = (await harness.recorded()).filter((e) => e.subject === requested.id);
    expect(events.map((e) => e.type)).toEqual(["CouponRequested", "CouponConfirmed"]);
  });

  it("confirms once when the request is delivered again", async () => {
    const requested = await requestCoupon(deps.transact, randomUUID(), { title: "Second" }, new Date());
    await confirmedRow(requested.id);
    const [first] = await findCoupons(harness.sql, [requested.id]);
    const [request] = (await harness.recorded("CouponRequested")).filter((e) => e.subject === requested.id);

    await harness.redeliver(request!);
    await harness.settled();
    const [after] = await findCoupons(harness.sql, [requested.id]);
    expect(after!.confirmedAt).toEqual(first!.confirmedAt);
    expect((await harness.recorded("CouponConfirmed")).filter((e) => e.subject === requested.id)).toHaveLength(1);
    expect(await harness.deadLetters()).toEqual([]);
  });
});
