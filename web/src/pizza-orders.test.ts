import { describe, expect, it } from "vitest";
import type { PizzaOrderRow } from "./pizza-operations.ts";
import { boardBehind, canCancel, canPay, canRefund, noLiveOrders, showOrders, withCouponChange, withDeliveryChange, withOrderChange, withRefundChange } from "./pizza-orders.ts";

const row = (id: string, over: Partial<PizzaOrderRow> = {}): PizzaOrderRow => ({
  id,
  lines: [],
  amount: 900,
  status: "PLACED",
  placedAt: "2031-01-01T10:00:00.000Z",
  paymentStatus: null,
  deliveryId: null,
  deliveryStatus: null,
  couponCode: null,
  couponStatus: null,
  refund: null,
  updatedAt: "2031-01-01T10:00:00.100Z",
  ...over,
});

describe("pizza orders on the customer's screen", () => {
  it("shows live changes the board has not caught up with, and the board's row once it has", () => {
    let live = withOrderChange(noLiveOrders, { cursor: "1", status: "PAID", occurredAt: "2031-01-01T10:01:00.000Z", order: { id: "a" } });
    live = withDeliveryChange(live, { cursor: "2", status: "DELIVERING", occurredAt: "2031-01-01T10:01:00.050Z", delivery: { id: "d", order: { id: "a" } } });
    const stale = row("a");
    const shown = showOrders([stale], [], live);
    expect(shown[0]).toMatchObject({ status: "PAID", deliveryId: "d", deliveryStatus: "DELIVERING" });
    expect(boardBehind([stale], shown)).toBe(true);

    const caughtUp = row("a", { status: "PAID", deliveryId: "d", deliveryStatus: "DELIVERING", paymentStatus: "COMPLETED", updatedAt: "2031-01-01T10:01:00.200Z" });
    expect(showOrders([caughtUp], [], live)).toEqual([caughtUp]);
    expect(boardBehind([caughtUp], [caughtUp])).toBe(false);
  });

  it("shows a pushed delivery that a board row written later for another event does not hold yet", () => {
    const live = withDeliveryChange(noLiveOrders, { cursor: "2", status: "DELIVERING", occurredAt: "2031-01-01T10:01:00.050Z", delivery: { id: "d", order: { id: "a" } } });
    // Views wrote the row for the payment after the delivery started, before it applied DeliveryStarted.
    const paidOnly = row("a", { status: "PAID", paymentStatus: "COMPLETED", updatedAt: "2031-01-01T10:01:00.300Z" });
    const shown = showOrders([paidOnly], [], live);
    expect(shown[0]).toMatchObject({ status: "PAID", deliveryId: "d", deliveryStatus: "DELIVERING" });
    expect(boardBehind([paidOnly], shown)).toBe(true);
  });

  it("shows a pushed PAID that a board row written later for the payment does not hold yet", () => {
    const live = withOrderChange(noLiveOrders, { cursor: "4", status: "PAID", occurredAt: "2031-01-01T10:01:00.000Z", order: { id: "a" } });
    // Views applied PaymentCompleted after the order was paid, before it applied PizzaOrderPaid.
    const paymentFirst = row("a", { status: "PLACED", paymentStatus: "COMPLETED", updatedAt: "2031-01-01T10:01:00.300Z" });
    const shown = showOrders([paymentFirst], [], live);
    expect(shown[0]).toMatchObject({ status: "PAID", paymentStatus: "COMPLETED" });
    expect(boardBehind([paymentFirst], shown)).toBe(true);
    // A board that has gone further (canceled) is not taken back to the pushed PAID.
    expect(showOrders([row("a", { status: "CANCELED" })], [], live)[0]).toMatchObject({ status: "CANCELED" });
  });

  it("keeps the latest change of each kind, whatever order they arrive in", () => {
    let live = withRefundChange(noLiveOrders, { cursor: "2", status: "COMPLETED", occurredAt: "2031-01-01T11:00:00.000Z", refund: { id: "r", reason: "Cold", order: { id: "a" } } });
    live = withRefundChange(live, { cursor: "1", status: "PENDING", occurredAt: "2031-01-01T10:30:00.000Z", refund: { id: "r", reason: "Cold", order: { id: "a" } } });
    expect(showOrders([row("a")], [], live)[0]!.refund).toEqual({ id: "r", status: "COMPLETED", reason: "Cold" });
  });

  it("shows the coupon's pushed status (revoked on refund) and reads the board again until it holds it", () => {
    const delivered = row("a", { status: "PAID", deliveryId: "d", deliveryStatus: "DELIVERED", couponCode: "PIZZA-7K3Q-M9XD", couponStatus: "ISSUED", updatedAt: "2031-01-01T10:05:00.000Z" });
    let live = withCouponChange(noLiveOrders, { cursor: "1", status: "ISSUED", occurredAt: "2031-01-01T10:04:59.000Z", coupon: { id: "c", code: "PIZZA-7K3Q-M9XD", order: { id: "a" } } });
    expect(showOrders([delivered], [], live)).toEqual([delivered]);
    live = withCouponChange(live, { cursor: "3", status: "REVOKED", occurredAt: "2031-01-01T10:06:00.000Z", coupon: { id: "c", code: "PIZZA-7K3Q-M9XD", order: { id: "a" } } });
    // The board has the refund but not yet the coupon's revocation: the pushed status shows, and the board is behind.
    const refunded = { ...delivered, deliveryStatus: "REFUNDED" as const, refund: { id: "r", status: "PENDING" as const, reason: "Cold" }, updatedAt: "2031-01-01T10:05:59.000Z" };
    const shown = showOrders([refunded], [], live);
    expect(shown[0]).toMatchObject({ couponCode: "PIZZA-7K3Q-M9XD", couponStatus: "REVOKED" });
    expect(boardBehind([refunded], shown)).toBe(true);
    // An older change arriving late does not undo it.
    live = withCouponChange(live, { cursor: "2", status: "ISSUED", occurredAt: "2031-01-01T10:05:30.000Z", coupon: { id: "c", code: "PIZZA-7K3Q-M9XD", order: { id: "a" } } });
    expect(showOrders([refunded], [], live)[0]!.couponStatus).toBe("REVOKED");
    const caughtUp = { ...refunded, couponStatus: "REVOKED" as const, updatedAt: "2031-01-01T10:06:00.300Z" };
    expect(showOrders([caughtUp], [], live)).toEqual([caughtUp]);
    expect(boardBehind([caughtUp], [caughtUp])).toBe(false);
  });

  it("shows an order just placed until the board has it, newest first", () => {
    const placed = row("b", { placedAt: "2031-01-02T10:00:00.000Z" });
    expect(showOrders([row("a")], [placed], noLiveOrders).map((o) => o.id)).toEqual(["b", "a"]);
    expect(boardBehind([row("a")], [placed])).toBe(true);
  });

  it("offers pay and cancel before the delivery, a refund once delivered and not refunded", () => {
    expect([canPay(row("a")), canCancel(row("a")), canRefund(row("a"))]).toEqual([true, true, false]);
    const delivering = row("a", { status: "PAID", deliveryStatus: "DELIVERING" });
    expect([canPay(delivering), canCancel(delivering), canRefund(delivering)]).toEqual([false, true, false]);
    const delivered = row("a", { status: "PAID", deliveryStatus: "DELIVERED" });
    expect([canCancel(delivered), canRefund(delivered)]).toEqual([false, true]);
    expect(canRefund({ ...delivered, refund: { id: "r", status: "CANCELED", reason: "x" } })).toBe(true);
    expect(canRefund({ ...delivered, deliveryStatus: "REFUNDED", refund: { id: "r", status: "PENDING", reason: "x" } })).toBe(false);
  });
});
