import { z } from "zod";
import { defineEvents, type EventsOf } from "./define.ts";

/** Why a registration was canceled. */
export const CancellationReason = z.enum(["STUDENT_CANCELED", "LECTURE_CANCELED"]);

/** A student registered for a lecture, its payment already charged. */
export const CourseRegistered = z.object({
  registrationId: z.uuid(),
  lectureId: z.uuid(),
  studentId: z.uuid(),
  paymentId: z.uuid(),
  amount: z.number().int().nonnegative(),
});

/** The registration's payment was confirmed by the payments context: it is now paid. */
export const RegistrationPaid = z.object({
  registrationId: z.uuid(),
  lectureId: z.uuid(),
  studentId: z.uuid(),
  paymentId: z.uuid(),
});

/** A registration was canceled; its payment is to be canceled and its seat freed. */
export const RegistrationCanceled = z.object({
  registrationId: z.uuid(),
  lectureId: z.uuid(),
  studentId: z.uuid(),
  paymentId: z.uuid(),
  reason: CancellationReason,
});

/**
 * A registration attempt was given up after its payment call failed or timed out; any
 * charge made for it (the reference is the registration id) is to be voided.
 */
export const RegistrationAbandoned = z.object({
  registrationId: z.uuid(),
  lectureId: z.uuid(),
  studentId: z.uuid(),
});

/** The events the registrations context publishes. */
export const registrationEvents = defineEvents("registrations", { CourseRegistered, RegistrationPaid, RegistrationCanceled, RegistrationAbandoned });

export type RegistrationEvent = EventsOf<typeof registrationEvents>;
