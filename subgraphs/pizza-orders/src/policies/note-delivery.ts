import { deliveryEvents } from "@supergraph/contracts/deliveries";
import { on, policy } from "@supergraph/platform";
import { markDelivered } from "../infra/pizza-order-store.ts";

/** Deliveries' PizzaDelivered: the order is noted delivered, so it can no longer be canceled (its status stays PAID). */
export const noteDelivery = policy("note-delivery", on(deliveryEvents.PizzaDelivered), {
  async handle(event, tx) {
    await markDelivered(tx, event.data.orderId, new Date(event.data.deliveredAt));
  },
});
