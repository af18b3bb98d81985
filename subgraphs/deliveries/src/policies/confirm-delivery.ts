import { deliveryEvents } from "@supergraph/contracts/deliveries";
import { inResponseTo, on, policy, runCommand } from "@supergraph/platform";
import { onDelivery } from "../commands/delivery.ts";

/**
 * A requested delivery is confirmed once its request is published: a step that runs after
 * the request's transaction, in the consumer's own (with its inbox record, so a redelivered
 * request confirms nothing twice). A policy on another context's event names it the same way,
 * through its publisher's contract: `on(lectureEvents.LectureOpened)`.
 */
export const confirmDelivery = policy("confirm-delivery", on(deliveryEvents.DeliveryRequested), {
  async handle(event, tx, record) {
    await runCommand(tx, record, onDelivery(event.data.deliveryId), { type: "ConfirmDelivery" }, inResponseTo(event));
  },
});
