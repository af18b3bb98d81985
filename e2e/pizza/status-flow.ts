import { type SignedIn, type Stack, waitFor } from "@supergraph/testkit";

/*
 * The pizza case end to end as clients drive it through the router, for the status screen, live,
 * reliability and browser tests: a customer orders and pays, a courier delivers, the customer asks
 * for a refund, the courier cancels or completes the return run. Every step throws with the
 * errors when it is refused.
 */

export const PIZZA_CONTEXTS = ["payments", "pizza-orders", "deliveries", "coupons", "refunds", "views"];

export const MENU = `query { pizzaMenu { id name price } }`;
export const PLACE = `mutation($input: PlacePizzaOrderInput!) { placePizzaOrder(input: $input) { id status amount } }`;
export const PAY = `mutation($id: ID!) { payPizzaOrder(id: $id) { id status } }`;
export const CANCEL = `mutation($id: ID!) { cancelPizzaOrder(id: $id) { id status } }`;
export const QUEUE = `query { deliveryQueue { id status order { id } } }`;
export const MARK_DELIVERED = `mutation($id: ID!) { markDelivered(id: $id) { id status } }`;
export const CANCEL_RETURN = `mutation($id: ID!) { cancelRefundDelivery(id: $id) { id status } }`;
export const COMPLETE_RETURN = `mutation($id: ID!) { completeRefundDelivery(id: $id) { id status } }`;
export const REFUND = `mutation($input: RequestPizzaRefundInput!) { requestPizzaRefund(input: $input) { id status reason } }`;
export const ORDER = `query($id: ID!) { pizzaOrder(id: $id) { id status delivery { id status } coupon { id code status } refund { id status reason } } }`;
/** The customer's status screen: the read model in views. */
export const BOARD = `query { myPizzaOrderBoard { id lines { pizzaId name quantity unitPrice } amount status placedAt paymentId paymentStatus
  deliveryId deliveryStatus deliveredAt couponId couponCode couponStatus refund { id status reason refundedAt } updatedAt } }`;

export interface BoardRow {
  id: string;
  lines: { pizzaId: string; name: string; quantity: number; unitPrice: number }[];
  amount: number;
  status: string;
  paymentId: string | null;
  paymentStatus: string | null;
  deliveryId: string | null;
  deliveryStatus: string | null;
  couponId: string | null;
  couponCode: string | null;
  couponStatus: string | null;
  refund: { id: string; status: string; reason: string | null; refundedAt: string | null } | null;
  [field: string]: unknown;
}

async function run<T>(stack: Stack, what: string, query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const res = await stack.gql(query, variables, token);
  const value = res.data && Object.values(res.data)[0];
  if (res.errors || !value) throw new Error(`${what} failed: ${JSON.stringify(res.errors)}`);
  return value as T;
}

/** The menu's first `n` pizza types. */
export async function menu(stack: Stack): Promise<{ id: string; name: string; price: number }[]> {
  const res = await stack.gql(MENU);
  if (!res.data?.pizzaMenu?.length) throw new Error(`pizzaMenu failed: ${JSON.stringify(res.errors)}`);
  return res.data.pizzaMenu;
}

/** Places an order of `lines` as `customer`. */
export function place(stack: Stack, customer: SignedIn, lines: { pizzaId: string; quantity: number }[]): Promise<{ id: string; status: string; amount: number }> {
  return run(stack, "placePizzaOrder", PLACE, { input: { lines } }, customer.token);
}

export function pay(stack: Stack, customer: SignedIn, id: string): Promise<{ id: string; status: string }> {
  return run(stack, "payPizzaOrder", PAY, { id }, customer.token);
}

export function cancel(stack: Stack, customer: SignedIn, id: string): Promise<{ id: string; status: string }> {
  return run(stack, "cancelPizzaOrder", CANCEL, { id }, customer.token);
}

/** The order's delivery in the courier's queue, once it is there. */
export function queued(stack: Stack, courier: SignedIn, orderId: string, timeoutMs?: number): Promise<{ id: string; status: string }> {
  return waitFor(
    `order ${orderId}'s delivery in the courier's queue`,
    async () => ((await stack.gql(QUEUE, {}, courier.token)).data?.deliveryQueue as { id: string; status: string; order: { id: string } }[] | undefined)?.find((d) => d.order.id === orderId),
    timeoutMs,
  );
}

/** The courier delivers the order (once its delivery started); returns the delivery id. */
export async function deliver(stack: Stack, courier: SignedIn, orderId: string): Promise<string> {
  const delivery = await queued(stack, courier, orderId);
  await run(stack, "markDelivered", MARK_DELIVERED, { id: delivery.id }, courier.token);
  return delivery.id;
}

export function refund(stack: Stack, customer: SignedIn, orderId: string, reason: string): Promise<{ id: string; status: string; reason: string }> {
  return run(stack, "requestPizzaRefund", REFUND, { input: { orderId, reason } }, customer.token);
}

export function cancelReturn(stack: Stack, courier: SignedIn, deliveryId: string): Promise<{ id: string; status: string }> {
  return run(stack, "cancelRefundDelivery", CANCEL_RETURN, { id: deliveryId }, courier.token);
}

export function completeReturn(stack: Stack, courier: SignedIn, deliveryId: string): Promise<{ id: string; status: string }> {
  return run(stack, "completeRefundDelivery", COMPLETE_RETURN, { id: deliveryId }, courier.token);
}

/** An order placed (two lines) and paid by `customer`. */
export async function orderAndPay(stack: Stack, customer: SignedIn): Promise<string> {
  const [a, b] = await menu(stack);
  const order = await place(stack, customer, [
    { pizzaId: a!.id, quantity: 2 },
    { pizzaId: (b ?? a)!.id, quantity: 1 },
  ]);
  await pay(stack, customer, order.id);
  return order.id;
}

/** The customer's board (views), or undefined when the query fails. */
export async function board(stack: Stack, customer: SignedIn): Promise<BoardRow[] | undefined> {
  return (await stack.gql(BOARD, {}, customer.token)).data?.myPizzaOrderBoard as BoardRow[] | undefined;
}

/** Waits until the customer's status screen (views) shows the order as `accept` wants it. */
export function boardShows(stack: Stack, customer: SignedIn, id: string, what: string, accept: (row: BoardRow) => boolean, timeoutMs?: number): Promise<BoardRow> {
  return waitFor(
    `the view to show ${id} ${what}`,
    async () => {
      const row = (await board(stack, customer))?.find((r) => r.id === id);
      return row && accept(row) ? row : null;
    },
    timeoutMs,
  );
}
