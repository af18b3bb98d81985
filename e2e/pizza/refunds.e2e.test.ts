import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SignedIn, Stack, waitFor } from "@supergraph/testkit";
import {
  deliveredOrder,
  deliveryOf,
  orderShows,
  paidOrder,
  paymentsOf,
  placed,
  REFUND_CONTEXTS,
  refunded,
  refundOf,
  requestRefund,
} from "./helpers.ts";
import { CANCEL_REFUND_DELIVERY, COMPLETE_REFUND_DELIVERY, MY_COUPONS, MY_REFUNDS } from "./operations.ts";

/*
 * Refunds and coupons through the router (requirements 7, 8, 10, 11, 12): a delivered order's
 * coupon is issued; a refund with its reason turns the delivery into a refund delivery
 * (REFUNDED) and revokes the coupon; the courier canceling the return run cancels the refund,
 * restores the coupon and gives nothing back; completing it makes the refund final and payments
 * gives the money back. Refunds of orders not delivered, not the customer's or refunded already
 * are refused with typed codes and store nothing.
 */
describe("pizza refunds and coupons", () => {
  let stack: Stack;
  let courier: SignedIn;

  beforeAll(async () => {
    stack = await Stack.start({}, { only: REFUND_CONTEXTS });
    courier = await stack.signUp("COURIER");
  });
  afterAll(() => stack?.stop());

  const refundRows = (orderId: string) => stack.sql<{ id: string; status: string }>("refunds", "SELECT id, status::text AS status FROM pizza_refund WHERE order_id = $1", [orderId]);

  it("a delivered order gets a coupon; its refund keeps the reason, makes the delivery REFUNDED and revokes the coupon", async () => {
    const cora = await stack.signUp("CUSTOMER");
    const { order } = await deliveredOrder(stack, cora, courier);
    const issued = await orderShows(stack, cora, order.id, "its coupon ISSUED", (o) => o.coupon?.status === "ISSUED");
    expect(issued.coupon!.code).toMatch(/^PIZZA-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect((await stack.gql(MY_COUPONS, {}, cora.token)).data?.myCoupons).toEqual([expect.objectContaining({ id: issued.coupon!.id, status: "ISSUED", order: { id: order.id } })]);

    const refund = await refunded(stack, cora, order.id, "  The pizza came cold and late.  ");
    expect(refund).toMatchObject({ reason: "The pizza came cold and late.", status: "PENDING", final: false, order: { id: order.id }, delivery: { status: "REFUNDED" } });
    expect(await refundOf(stack, cora, refund.id)).toMatchObject({ id: refund.id, reason: "The pizza came cold and late." });
    expect((await stack.gql(MY_REFUNDS, {}, cora.token)).data?.myPizzaRefunds).toEqual([{ id: refund.id, reason: "The pizza came cold and late.", status: "PENDING", order: { id: order.id } }]);
    const revoked = await orderShows(stack, cora, order.id, "its refund PENDING and its coupon REVOKED", (o) => o.refund?.status === "PENDING" && o.coupon?.status === "REVOKED");
    expect(revoked).toMatchObject({ delivery: { status: "REFUNDED" }, refund: { reason: "The pizza came cold and late.", final: false }, payment: { status: "COMPLETED" } });

    // A second request: typed, nothing more stored.
    expect((await requestRefund(stack, cora, order.id)).errors?.[0]?.extensions?.code).toBe("REFUND_ALREADY_EXISTS");
    expect(await refundRows(order.id)).toHaveLength(1);
    // Another customer sees neither the refund nor the coupon, and cannot refund the order.
    const other = await stack.signUp("CUSTOMER");
    expect(await refundOf(stack, other, refund.id)).toBeNull();
    expect((await stack.gql(MY_REFUNDS, {}, other.token)).data?.myPizzaRefunds).toEqual([]);
    expect((await requestRefund(stack, other, order.id)).errors?.[0]?.extensions?.code).toBe("ORDER_NOT_FOUND");
  });

  it("refunds of orders not delivered, unknown, with a bad reason, by the wrong role or without a token: typed errors, nothing stored", async () => {
    const cora = await stack.signUp("CUSTOMER");
    const placedOnly = await placed(stack, cora);
    const paid = await paidOrder(stack, cora);
    await waitFor("the paid order's delivery to start", async () => (await orderShows(stack, cora, paid.id, "delivering", (o) => o.delivery?.status === "DELIVERING")) ?? null);
    for (const orderId of [placedOnly.id, paid.id]) {
      const res = await requestRefund(stack, cora, orderId);
      expect(res.data?.requestPizzaRefund ?? null).toBeNull();
      expect(res.errors?.[0]?.extensions?.code).toBe(orderId === paid.id ? "ORDER_NOT_DELIVERED" : "ORDER_NOT_FOUND");
      expect(await refundRows(orderId)).toEqual([]);
    }
    expect((await requestRefund(stack, cora, "not-an-id")).errors?.[0]?.extensions?.code).toBe("ORDER_NOT_FOUND");
    expect((await requestRefund(stack, cora, crypto.randomUUID())).errors?.[0]?.extensions?.code).toBe("ORDER_NOT_FOUND");
    expect((await requestRefund(stack, cora, paid.id, " ")).errors?.[0]?.extensions?.code).toBe("INVALID_REFUND_REASON");
    expect((await requestRefund(stack, cora, paid.id, "x".repeat(501))).errors?.[0]?.extensions?.code).toBe("INVALID_REFUND_REASON");
    expect((await requestRefund(stack, courier, paid.id)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const anonymous = await stack.gql(`mutation($input: RequestPizzaRefundInput!) { requestPizzaRefund(input: $input) { id } }`, { input: { orderId: paid.id, reason: "x" } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(await refundRows(paid.id)).toEqual([]);
  });

  it("the courier cancels the return run: refund CANCELED, coupon restored, delivery DELIVERED again, no money back; a new refund is then possible", async () => {
    const cora = await stack.signUp("CUSTOMER");
    const { order } = await deliveredOrder(stack, cora, courier);
    await orderShows(stack, cora, order.id, "its coupon ISSUED", (o) => o.coupon?.status === "ISSUED");
    const refund = await refunded(stack, cora, order.id, "Wrong toppings");
    await orderShows(stack, cora, order.id, "its coupon REVOKED", (o) => o.coupon?.status === "REVOKED");

    const res = await stack.gql(CANCEL_REFUND_DELIVERY, { id: refund.delivery.id }, courier.token);
    expect(res.data?.cancelRefundDelivery?.status).toBe("DELIVERED");
    const after = await orderShows(stack, cora, order.id, "refund CANCELED, coupon ISSUED again", (o) => o.refund?.status === "CANCELED" && o.coupon?.status === "ISSUED");
    expect(after).toMatchObject({ delivery: { status: "DELIVERED" }, refund: { id: refund.id, reason: "Wrong toppings", final: false }, payment: { status: "COMPLETED" } });
    expect(await refundOf(stack, cora, refund.id)).toMatchObject({ status: "CANCELED", canceledAt: expect.any(String), completedAt: null });
    expect((await deliveryOf(stack, cora, refund.delivery.id))?.status).toBe("DELIVERED");
    expect(await paymentsOf(stack, order.id)).toEqual([expect.objectContaining({ status: "COMPLETED" })]);

    const second = await refunded(stack, cora, order.id, "Still wrong");
    expect(second.id).not.toBe(refund.id);
    expect(second).toMatchObject({ status: "PENDING", delivery: { status: "REFUNDED" } });
    await orderShows(stack, cora, order.id, "the second refund, coupon REVOKED", (o) => o.refund?.id === second.id && o.coupon?.status === "REVOKED");
  });

  it("the courier completes the return run: refund COMPLETED (final), payments gives the money back, the coupon stays revoked", async () => {
    const cora = await stack.signUp("CUSTOMER");
    const { order } = await deliveredOrder(stack, cora, courier);
    const refund = await refunded(stack, cora, order.id, "Burnt crust");
    const res = await stack.gql(COMPLETE_REFUND_DELIVERY, { id: refund.delivery.id }, courier.token);
    expect(res.data?.completeRefundDelivery?.status).toBe("RETURNED");
    const final = await orderShows(stack, cora, order.id, "refund COMPLETED and payment CANCELED", (o) => o.refund?.status === "COMPLETED" && o.payment?.status === "CANCELED");
    expect(final).toMatchObject({ refund: { id: refund.id, final: true, reason: "Burnt crust" }, delivery: { status: "RETURNED" } });
    expect(await refundOf(stack, cora, refund.id)).toMatchObject({ status: "COMPLETED", final: true, completedAt: expect.any(String) });
    await orderShows(stack, cora, order.id, "coupon REVOKED", (o) => o.coupon?.status === "REVOKED");
    expect(await paymentsOf(stack, order.id)).toEqual([expect.objectContaining({ status: "CANCELED" })]);
    expect((await requestRefund(stack, cora, order.id)).errors?.[0]?.extensions?.code).toBe("REFUND_ALREADY_EXISTS");
  });

  it("two replicas of refunds: each completed return run makes one final refund and one payment cancellation", async () => {
    await stack.addReplica("refunds");
    const customers = await Promise.all(Array.from({ length: 4 }, () => stack.signUp("CUSTOMER")));
    const orderIds = await Promise.all(
      customers.map(async (c) => {
        const { order } = await deliveredOrder(stack, c, courier);
        const refund = await refunded(stack, c, order.id, "Cold");
        expect((await stack.gql(COMPLETE_REFUND_DELIVERY, { id: refund.delivery.id }, courier.token)).data?.completeRefundDelivery?.status).toBe("RETURNED");
        await orderShows(stack, c, order.id, "refund COMPLETED and payment CANCELED", (o) => o.refund?.status === "COMPLETED" && o.payment?.status === "CANCELED");
        return order.id;
      }),
    );
    const recorded = await stack.sql<{ type: string; n: number }>(
      "refunds",
      `SELECT payload->>'type' AS type, count(*)::int AS n FROM platform_outbox
        WHERE coalesce(payload->'data'->>'orderId', payload->'data'->>'reference') = ANY($1::text[]) GROUP BY 1 ORDER BY 1`,
      [orderIds],
    );
    expect(recorded).toEqual([
      { type: "PaymentCancellationRequested", n: 4 },
      { type: "PizzaRefundCompleted", n: 4 },
      { type: "PizzaRefunded", n: 4 },
    ]);
    for (const id of orderIds) expect(await paymentsOf(stack, id)).toEqual([expect.objectContaining({ status: "CANCELED" })]);
  });
});
