import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { metric, type SignedIn, Stack, waitFor } from "@supergraph/testkit";
import { board, boardShows, cancel, cancelReturn, completeReturn, deliver, menu, orderAndPay, pay, PIZZA_CONTEXTS, place, refund } from "./status-flow.ts";

/*
 * The customer's pizza order status screen (views' myPizzaOrderBoard) through the router: every
 * step of an order (lines, amount, order, payment, delivery, coupon, refund with its reason), in
 * one subgraph fetch, only the customer's own orders, and caught up after views was down.
 */

describe("pizza order status screen", () => {
  let stack: Stack;
  let courier: SignedIn;

  beforeAll(async () => {
    stack = await Stack.start({}, { only: PIZZA_CONTEXTS });
    courier = await stack.signUp("COURIER");
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("shows an order placed with its lines, paid, delivered with its coupon, refunded with its reason, returned: coupon revoked, payment given back", async () => {
    const cora = await stack.signUp("CUSTOMER");
    const [margherita] = await menu(stack);
    const order = await place(stack, cora, [{ pizzaId: margherita!.id, quantity: 3 }]);
    const placed = await boardShows(stack, cora, order.id, "PLACED", (r) => r.status === "PLACED");
    expect(placed).toMatchObject({
      amount: 3 * margherita!.price,
      lines: [{ pizzaId: margherita!.id, name: margherita!.name, quantity: 3, unitPrice: margherita!.price }],
      paymentStatus: null,
      deliveryStatus: null,
      couponStatus: null,
      refund: null,
    });

    await pay(stack, cora, order.id);
    const paid = await boardShows(stack, cora, order.id, "PAID and DELIVERING", (r) => r.status === "PAID" && r.paymentStatus === "COMPLETED" && r.deliveryStatus === "DELIVERING");
    expect(paid.paymentId).toEqual(expect.any(String));

    const deliveryId = await deliver(stack, courier, order.id);
    const delivered = await boardShows(stack, cora, order.id, "DELIVERED with its coupon", (r) => r.deliveryStatus === "DELIVERED" && r.couponStatus === "ISSUED");
    expect(delivered).toMatchObject({ deliveryId, couponCode: expect.any(String) });

    const taken = await refund(stack, cora, order.id, "The pizza was cold");
    const refunded = await boardShows(stack, cora, order.id, "REFUNDED, coupon revoked", (r) => r.deliveryStatus === "REFUNDED" && r.couponStatus === "REVOKED" && r.refund?.status === "PENDING");
    expect(refunded.refund).toMatchObject({ id: taken.id, reason: "The pizza was cold", refundedAt: expect.any(String) });
    expect(refunded.paymentStatus).toBe("COMPLETED");

    await completeReturn(stack, courier, deliveryId);
    const returned = await boardShows(stack, cora, order.id, "RETURNED, refund final, payment given back", (r) => r.deliveryStatus === "RETURNED" && r.refund?.status === "COMPLETED" && r.paymentStatus === "CANCELED");
    expect(returned).toMatchObject({ status: "PAID", couponStatus: "REVOKED", refund: { reason: "The pizza was cold" } });
  });

  it("a canceled return run shows the refund CANCELED, the delivery DELIVERED and the coupon ISSUED again, the payment kept", async () => {
    const dan = await stack.signUp("CUSTOMER");
    const orderId = await orderAndPay(stack, dan);
    const deliveryId = await deliver(stack, courier, orderId);
    await boardShows(stack, dan, orderId, "its coupon", (r) => r.couponStatus === "ISSUED");
    await refund(stack, dan, orderId, "Wrong toppings");
    await boardShows(stack, dan, orderId, "the coupon revoked", (r) => r.couponStatus === "REVOKED" && r.deliveryStatus === "REFUNDED");

    await cancelReturn(stack, courier, deliveryId);
    const row = await boardShows(stack, dan, orderId, "the refund canceled", (r) => r.refund?.status === "CANCELED" && r.deliveryStatus === "DELIVERED" && r.couponStatus === "ISSUED");
    expect(row).toMatchObject({ paymentStatus: "COMPLETED", refund: { reason: "Wrong toppings" } });
  });

  it("a canceled order shows CANCELED with its delivery canceled and its payment given back; another customer's board does not hold it", async () => {
    const [eve, fay] = await Promise.all([stack.signUp("CUSTOMER"), stack.signUp("CUSTOMER")]);
    const orderId = await orderAndPay(stack, eve);
    await boardShows(stack, eve, orderId, "DELIVERING", (r) => r.deliveryStatus === "DELIVERING");
    await cancel(stack, eve, orderId);
    await boardShows(stack, eve, orderId, "canceled and refunded", (r) => r.status === "CANCELED" && r.deliveryStatus === "CANCELED" && r.paymentStatus === "CANCELED");
    expect(await board(stack, fay)).toEqual([]);
  });

  it("is answered by views alone, in one subgraph fetch", async () => {
    const gus = await stack.signUp("CUSTOMER");
    const orderId = await orderAndPay(stack, gus);
    await boardShows(stack, gus, orderId, "PAID", (r) => r.status === "PAID");
    const requests = () => Promise.all(["views", ...PIZZA_CONTEXTS.filter((c) => c !== "views"), "identity"].map((name) => metric(stack.service(name).url, "graphql_request_duration_seconds_count")));
    const before = await requests();
    await board(stack, gus);
    const after = await requests();
    expect(after.map((n, i) => n - before[i]!)).toEqual([1, ...PIZZA_CONTEXTS.filter((c) => c !== "views").map(() => 0), 0]);
  });

  it("catches up after views was down: the board shows what happened meanwhile, each event applied once", async () => {
    const hal = await stack.signUp("CUSTOMER");
    const views = stack.service("views");
    await views.stop();
    const delivered = await orderAndPay(stack, hal);
    const deliveryId = await deliver(stack, courier, delivered);
    const [a] = await menu(stack);
    const placedOnly = await place(stack, hal, [{ pizzaId: a!.id, quantity: 1 }]);
    await waitFor("the coupon to be issued", async () => (await stack.sql("coupons", "SELECT 1 FROM platform_outbox WHERE published_at IS NOT NULL AND payload->>'type' = 'CouponIssued' AND payload->'data'->>'orderId' = $1", [delivered])).length === 1);
    await views.start();

    const rows = await waitFor("the board to catch up", async () => {
      const r = await board(stack, hal);
      const byId = new Map(r?.map((x) => [x.id, x]));
      return byId.get(delivered)?.couponStatus === "ISSUED" && byId.get(placedOnly.id) ? r : null;
    });
    expect(rows!.map((r) => [r.id, r.status, r.deliveryStatus])).toEqual([
      [placedOnly.id, "PLACED", null],
      [delivered, "PAID", "DELIVERED"],
    ]);
    expect(rows!.find((r) => r.id === delivered)).toMatchObject({ deliveryId, paymentStatus: "COMPLETED" });
    expect(await stack.sql("views", "SELECT 1 FROM platform_dead_letter")).toEqual([]);
  });
});
