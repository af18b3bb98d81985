import { registrationEvents } from "@supergraph/contracts/registrations";
import { inResponseTo, on, policy } from "@supergraph/platform";
import { changeEnrolment } from "../commands/change-enrolment.ts";

/** A registration counts one seat in its lecture's enrolment. */
export const countRegistration = policy("count-registration", on(registrationEvents.CourseRegistered), {
  async handle(event, tx, record) {
    await changeEnrolment(tx, record, event.data.lectureId, 1, inResponseTo(event));
  },
});

/** A canceled registration frees its seat in the enrolment count. */
export const uncountRegistration = policy("uncount-registration", on(registrationEvents.RegistrationCanceled), {
  async handle(event, tx, record) {
    await changeEnrolment(tx, record, event.data.lectureId, -1, inResponseTo(event));
  },
});
