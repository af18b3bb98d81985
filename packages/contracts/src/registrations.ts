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

/** The registration is paid: recorded with CourseRegistered, since a registration is written only after its charge completed. */
export const RegistrationPaid = z.object({
  registrationId: z.uuid(),
  lectureId: z.uuid(),
  studentId: z.uuid(),
  paymentId: z.uuid(),
});

/** A registration was canceled and its seat freed (its refund is asked of payments by a PaymentCancellationRequested in the same transaction). */
export const RegistrationCanceled = z.object({
  registrationId: z.uuid(),
  lectureId: z.uuid(),
  studentId: z.uuid(),
  paymentId: z.uuid(),
  reason: CancellationReason,
});

/**
 * A registration attempt was given up after its payment call failed or timed out; any
 * charge made for it (the reference is the registration id) is voided through the
 * PaymentCancellationRequested recorded with it.
 */
export const RegistrationAbandoned = z.object({
  registrationId: z.uuid(),
  lectureId: z.uuid(),
  studentId: z.uuid(),
});

/** The events the registrations context publishes. */
export const registrationEvents = defineEvents("registrations", { CourseRegistered, RegistrationPaid, RegistrationCanceled, RegistrationAbandoned });

export type RegistrationEvent = EventsOf<typeof registrationEvents>;
