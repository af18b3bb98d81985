import { randomUUID } from "node:crypto";
import { pizzaOrderEvents } from "@supergraph/contracts/pizza-orders";
import { inResponseTo, on, policy, runCommand } from "@supergraph/platform";
import { onDeliveryOfOrder } from "../commands/delivery.ts";

/** A paid order's delivery starts (DeliveryStarted); one per order, however often the payment's event comes. */
export const startDelivery = policy("start-delivery", on(pizzaOrderEvents.PizzaOrderPaid), {
  async handle(event, tx, record) {
    const { orderId, customerId } = event.data;
    await runCommand(tx, record, onDeliveryOfOrder(orderId), { type: "StartDelivery", deliveryId: randomUUID(), orderId, customerId, at: new Date(event.data.paidAt) }, inResponseTo(event));
  },
});

/**
 * A paid order canceled before its delivery: the delivery is canceled (DeliveryCanceled, the
 * saga's compensation). Its two events are handled by two consumers, so the cancel may come
 * first: it then makes the delivery CANCELED, and the payment's event starts nothing. An order
 * canceled before it was paid has no delivery, and gets none.
 */
export const cancelDelivery = policy("cancel-delivery", on(pizzaOrderEvents.PizzaOrderCanceled), {
  async handle(event, tx, record) {
    const { orderId, customerId, wasPaid } = event.data;
    if (!wasPaid) return;
    await runCommand(tx, record, onDeliveryOfOrder(orderId), { type: "CancelDelivery", deliveryId: randomUUID(), orderId, customerId, at: new Date(event.data.canceledAt) }, inResponseTo(event));
  },
});
