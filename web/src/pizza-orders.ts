import type { CouponChange, DeliveryChange, PizzaOrderChange, PizzaOrderRow, PizzaRefundChange } from "./pizza-operations.ts";

/*
 * A customer's pizza orders on screen: the status screen (views' board) is the base; the live
 * changes of the order, its delivery, its refund and its coupon are shown on top of it until the board has
 * caught up with them (its row changed at or after the change happened), since views applies
 * each event a moment after the owner published it. An order just placed shows from the
 * mutation's answer until the board has it.
 */

/** The latest live facts per order id, folded from the four subscriptions. */
export interface LiveOrders {
  readonly orders: ReadonlyMap<string, PizzaOrderChange>;
  readonly deliveries: ReadonlyMap<string, DeliveryChange>;
  readonly refunds: ReadonlyMap<string, PizzaRefundChange>;
  readonly coupons: ReadonlyMap<string, CouponChange>;
}

export const noLiveOrders: LiveOrders = { orders: new Map(), deliveries: new Map(), refunds: new Map(), coupons: new Map() };

const later = <T extends { occurredAt: string }>(seen: T | undefined, next: T) => (!seen || next.occurredAt >= seen.occurredAt ? next : seen);

export function withOrderChange(live: LiveOrders, c: PizzaOrderChange): LiveOrders {
  return { ...live, orders: new Map(live.orders).set(c.order.id, later(live.orders.get(c.order.id), c)) };
}

export function withDeliveryChange(live: LiveOrders, c: DeliveryChange): LiveOrders {
  return { ...live, deliveries: new Map(live.deliveries).set(c.delivery.order.id, later(live.deliveries.get(c.delivery.order.id), c)) };
}

export function withRefundChange(live: LiveOrders, c: PizzaRefundChange): LiveOrders {
  return { ...live, refunds: new Map(live.refunds).set(c.refund.order.id, later(live.refunds.get(c.refund.order.id), c)) };
}

export function withCouponChange(live: LiveOrders, c: CouponChange): LiveOrders {
  return { ...live, coupons: new Map(live.coupons).set(c.coupon.order.id, later(live.coupons.get(c.coupon.order.id), c)) };
}

/**
 * Whether the board row holds the change (or something newer): it shows the pushed value, or it
 * was written after the change and has a value there at all. A row written for another event
 * (the payment, say) after the delivery started but before views applied DeliveryStarted has no
 * delivery yet: the pushed one is shown until the board has it.
 */
const boardHas = (row: PizzaOrderRow, change: { occurredAt: string; status: string }, value: string | null | undefined) =>
  value === change.status || (value != null && new Date(row.updatedAt).getTime() >= new Date(change.occurredAt).getTime());

/**
 * An order's status only moves forward (PLACED -> PAID -> CANCELED, or PLACED -> CANCELED), so the
 * board holds a pushed one when its own is at that step or past it. Its row's time cannot tell:
 * views writes the row for payments' PaymentCompleted, say, after the order was paid but before it
 * applied PizzaOrderPaid (each event type has its own consumer), and that row still says PLACED.
 */
const ORDER_STEP: Record<PizzaOrderRow["status"], number> = { PLACED: 0, PAID: 1, CANCELED: 2 };

/** The orders to show, newest first: the board's rows with what it has not caught up with yet, and orders just placed. */
export function showOrders(board: readonly PizzaOrderRow[], placed: readonly PizzaOrderRow[], live: LiveOrders): PizzaOrderRow[] {
  const byId = new Map<string, PizzaOrderRow>(placed.map((p) => [p.id, p]));
  for (const row of board) byId.set(row.id, row);
  return [...byId.values()]
    .map((row) => {
      let shown = row;
      const order = live.orders.get(row.id);
      if (order && ORDER_STEP[row.status] < ORDER_STEP[order.status]) shown = { ...shown, status: order.status };
      const delivery = live.deliveries.get(row.id);
      if (delivery && !boardHas(row, delivery, row.deliveryStatus)) shown = { ...shown, deliveryId: delivery.delivery.id, deliveryStatus: delivery.status };
      const refund = live.refunds.get(row.id);
      if (refund && !boardHas(row, refund, row.refund?.status)) shown = { ...shown, refund: { id: refund.refund.id, status: refund.status, reason: refund.refund.reason } };
      const coupon = live.coupons.get(row.id);
      if (coupon && !boardHas(row, coupon, row.couponStatus)) shown = { ...shown, couponCode: coupon.coupon.code, couponStatus: coupon.status };
      return shown;
    })
    .sort((a, b) => b.placedAt.localeCompare(a.placedAt) || a.id.localeCompare(b.id));
}

/** Whether the board still misses something the screen shows (so it is read again shortly). */
export function boardBehind(board: readonly PizzaOrderRow[], shown: readonly PizzaOrderRow[]): boolean {
  const rows = new Map(board.map((r) => [r.id, r]));
  return shown.some((s) => {
    const row = rows.get(s.id);
    return !row || row.status !== s.status || row.deliveryStatus !== s.deliveryStatus || row.refund?.status !== s.refund?.status || row.couponStatus !== s.couponStatus || (s.deliveryStatus === "DELIVERED" && !s.couponStatus && !s.refund);
  });
}

/** What the customer may still do with an order. */
export const canPay = (o: PizzaOrderRow) => o.status === "PLACED";
export const canCancel = (o: PizzaOrderRow) => o.status === "PLACED" || (o.status === "PAID" && (o.deliveryStatus === null || o.deliveryStatus === "DELIVERING"));
export const canRefund = (o: PizzaOrderRow) => o.deliveryStatus === "DELIVERED" && o.refund?.status !== "PENDING" && o.refund?.status !== "COMPLETED";
