import { CourseRegistered, RegistrationCanceled } from "@supergraph/contracts/registrations";
import { causedBy, policy, RetryLater, type EventEnvelope, type RecordEvents, type Sql } from "@supergraph/platform";
import { adjustEnrolment } from "../infra/lecture-store.ts";

/** Moves the count and announces the new one (live enrolment screens follow it). */
async function count(tx: Sql, record: RecordEvents, event: EventEnvelope<string, { lectureId: string }>, delta: 1 | -1) {
  const lecture = await adjustEnrolment(tx, event.data.lectureId, delta);
  if (!lecture) throw new RetryLater("lecture not known yet");
  await record(
    [{ type: "EnrolmentChanged", subject: lecture.id, data: { lectureId: lecture.id, instructorId: lecture.instructorId, enrolledCount: lecture.enrolledCount } }],
    causedBy(event),
  );
}

/** A registration counts one seat in its lecture's enrolment. */
export const countRegistration = policy({
  name: "count-registration",
  from: "registrations",
  event: "CourseRegistered",
  schema: CourseRegistered,
  handle: (event, tx, record) => count(tx, record, event, 1),
});

/** A canceled registration frees its seat in the enrolment count. */
export const uncountRegistration = policy({
  name: "uncount-registration",
  from: "registrations",
  event: "RegistrationCanceled",
  schema: RegistrationCanceled,
  handle: (event, tx, record) => count(tx, record, event, -1),
});
