import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SignedIn, Stack, waitFor } from "@supergraph/testkit";
import { couponEventsOf, deliveredOrder, orderShows, paidOrder, REFUND_CONTEXTS, refunded } from "./helpers.ts";
import { CANCEL_REFUND_DELIVERY, MY_COUPONS } from "./operations.ts";

/*
 * Coupons as a supporting context (requirement 7, 10, 11 and "orders and refunds are taken while
 * coupons is down"):
 * - coupons stopped: orders are placed, paid, delivered and refunded as usual; restarted, it
 *   applies every missed event once: the coupon issued before the stop is revoked, the
 *   delivered order's coupon issued, the order both delivered and refunded meanwhile has its
 *   coupon issued then revoked, each exactly once, whichever backlog is applied first (a
 *   delivery applied after the order's refund issues the coupon and revokes it in the same
 *   transaction: never valid for an order already refunded), and the order whose refund was
 *   canceled meanwhile holds a valid coupon: issued, revoked and restored, each once;
 * - two replicas of coupons: each event has one effect.
 */
describe("coupons", () => {
  let stack: Stack;
  let courier: SignedIn;
  const coupons = () => stack.service("coupons");

  beforeAll(async () => {
    stack = await Stack.start({}, { only: REFUND_CONTEXTS });
    courier = await stack.signUp("COURIER");
  });
  afterAll(() => stack?.stop());

  const rowsOf = (orderIds: string[]) =>
    stack.sql<{ orderId: string; status: string | null; delivered: boolean; refunds: number; canceled: number }>(
      "coupons",
      `SELECT order_id AS "orderId", status::text AS status, delivered, cardinality(refunds) AS refunds, cardinality(canceled_refunds) AS canceled FROM order_coupon WHERE order_id = ANY($1::uuid[])`,
      [orderIds],
    );

  it("coupons stopped: orders and refunds are still taken; restarted: the missed events give each coupon once, the refunded one revoked", async () => {
    const cora = await stack.signUp("CUSTOMER");
    // Delivered while coupons runs: its coupon is ISSUED before coupons stops, and refunded while it is down.
    const issuedBefore = (await deliveredOrder(stack, cora, courier)).order.id;
    await orderShows(stack, cora, issuedBefore, "its coupon ISSUED", (o) => o.coupon?.status === "ISSUED");
    await coupons().stop();
    let deliveredOnly: string, refundedOrder: string, paidOnly: string, restoredOrder: string;
    try {
      await refunded(stack, cora, issuedBefore, "Late");
      deliveredOnly = (await deliveredOrder(stack, cora, courier)).order.id;
      refundedOrder = (await deliveredOrder(stack, cora, courier)).order.id;
      const refund = await refunded(stack, cora, refundedOrder, "Cold");
      expect(refund.status).toBe("PENDING");
      paidOnly = (await paidOrder(stack, cora)).id;
      restoredOrder = (await deliveredOrder(stack, cora, courier)).order.id;
      const canceledRefund = await refunded(stack, cora, restoredOrder, "Wrong pizza");
      expect((await stack.gql(CANCEL_REFUND_DELIVERY, { id: canceledRefund.delivery.id }, courier.token)).data?.cancelRefundDelivery?.status).toBe("DELIVERED");
      await orderShows(stack, cora, restoredOrder, "refund CANCELED", (o) => o.refund?.status === "CANCELED");
      await orderShows(stack, cora, refundedOrder, "refund PENDING, delivery REFUNDED, no coupon yet", (o) => o.refund?.status === "PENDING" && o.delivery?.status === "REFUNDED" && o.coupon === null);
    } finally {
      if (!coupons().running) await coupons().start();
    }
    await orderShows(stack, cora, deliveredOnly!, "its coupon ISSUED", (o) => o.coupon?.status === "ISSUED");
    const rows = await waitFor("coupons to apply both events of the refunded order", async () => {
      const [row] = await rowsOf([refundedOrder!]);
      return row?.delivered && row.refunds === 1 ? row : null;
    });
    expect(await couponEventsOf(stack, deliveredOnly!)).toEqual(["CouponIssued"]);
    await orderShows(stack, cora, issuedBefore, "its coupon REVOKED", (o) => o.coupon?.status === "REVOKED");
    expect(await couponEventsOf(stack, issuedBefore)).toEqual(["CouponIssued", "CouponRevoked"]);
    // Whichever backlog coupons applied first: the coupon issued then revoked, each once; never one the customer could use.
    expect(await couponEventsOf(stack, refundedOrder!)).toEqual(["CouponIssued", "CouponRevoked"]);
    expect(rows.status).toBe("REVOKED");
    await orderShows(stack, cora, refundedOrder!, "its coupon REVOKED", (o) => o.coupon?.status === "REVOKED");
    expect(await rowsOf([paidOnly!])).toEqual([]);
    // Delivered, refunded, refund canceled: a valid coupon in the end, issued, revoked and restored once each whatever the arrival order.
    await waitFor("coupons to apply the three events of the order whose refund was canceled", async () => {
      const [row] = await rowsOf([restoredOrder!]);
      return row?.delivered && row.refunds === 1 && row.canceled === 1 ? row : null;
    });
    await orderShows(stack, cora, restoredOrder!, "its coupon ISSUED", (o) => o.coupon?.status === "ISSUED");
    expect(await couponEventsOf(stack, restoredOrder!)).toEqual(["CouponIssued", "CouponRevoked", "CouponRestored"]);
    const mine = (await stack.gql(MY_COUPONS, {}, cora.token)).data?.myCoupons as { order: { id: string }; status: string }[];
    expect(mine.filter((c) => c.status === "ISSUED").map((c) => c.order.id).sort()).toEqual([deliveredOnly!, restoredOrder!].sort());
  });

  it("two replicas of coupons: issued, revoked and restored once each per order", async () => {
    await stack.addReplica("coupons");
    const customers = await Promise.all(Array.from({ length: 4 }, () => stack.signUp("CUSTOMER")));
    const orderIds = await Promise.all(
      customers.map(async (c) => {
        const { order } = await deliveredOrder(stack, c, courier);
        await orderShows(stack, c, order.id, "its coupon ISSUED", (o) => o.coupon?.status === "ISSUED");
        const refund = await refunded(stack, c, order.id, "Cold");
        await orderShows(stack, c, order.id, "its coupon REVOKED", (o) => o.coupon?.status === "REVOKED");
        const res = await stack.gql(CANCEL_REFUND_DELIVERY, { id: refund.delivery.id }, courier.token);
        expect(res.data?.cancelRefundDelivery?.status).toBe("DELIVERED");
        await orderShows(stack, c, order.id, "its coupon restored", (o) => o.coupon?.status === "ISSUED" && o.refund?.status === "CANCELED");
        return order.id;
      }),
    );
    for (const id of orderIds) expect(await couponEventsOf(stack, id)).toEqual(["CouponIssued", "CouponRevoked", "CouponRestored"]);
    const handled = await stack.sql<{ n: number }>("coupons", "SELECT count(*)::int AS n FROM platform_inbox");
    const distinct = await stack.sql<{ n: number }>("coupons", "SELECT count(DISTINCT event_id)::int AS n FROM platform_inbox");
    expect(handled).toEqual(distinct);
  });
});
