import { ticketReservationEvents } from "@supergraph/contracts/parking-reservations";
import { inResponseTo, on, policy, runCommand } from "@supergraph/platform";
import { onTicketReservation } from "../commands/ticket-reservation.ts";

/**
 * A requested ticket reservation is confirmed once its request is published: a step that runs after
 * the request's transaction, in the consumer's own (with its inbox record, so a redelivered
 * request confirms nothing twice). A policy on another context's event names it the same way,
 * through its publisher's contract: `on(lectureEvents.LectureOpened)`.
 */
export const confirmTicketReservation = policy("confirm-ticket-reservation", on(ticketReservationEvents.TicketReservationRequested), {
  async handle(event, tx, record) {
    await runCommand(tx, record, onTicketReservation(event.data.ticketReservationId), { type: "ConfirmTicketReservation" }, inResponseTo(event));
  },
});
