import { dayAvailabilityEvents } from "@supergraph/contracts/parking-availability";
import { inResponseTo, on, policy, runCommand } from "@supergraph/platform";
import { onDayAvailability } from "../commands/day-availability.ts";

/**
 * A requested day availability is confirmed once its request is published: a step that runs after
 * the request's transaction, in the consumer's own (with its inbox record, so a redelivered
 * request confirms nothing twice). A policy on another context's event names it the same way,
 * through its publisher's contract: `on(lectureEvents.LectureOpened)`.
 */
export const confirmDayAvailability = policy("confirm-day-availability", on(dayAvailabilityEvents.DayAvailabilityRequested), {
  async handle(event, tx, record) {
    await runCommand(tx, record, onDayAvailability(event.data.dayAvailabilityId), { type: "ConfirmDayAvailability" }, inResponseTo(event));
  },
});
