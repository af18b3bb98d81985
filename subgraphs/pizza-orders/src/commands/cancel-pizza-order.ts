import { commandCausation, executeCommand, type UnitOfWork, type Viewer } from "@supergraph/platform";
import type { PizzaOrder } from "../domain/pizza-order.ts";
import { onPizzaOrder } from "./pizza-order.ts";

/**
 * Cancels an order before its delivery: CANCELED at once, with PizzaOrderCanceled and payments'
 * PaymentCancellationRequested in one transaction (the saga's compensations run by events:
 * payments refunds or voids the charge, deliveries cancels the delivery), so a cancel is taken
 * while either is down.
 */
export async function cancelPizzaOrder(transact: UnitOfWork, orderId: string, viewer: Viewer, now: Date): Promise<PizzaOrder> {
  const { state } = await executeCommand(
    transact,
    onPizzaOrder(orderId),
    { type: "CancelPizzaOrder", byUserId: viewer.userId, byAdmin: viewer.roles.includes("ADMIN"), canceledAt: now },
    { now, causation: commandCausation(orderId) },
  );
  return state!;
}
