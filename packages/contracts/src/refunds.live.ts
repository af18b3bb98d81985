import { changedBy, defineLiveStatus } from "./define.live.ts";
import { pizzaRefundEvents } from "./refunds.ts";

/**
 * A pizza refund's status, pushed to its customer: PENDING when it is taken (the delivery is
 * the return run), CANCELED when the courier canceled the return run, COMPLETED when the courier
 * brought the pizza back (final: the money goes back). Every change comes from refunds' own events.
 */
export const pizzaRefundLiveStatus = defineLiveStatus({
  owner: "refunds",
  entity: {
    type: "PizzaRefund",
    query: "pizzaRefund",
    idArgument: "id",
    field: "refund",
    description: "The pizza refund as it is now, resolved through the graph.",
  },
  change: {
    type: "PizzaRefundStatusChange",
    description: "A pizza refund moved to a new status.",
    fields: { status: { type: "PizzaRefundStatus!", description: "The status the refund moved to with this change (the current one may be later)." } },
  },
  sources: [
    changedBy(pizzaRefundEvents.PizzaRefunded, (e) => ({ id: e.refundId, ownerId: e.customerId, fields: { status: "PENDING" } })),
    changedBy(pizzaRefundEvents.PizzaRefundCanceled, (e) => ({ id: e.refundId, ownerId: e.customerId, fields: { status: "CANCELED" } })),
    changedBy(pizzaRefundEvents.PizzaRefundCompleted, (e) => ({ id: e.refundId, ownerId: e.customerId, fields: { status: "COMPLETED" } })),
  ],
  subscriptions: {
    myPizzaRefundChanges: { kind: "mine", description: "Status changes of the signed-in customer's pizza refunds. Needs a token." },
  },
});
