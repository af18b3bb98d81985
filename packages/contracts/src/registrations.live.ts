import { changedBy, defineLiveStatus } from "./define.live.ts";
import { registrationEvents } from "./registrations.ts";

/**
 * A registration's status, pushed to its student: PAID when it is recorded (a registration is
 * written once its charge completed, so its first change is PAID; CourseRegistered, from the same
 * transaction, pushes nothing of its own), CANCELED when it is canceled. Its refund follows the
 * cancellation asynchronously and is its payment's change (paymentChanges pushes CANCELED), read
 * here as the entity's `refund`. An abandoned attempt made no registration, so it changes none.
 */
export const registrationLiveStatus = defineLiveStatus({
  owner: "registrations",
  entity: {
    type: "Registration",
    query: "registration",
    idArgument: "id",
    field: "registration",
    description: "The registration as it is now, resolved through the graph.",
  },
  change: {
    type: "RegistrationStatusChange",
    description: "A registration moved to a new status.",
    fields: { status: { type: "RegistrationStatus!", description: "The status the registration moved to with this change (the current one may be later): PAID or CANCELED." } },
  },
  sources: [
    changedBy(registrationEvents.RegistrationPaid, (e) => ({ id: e.registrationId, ownerId: e.studentId, fields: { status: "PAID" } })),
    changedBy(registrationEvents.RegistrationCanceled, (e) => ({ id: e.registrationId, ownerId: e.studentId, fields: { status: "CANCELED" } })),
  ],
  subscriptions: {
    myRegistrationChanges: { kind: "mine", description: "Status changes of the signed-in student's registrations. Needs a token." },
    registrationChanges: { kind: "byId", argument: "id", description: "Status changes of one registration: yours, or any as ADMIN." },
  },
});
