import { lectureEvents } from "@supergraph/contracts/lectures";
import { paymentEvents } from "@supergraph/contracts/payments";
import { registrationEvents } from "@supergraph/contracts/registrations";
import { on, policy, type EnvelopeOf, type Sql } from "@supergraph/platform";
import {
  addRegistrationRows,
  cancelLectureRow,
  lockLectureRows,
  openLectureRow,
  recountEnrolments,
  setPaymentStatus,
  setRegistrationStatuses,
} from "../infra/course-registration-rows.ts";

/*
 * The course-registration read model: the student's registration board and the
 * instructor's enrolment board, built only from events (views calls no other context).
 */

export const lectureOpened = policy("lecture-opened", on(lectureEvents.LectureOpened), {
  async handle({ data }, tx) {
    await openLectureRow(tx, data);
  },
});

export const lectureCanceled = policy("lecture-canceled", on(lectureEvents.LectureCanceled), {
  async handle({ data }, tx) {
    await cancelLectureRow(tx, data.lectureId, data.instructorId);
  },
});

type Registered = EnvelopeOf<typeof registrationEvents.CourseRegistered>;
type Canceled = EnvelopeOf<typeof registrationEvents.RegistrationCanceled>;

/** Registrations' rows and their lectures' enrolment, set based: a few statements for any number of events. */
async function addRegistrations(events: readonly Registered[], tx: Sql): Promise<void> {
  const lectures = await lockLectureRows(tx, events.map((e) => e.data.lectureId));
  await addRegistrationRows(tx, events.map((e) => ({ ...e.data, registeredAt: new Date(e.time) })));
  await recountEnrolments(tx, lectures);
}

async function cancelRegistrations(events: readonly Canceled[], tx: Sql): Promise<void> {
  const lectures = await lockLectureRows(tx, events.map((e) => e.data.lectureId));
  await setRegistrationStatuses(tx, events.map((e) => e.data.registrationId), "CANCELED");
  await recountEnrolments(tx, lectures);
}

export const courseRegistered = policy("course-registered", on(registrationEvents.CourseRegistered), {
  handle: (event, tx) => addRegistrations([event], tx),
  handleMany: (events, tx) => addRegistrations(events, tx),
});

export const registrationPaid = policy("registration-paid", on(registrationEvents.RegistrationPaid), {
  async handle({ data }, tx) {
    await setRegistrationStatuses(tx, [data.registrationId], "PAID");
  },
});

export const registrationCanceled = policy("registration-canceled", on(registrationEvents.RegistrationCanceled), {
  handle: (event, tx) => cancelRegistrations([event], tx),
  handleMany: (events, tx) => cancelRegistrations(events, tx),
});

export const paymentCompleted = policy("payment-completed", on(paymentEvents.PaymentCompleted), {
  async handle({ data }, tx) {
    if (data.purpose === "COURSE_REGISTRATION") await setPaymentStatus(tx, data.reference, data.paymentId, "COMPLETED");
  },
});

export const paymentCanceled = policy("payment-canceled", on(paymentEvents.PaymentCanceled), {
  async handle({ data }, tx) {
    if (data.purpose === "COURSE_REGISTRATION") await setPaymentStatus(tx, data.reference, data.paymentId, "CANCELED");
  },
});

export const courseRegistrationPolicies = [
  lectureOpened,
  lectureCanceled,
  courseRegistered,
  registrationPaid,
  registrationCanceled,
  paymentCompleted,
  paymentCanceled,
];
