import type { RegistrationEvent } from "@supergraph/contracts/registrations";
import type { CommandSpec } from "@supergraph/platform";
import { registrationDecider, type Registration, type RegistrationCommand } from "../domain/registration.ts";
import { adjustTaken, lockLecture, lockRegistration, saveRegistration } from "../infra/registration-store.ts";
import { withPaymentRequests } from "./payment-requests.ts";

/**
 * How a command finds and stores one registration: locked with its lecture's replica row
 * (which serializes the seat changes of a lecture), written after its events, and published
 * with the payment requests they make. A cancellation frees its seat with it, so a payment
 * is never refunded while its registration holds a seat.
 */
export function registrationOf(registrationId: string): CommandSpec<Registration, RegistrationCommand, RegistrationEvent> {
  return {
    decider: registrationDecider,
    async load(tx) {
      const state = await lockRegistration(tx, registrationId);
      if (state) await lockLecture(tx, state.lectureId);
      return state;
    },
    async save(tx, registration, _previous, events) {
      await saveRegistration(tx, registration);
      if (events.some((e) => e.type === "RegistrationCanceled")) await adjustTaken(tx, registration.lectureId, -1);
    },
    publish: withPaymentRequests,
  };
}
