import { LectureCanceled, LectureOpened } from "@supergraph/contracts/lectures";
import { PaymentCanceled, PaymentCompleted } from "@supergraph/contracts/payments";
import { CourseRegistered, RegistrationCanceled, RegistrationPaid, type RegistrationEvent } from "@supergraph/contracts/registrations";
import { policy, type EventEnvelope, type Sql } from "@supergraph/platform";

/*
 * The course-registration read model. Each event type has its own consumer, so events of
 * one case can arrive in any order: every handler upserts only the columns its event
 * knows, and statuses only move forward (enum order, see prisma/views/schema.prisma).
 */

export const lectureOpened = policy({
  name: "lecture-opened",
  from: "lectures",
  event: "LectureOpened",
  schema: LectureOpened,
  async handle({ data }, tx: Sql) {
    await tx.$executeRaw`
      INSERT INTO lecture_view (lecture_id, instructor_id, title, capacity, status)
      VALUES (${data.lectureId}::uuid, ${data.instructorId}::uuid, ${data.title}, ${data.capacity}, 'OPEN')
      ON CONFLICT (lecture_id) DO UPDATE SET instructor_id = EXCLUDED.instructor_id, title = EXCLUDED.title,
        capacity = EXCLUDED.capacity, status = GREATEST(lecture_view.status, EXCLUDED.status), updated_at = now()`;
    await tx.$executeRaw`UPDATE registration_view SET lecture_title = ${data.title}, updated_at = now() WHERE lecture_id = ${data.lectureId}::uuid`;
  },
});

export const lectureCanceled = policy({
  name: "lecture-canceled",
  from: "lectures",
  event: "LectureCanceled",
  schema: LectureCanceled,
  async handle({ data }, tx: Sql) {
    await tx.$executeRaw`
      INSERT INTO lecture_view (lecture_id, instructor_id, status) VALUES (${data.lectureId}::uuid, ${data.instructorId}::uuid, 'CANCELED')
      ON CONFLICT (lecture_id) DO UPDATE SET status = 'CANCELED', updated_at = now()`;
  },
});

/** Rows for registrations and their lectures' enrolment, set based: one statement each for any number of events. */
async function addRegistrations(events: EventEnvelope<string, Extract<RegistrationEvent, { type: "CourseRegistered" }>["data"]>[], tx: Sql): Promise<void> {
  // One row per registration (an upsert may not touch a row twice), the latest event's.
  const rows = [...new Map(events.map((e) => [e.data.registrationId, e])).values()];
  await tx.$executeRaw`
    INSERT INTO registration_view (registration_id, student_id, lecture_id, lecture_title, status, payment_id, amount, registered_at)
    SELECT r.registration_id, r.student_id, r.lecture_id, l.title, 'REGISTERED', r.payment_id, r.amount, r.registered_at
    FROM unnest(${rows.map((e) => e.data.registrationId)}::uuid[], ${rows.map((e) => e.data.studentId)}::uuid[], ${rows.map((e) => e.data.lectureId)}::uuid[],
      ${rows.map((e) => e.data.paymentId)}::uuid[], ${rows.map((e) => e.data.amount)}::int[], ${rows.map((e) => new Date(e.time))}::timestamptz[])
      AS r (registration_id, student_id, lecture_id, payment_id, amount, registered_at)
    LEFT JOIN lecture_view l ON l.lecture_id = r.lecture_id
    ON CONFLICT (registration_id) DO UPDATE SET student_id = EXCLUDED.student_id, lecture_id = EXCLUDED.lecture_id,
      lecture_title = EXCLUDED.lecture_title, payment_id = EXCLUDED.payment_id, amount = EXCLUDED.amount,
      registered_at = EXCLUDED.registered_at,
      status = GREATEST(registration_view.status, EXCLUDED.status), updated_at = now()`;
  const perLecture = new Map<string, number>();
  for (const e of events) perLecture.set(e.data.lectureId, (perLecture.get(e.data.lectureId) ?? 0) + 1);
  await adjustEnrolments(tx, perLecture);
}

export const courseRegistered = policy({
  name: "course-registered",
  from: "registrations",
  event: "CourseRegistered",
  schema: CourseRegistered,
  handle: (event, tx) => addRegistrations([event], tx),
  handleMany: (events, tx) => addRegistrations(events, tx),
});

export const registrationPaid = policy({
  name: "registration-paid",
  from: "registrations",
  event: "RegistrationPaid",
  schema: RegistrationPaid,
  async handle({ data }, tx: Sql) {
    await setRegistrationStatus(tx, data.registrationId, "PAID");
  },
});

export const registrationCanceled = policy({
  name: "registration-canceled",
  from: "registrations",
  event: "RegistrationCanceled",
  schema: RegistrationCanceled,
  async handle({ data }, tx: Sql) {
    await setRegistrationStatus(tx, data.registrationId, "CANCELED");
    await adjustEnrolments(tx, new Map([[data.lectureId, -1]]));
  },
});

export const paymentCompleted = policy({
  name: "payment-completed",
  from: "payments",
  event: "PaymentCompleted",
  schema: PaymentCompleted,
  async handle({ data }, tx: Sql) {
    if (data.purpose === "COURSE_REGISTRATION") await setPaymentStatus(tx, data.reference, data.paymentId, "COMPLETED");
  },
});

export const paymentCanceled = policy({
  name: "payment-canceled",
  from: "payments",
  event: "PaymentCanceled",
  schema: PaymentCanceled,
  async handle({ data }, tx: Sql) {
    if (data.purpose === "COURSE_REGISTRATION") await setPaymentStatus(tx, data.reference, data.paymentId, "CANCELED");
  },
});

async function setRegistrationStatus(tx: Sql, registrationId: string, status: "PAID" | "CANCELED"): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO registration_view (registration_id, status) VALUES (${registrationId}::uuid, ${status}::"RegistrationViewStatus")
    ON CONFLICT (registration_id) DO UPDATE SET status = GREATEST(registration_view.status, EXCLUDED.status), updated_at = now()`;
}

async function setPaymentStatus(tx: Sql, registrationId: string, paymentId: string, status: "COMPLETED" | "CANCELED"): Promise<void> {
  // A payment voided before its registration existed has no registration: nothing to show.
  await tx.$executeRaw`
    INSERT INTO registration_view (registration_id, payment_id, payment_status)
    VALUES (${registrationId}::uuid, ${paymentId}::uuid, ${status}::"PaymentViewStatus")
    ON CONFLICT (registration_id) DO UPDATE SET payment_id = EXCLUDED.payment_id,
      payment_status = GREATEST(registration_view.payment_status, EXCLUDED.payment_status), updated_at = now()`;
}

/** Moves each lecture's enrolment count by its delta, in one statement. */
async function adjustEnrolments(tx: Sql, deltas: ReadonlyMap<string, number>): Promise<void> {
  // In id order, so concurrent transactions lock lecture rows in one order.
  const lectures = [...deltas].sort(([a], [b]) => (a < b ? -1 : 1));
  await tx.$executeRaw`
    INSERT INTO lecture_view (lecture_id, enrolled_count) SELECT * FROM unnest(${lectures.map(([id]) => id)}::uuid[], ${lectures.map(([, n]) => n)}::int[])
    ON CONFLICT (lecture_id) DO UPDATE SET enrolled_count = lecture_view.enrolled_count + EXCLUDED.enrolled_count, updated_at = now()`;
}

export const courseRegistrationPolicies = [
  lectureOpened,
  lectureCanceled,
  courseRegistered,
  registrationPaid,
  registrationCanceled,
  paymentCompleted,
  paymentCanceled,
];
