import { randomUUID } from "node:crypto";
import { commandCausation, executeCommand, type UnitOfWork } from "@supergraph/platform";
import { deliveryDecider, type Delivery } from "../domain/delivery.ts";
import { saveDelivery } from "../infra/delivery-store.ts";

export interface RequestDeliveryInput {
  readonly title: string;
}

/** Requests a new delivery for `ownerId`; the confirm-delivery policy confirms it once DeliveryRequested is published. */
export async function requestDelivery(transact: UnitOfWork, ownerId: string, input: RequestDeliveryInput, now: Date): Promise<Delivery> {
  const deliveryId = randomUUID();
  const { state } = await executeCommand(
    transact,
    { decider: deliveryDecider, load: async () => null, save: (tx, delivery) => saveDelivery(tx, delivery) },
    { type: "RequestDelivery", deliveryId, ownerId, ...input },
    { now, causation: commandCausation(deliveryId) },
  );
  return state!;
}
