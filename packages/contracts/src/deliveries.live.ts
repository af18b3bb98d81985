import { changedBy, defineLiveStatus } from "./define.live.ts";
import { deliveryEvents } from "./deliveries.ts";

/**
 * A delivery's status, pushed to its customer: DELIVERING when the paid order's delivery
 * started, DELIVERED when the courier delivered it (again when a refund delivery is canceled),
 * REFUNDED when a refund turned it into a return run, RETURNED when the courier brought it back,
 * CANCELED when the order was canceled first.
 */
export const deliveryLiveStatus = defineLiveStatus({
  owner: "deliveries",
  entity: {
    type: "Delivery",
    query: "delivery",
    idArgument: "id",
    field: "delivery",
    description: "The delivery as it is now, resolved through the graph.",
  },
  change: {
    type: "DeliveryStatusChange",
    description: "A delivery moved to a new status.",
    fields: { status: { type: "DeliveryStatus!", description: "The status the delivery moved to with this change (the current one may be later)." } },
  },
  sources: [
    changedBy(deliveryEvents.DeliveryStarted, (e) => ({ id: e.deliveryId, ownerId: e.customerId, fields: { status: "DELIVERING" } })),
    changedBy(deliveryEvents.PizzaDelivered, (e) => ({ id: e.deliveryId, ownerId: e.customerId, fields: { status: "DELIVERED" } })),
    changedBy(deliveryEvents.DeliveryCanceled, (e) => ({ id: e.deliveryId, ownerId: e.customerId, fields: { status: "CANCELED" } })),
    changedBy(deliveryEvents.DeliveryRefunded, (e) => ({ id: e.deliveryId, ownerId: e.customerId, fields: { status: "REFUNDED" } })),
    changedBy(deliveryEvents.RefundDeliveryCanceled, (e) => ({ id: e.deliveryId, ownerId: e.customerId, fields: { status: "DELIVERED" } })),
    changedBy(deliveryEvents.RefundDeliveryCompleted, (e) => ({ id: e.deliveryId, ownerId: e.customerId, fields: { status: "RETURNED" } })),
  ],
  subscriptions: {
    myDeliveryChanges: { kind: "mine", description: "Status changes of the signed-in customer's deliveries. Needs a token." },
  },
});
