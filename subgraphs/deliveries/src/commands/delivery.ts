import type { DeliveryEvent } from "@supergraph/contracts/deliveries";
import type { CommandSpec } from "@supergraph/platform";
import { deliveryDecider, type Delivery, type DeliveryCommand } from "../domain/delivery.ts";
import { lockDelivery, saveDelivery } from "../infra/delivery-store.ts";

/** A command on the delivery `deliveryId`: locked while it is decided, saved whole. */
export function onDelivery(deliveryId: string): CommandSpec<Delivery, DeliveryCommand, DeliveryEvent> {
  return {
    decider: deliveryDecider,
    load: (tx) => lockDelivery(tx, deliveryId),
    save: (tx, delivery) => saveDelivery(tx, delivery),
  };
}
