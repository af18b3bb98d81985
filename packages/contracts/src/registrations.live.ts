import { changedBy, defineLiveStatus } from "./define.live.ts";
import { registrationEvents } from "./registrations.ts";

/**
 * A registration's status, pushed to its student: REGISTERED when it is recorded (its PAID
 * follows from the same transaction), PAID, CANCELED. An abandoned attempt made no
 * registration, so it changes none.
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
    fields: { status: { type: "RegistrationStatus!", description: "The status the registration moved to with this change (the current one may be later)." } },
  },
  sources: [
    changedBy(registrationEvents.CourseRegistered, (e) => ({ id: e.registrationId, ownerId: e.studentId, fields: { status: "REGISTERED" } })),
    changedBy(registrationEvents.RegistrationPaid, (e) => ({ id: e.registrationId, ownerId: e.studentId, fields: { status: "PAID" } })),
    changedBy(registrationEvents.RegistrationCanceled, (e) => ({ id: e.registrationId, ownerId: e.studentId, fields: { status: "CANCELED" } })),
  ],
  subscriptions: {
    myRegistrationChanges: { kind: "mine", description: "Status changes of the signed-in student's registrations. Needs a token." },
    registrationChanges: { kind: "byId", argument: "id", description: "Status changes of one registration: yours, or any as ADMIN." },
  },
});
