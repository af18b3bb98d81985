import { changedBy, defineLiveStatus } from "./define.live.ts";
import { pizzaOrderEvents } from "./pizza-orders.ts";

/**
 * A pizza order's status, pushed to its customer: PLACED when it is taken, PAID when its charge
 * completed (answered to the pay command, or a late charge learned from payments' event),
 * CANCELED when the customer canceled. The delivery's changes are the delivery's own
 * (myDeliveryChanges); the order's `delivery` field reads it through the graph.
 */
export const pizzaOrderLiveStatus = defineLiveStatus({
  owner: "pizza-orders",
  entity: {
    type: "PizzaOrder",
    query: "pizzaOrder",
    idArgument: "id",
    field: "order",
    description: "The pizza order as it is now, resolved through the graph.",
  },
  change: {
    type: "PizzaOrderStatusChange",
    description: "A pizza order moved to a new status.",
    fields: { status: { type: "PizzaOrderStatus!", description: "The status the order moved to with this change (the current one may be later)." } },
  },
  sources: [
    changedBy(pizzaOrderEvents.PizzaOrderPlaced, (e) => ({ id: e.orderId, ownerId: e.customerId, fields: { status: "PLACED" } })),
    changedBy(pizzaOrderEvents.PizzaOrderPaid, (e) => ({ id: e.orderId, ownerId: e.customerId, fields: { status: "PAID" } })),
    changedBy(pizzaOrderEvents.PizzaOrderCanceled, (e) => ({ id: e.orderId, ownerId: e.customerId, fields: { status: "CANCELED" } })),
  ],
  subscriptions: {
    myPizzaOrderChanges: { kind: "mine", description: "Status changes of the signed-in customer's pizza orders. Needs a token." },
    pizzaOrderChanges: { kind: "byId", argument: "id", description: "Status changes of one pizza order: yours, or any as ADMIN." },
  },
});
