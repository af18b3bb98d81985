/**
 * Helpers of the pizza e2e tests. Each helper of the system appends its own block
 * (orders and deliveries; refunds and coupons; the status view).
 */
import { type SignedIn, type Stack, waitFor } from "@supergraph/testkit";
import { DELIVERY, DELIVERY_QUEUE, MARK_DELIVERED, MENU, ORDER, PAY, PLACE } from "./operations.ts";
import { ORDER_REFUND_AND_COUPON, REFUND, REQUEST_REFUND } from "./operations.ts";

// --- orders and deliveries (pizza-orders, deliveries) ---

/** The seeded menu's ids (prisma/pizza-orders migrations): Margherita 10.90, Marinara 8.90, Pepperoni 12.90. */
export const MARGHERITA = "a0000000-0000-4000-8000-000000000001";
export const MARINARA = "a0000000-0000-4000-8000-000000000002";
export const PEPPERONI = "a0000000-0000-4000-8000-000000000003";

/** The contexts an order's way through payment and delivery needs. */
export const ORDER_CONTEXTS = ["payments", "pizza-orders", "deliveries"];

export interface PizzaOrder {
  id: string;
  status: string;
  amount: number;
  paidAt: string | null;
  canceledAt: string | null;
  deliveredAt: string | null;
  lines: { name: string; quantity: number; unitPrice: number; pizza: { id: string; name: string; price: number } }[];
  payment: { id: string } | null;
  delivery?: { id: string; status: string } | null;
  [field: string]: unknown;
}

export interface Delivery {
  id: string;
  status: string;
  refundId: string | null;
  order: { id: string };
  [field: string]: unknown;
}

export type Line = { pizzaId: string; quantity: number };

export async function menu(stack: Stack): Promise<{ id: string; name: string; price: number }[]> {
  return (await stack.gql(MENU)).data?.pizzaMenu;
}

/** Places an order as `customer`; the whole response (errors included). */
export function place(stack: Stack, customer: SignedIn, lines: Line[] = [{ pizzaId: MARGHERITA, quantity: 2 }]) {
  return stack.gql<{ placePizzaOrder: PizzaOrder }>(PLACE, { input: { lines } }, customer.token);
}

/** Places an order, or throws with the errors. */
export async function placed(stack: Stack, customer: SignedIn, lines?: Line[]): Promise<PizzaOrder> {
  const res = await place(stack, customer, lines);
  if (!res.data?.placePizzaOrder) throw new Error(`placePizzaOrder failed: ${JSON.stringify(res.errors)}`);
  return res.data.placePizzaOrder;
}

/** Pays an order as `customer`; the whole response. */
export function pay(stack: Stack, customer: SignedIn, id: string) {
  return stack.gql<{ payPizzaOrder: PizzaOrder }>(PAY, { id }, customer.token);
}

/** Places and pays an order, or throws. */
export async function paidOrder(stack: Stack, customer: SignedIn, lines?: Line[]): Promise<PizzaOrder> {
  const order = await placed(stack, customer, lines);
  const res = await pay(stack, customer, order.id);
  if (!res.data?.payPizzaOrder) throw new Error(`payPizzaOrder failed: ${JSON.stringify(res.errors)}`);
  return res.data.payPizzaOrder;
}

export async function orderOf(stack: Stack, viewer: SignedIn, id: string): Promise<PizzaOrder | null> {
  return (await stack.gql(ORDER, { id }, viewer.token)).data?.pizzaOrder ?? null;
}

/** Waits until the order, read through the router, has `status` (and, when given, its delivery `deliveryStatus`). */
export async function orderBecomes(stack: Stack, viewer: SignedIn, id: string, status: string, deliveryStatus?: string, timeoutMs?: number): Promise<PizzaOrder> {
  return waitFor(
    `order ${id} to be ${status}${deliveryStatus ? ` with its delivery ${deliveryStatus}` : ""}`,
    async () => {
      const o = await orderOf(stack, viewer, id);
      return o?.status === status && (deliveryStatus === undefined || o.delivery?.status === deliveryStatus) ? o : null;
    },
    timeoutMs,
  );
}

export async function deliveryOf(stack: Stack, viewer: SignedIn, id: string): Promise<Delivery | null> {
  return (await stack.gql(DELIVERY, { id }, viewer.token)).data?.delivery ?? null;
}

/** The order's delivery in the courier's queue, once it is there. */
export async function queuedDelivery(stack: Stack, courier: SignedIn, orderId: string, timeoutMs?: number): Promise<Delivery> {
  return waitFor(
    `the delivery of order ${orderId} in the courier's queue`,
    async () => ((await stack.gql(DELIVERY_QUEUE, {}, courier.token)).data?.deliveryQueue as Delivery[] | undefined)?.find((d) => d.order.id === orderId),
    timeoutMs,
  );
}

/** The courier delivers the order (once its delivery started); returns the delivery. */
export async function deliver(stack: Stack, courier: SignedIn, orderId: string): Promise<Delivery> {
  const queued = await queuedDelivery(stack, courier, orderId);
  const res = await stack.gql(MARK_DELIVERED, { id: queued.id }, courier.token);
  if (!res.data?.markDelivered) throw new Error(`markDelivered failed: ${JSON.stringify(res.errors)}`);
  return res.data.markDelivered;
}

/** Waits until pizza-orders knows the order delivered (deliveries' PizzaDelivered applied). */
export async function orderKnownDelivered(stack: Stack, customer: SignedIn, orderId: string): Promise<PizzaOrder> {
  return waitFor(`order ${orderId} known delivered`, async () => {
    const o = await orderOf(stack, customer, orderId);
    return o?.deliveredAt ? o : null;
  });
}

/** The payments of an order's reference, read in payments' database. */
export async function paymentsOf(stack: Stack, orderId: string): Promise<{ id: string; status: string; amount: number }[]> {
  return stack.sql("payments", "SELECT id, status::text AS status, amount FROM payment WHERE reference = $1", [orderId]);
}

// --- refunds and coupons (refunds, coupons) ---

/** The contexts a refund and its coupon need, besides those of the order. */
export const REFUND_CONTEXTS = [...ORDER_CONTEXTS, "refunds", "coupons"];

export interface PizzaRefund {
  id: string;
  reason: string;
  status: string;
  final: boolean;
  order: { id: string };
  delivery: { id: string; status: string };
  [field: string]: unknown;
}

export interface Coupon {
  id: string;
  code: string;
  status: string;
  order: { id: string };
  [field: string]: unknown;
}

export interface OrderRefundAndCoupon {
  id: string;
  status: string;
  delivery: { id: string; status: string } | null;
  refund: { id: string; reason: string; status: string; final: boolean } | null;
  coupon: Coupon | null;
  payment: { id: string; status: string } | null;
}

/** Asks for a refund as `customer`; the whole response (errors included). */
export function requestRefund(stack: Stack, customer: SignedIn, orderId: string, reason = "The pizza came cold.") {
  return stack.gql<{ requestPizzaRefund: PizzaRefund }>(REQUEST_REFUND, { input: { orderId, reason } }, customer.token);
}

/** Asks for a refund, or throws with the errors. */
export async function refunded(stack: Stack, customer: SignedIn, orderId: string, reason?: string): Promise<PizzaRefund> {
  const res = await requestRefund(stack, customer, orderId, reason);
  if (!res.data?.requestPizzaRefund) throw new Error(`requestPizzaRefund failed: ${JSON.stringify(res.errors)}`);
  return res.data.requestPizzaRefund;
}

/** A paid order the courier delivered, known delivered by pizza-orders. */
export async function deliveredOrder(stack: Stack, customer: SignedIn, courier: SignedIn): Promise<{ order: PizzaOrder; delivery: Delivery }> {
  const order = await paidOrder(stack, customer);
  const delivery = await deliver(stack, courier, order.id);
  await orderKnownDelivered(stack, customer, order.id);
  return { order, delivery };
}

export async function refundOf(stack: Stack, viewer: SignedIn, id: string): Promise<PizzaRefund | null> {
  return (await stack.gql(REFUND, { id }, viewer.token)).data?.pizzaRefund ?? null;
}

/** The order with its delivery, refund, coupon and payment, each from its own subgraph. */
export async function orderRefundAndCoupon(stack: Stack, viewer: SignedIn, orderId: string): Promise<OrderRefundAndCoupon | null> {
  return (await stack.gql(ORDER_REFUND_AND_COUPON, { id: orderId }, viewer.token)).data?.pizzaOrder ?? null;
}

/** Waits until the order, read through the router, satisfies `accept`. */
export async function orderShows(stack: Stack, viewer: SignedIn, orderId: string, what: string, accept: (o: OrderRefundAndCoupon) => boolean, timeoutMs?: number): Promise<OrderRefundAndCoupon> {
  return waitFor(
    `order ${orderId}: ${what}`,
    async () => {
      const o = await orderRefundAndCoupon(stack, viewer, orderId);
      return o && accept(o) ? o : null;
    },
    timeoutMs,
  );
}

/** What coupons recorded about an order (its coupon's events), in order, read in its outbox. */
export async function couponEventsOf(stack: Stack, orderId: string): Promise<string[]> {
  const rows = await stack.sql<{ type: string }>("coupons", "SELECT payload->>'type' AS type FROM platform_outbox WHERE payload->>'subject' = $1 ORDER BY seq", [orderId]);
  return rows.map((r) => r.type);
}
