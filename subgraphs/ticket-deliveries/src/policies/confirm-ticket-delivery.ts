import { ticketDeliveryEvents } from "@supergraph/contracts/ticket-deliveries";
import { inResponseTo, on, policy, runCommand } from "@supergraph/platform";
import { onTicketDelivery } from "../commands/ticket-delivery.ts";

/**
 * A requested ticket delivery is confirmed once its request is published: a step that runs after
 * the request's transaction, in the consumer's own (with its inbox record, so a redelivered
 * request confirms nothing twice). A policy on another context's event names it the same way,
 * through its publisher's contract: `on(lectureEvents.LectureOpened)`.
 */
export const confirmTicketDelivery = policy("confirm-ticket-delivery", on(ticketDeliveryEvents.TicketDeliveryRequested), {
  async handle(event, tx, record) {
    await runCommand(tx, record, onTicketDelivery(event.data.ticketDeliveryId), { type: "ConfirmTicketDelivery" }, inResponseTo(event));
  },
});
