import { randomUUID } from "node:crypto";
import { vaccinationBookingEvents } from "@supergraph/contracts/vaccination-bookings";
import { inResponseTo, on, policy, RetryLater, runCommand } from "@supergraph/platform";
import { onInjection } from "../commands/injection.ts";
import { lockInjection } from "../infra/injection-store.ts";

/** A booking taken: its injection record, once however often the event comes (one record per booking). */
export const scheduleInjection = policy("schedule-injection", on(vaccinationBookingEvents.VaccinationBooked), {
  async handle(event, tx, record) {
    const { bookingId, customerId, vaccineId, date } = event.data;
    const command = { type: "ScheduleInjection", injectionId: randomUUID(), bookingId, customerId, vaccineId, date } as const;
    await runCommand(tx, record, onInjection({ bookingId }), command, inResponseTo(event));
  },
});

/** A booking canceled: its injection is canceled, so it cannot be given. */
export const cancelInjection = policy("cancel-injection", on(vaccinationBookingEvents.VaccinationBookingCanceled), {
  async handle(event, tx, record) {
    const { bookingId } = event.data;
    // Two consumers: the cancel may be handled before the booking's record exists here.
    if (!(await lockInjection(tx, { bookingId }))) throw new RetryLater(`the injection of booking ${bookingId} is not scheduled yet`);
    await runCommand(tx, record, onInjection({ bookingId }), { type: "CancelInjection" }, inResponseTo(event));
  },
});
