import { PaymentCompleted } from "@supergraph/contracts/payments";
import { causedBy, policy } from "@supergraph/platform";
import { decide, evolve, type Registration } from "../domain/registration.ts";
import { lockRegistration, saveRegistration } from "../infra/registration-store.ts";

/**
 * A completed payment makes its registration PAID. Registering records the registration
 * as paid already (the charge answered COMPLETED), so this only matters for a registration
 * written REGISTERED by an earlier version; a payment that completes before its
 * registration is written has nothing to do here.
 */
export const confirmPayment = policy({
  name: "confirm-payment",
  from: "payments",
  event: "PaymentCompleted",
  schema: PaymentCompleted,
  async handle(event, tx, record) {
    if (event.data.purpose !== "COURSE_REGISTRATION") return;
    const registrationId = event.data.reference;
    // No registration: it is still being written (and will be paid as it is), or it was
    // given up and its payment voided.
    const state = await lockRegistration(tx, registrationId);
    if (!state) return;
    const events = decide({ type: "ConfirmPayment", paymentId: event.data.paymentId }, state);
    if (events.length === 0) return;
    await saveRegistration(tx, events.reduce<Registration | null>((s, e) => evolve(s, e, new Date(event.time)), state)!);
    await record(events, causedBy(event));
  },
});
