import { PaymentCompleted } from "@supergraph/contracts/payments";
import { causedBy, policy, RetryLater } from "@supergraph/platform";
import { decide, evolve, type Registration } from "../domain/registration.ts";
import { findHold, lockRegistration, saveRegistration } from "../infra/registration-store.ts";

/** A completed payment makes its registration PAID. */
export const confirmPayment = policy({
  name: "confirm-payment",
  from: "payments",
  event: "PaymentCompleted",
  schema: PaymentCompleted,
  async handle(event, tx, record) {
    if (event.data.purpose !== "COURSE_REGISTRATION") return;
    const registrationId = event.data.reference;
    // The hold is read before the registration: register() deletes the one and writes the
    // other in one commit, so in this order a hold already gone means the registration is
    // visible — or the attempt was given up (its payment voided: nothing to confirm).
    const held = await findHold(tx, registrationId);
    const state = await lockRegistration(tx, registrationId);
    if (!state) {
      if (held) throw new RetryLater("the charge answered before the registration was written");
      return;
    }
    const events = decide({ type: "ConfirmPayment", paymentId: event.data.paymentId }, state);
    if (events.length === 0) return;
    await saveRegistration(tx, events.reduce<Registration | null>((s, e) => evolve(s, e, new Date(event.time)), state)!);
    await record(events, causedBy(event));
  },
});
