/**
 * Helpers of the pizza e2e tests. Each helper of the system appends its own block
 * (orders and deliveries; refunds and coupons; the status view).
 */
import { type SignedIn, type Stack, waitFor } from "@supergraph/testkit";
import { DELIVERY, DELIVERY_QUEUE, MARK_DELIVERED, MENU, ORDER, PAY, PLACE } from "./operations.ts";

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
