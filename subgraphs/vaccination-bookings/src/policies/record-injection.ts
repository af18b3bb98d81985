import { injectionEvents } from "@supergraph/contracts/injections";
import { inResponseTo, on, policy, runCommand } from "@supergraph/platform";
import { onBooking } from "../commands/vaccination-booking.ts";

/** The injection manager gave the injection: the booking becomes INJECTED (a redelivery changes nothing). */
export const recordInjection = policy("record-injection", on(injectionEvents.InjectionCompleted), {
  async handle(event, tx, record) {
    await runCommand(tx, record, onBooking(event.data.bookingId), { type: "RecordInjection", injectionId: event.data.injectionId }, inResponseTo(event));
  },
});
