import type { DeliveryEvent } from "@supergraph/contracts/deliveries";
import type { CommandSpec } from "@supergraph/platform";
import { deliveryDecider, type Delivery, type DeliveryCommand } from "../domain/delivery.ts";
import { lockDelivery, lockDeliveryOfOrder, saveDelivery } from "../infra/delivery-store.ts";

/** A command on the delivery `deliveryId` (a courier's): locked while it is decided, saved whole. */
export function onDelivery(deliveryId: string): CommandSpec<Delivery, DeliveryCommand, DeliveryEvent> {
  return { decider: deliveryDecider, load: (tx) => lockDelivery(tx, deliveryId), save: saveDelivery };
}

/** A command on the delivery of the order `orderId` (none yet: one may be made), the order locked while it is decided. */
export function onDeliveryOfOrder(orderId: string): CommandSpec<Delivery, DeliveryCommand, DeliveryEvent> {
  return { decider: deliveryDecider, load: (tx) => lockDeliveryOfOrder(tx, orderId), save: saveDelivery };
}
