import { z } from "zod";
import { defineEvents, type EventsOf } from "./define.ts";

/** An instructor opened a lecture for registration. */
export const LectureOpened = z.object({
  lectureId: z.uuid(),
  instructorId: z.uuid(),
  title: z.string(),
  price: z.number().int().nonnegative(),
  capacity: z.number().int().positive(),
});

/** An instructor canceled an opened lecture; its registrations are to be canceled. */
export const LectureCanceled = z.object({
  lectureId: z.uuid(),
  instructorId: z.uuid(),
});

/**
 * The lecture's enrolment count changed (a registration counted or uncounted). The count is
 * the one the API shows (`Lecture.enrolledCount`); copies elsewhere follow this event.
 */
export const EnrolmentChanged = z.object({
  lectureId: z.uuid(),
  instructorId: z.uuid(),
  enrolledCount: z.number().int(),
});

/** The events the lectures context publishes. */
export const lectureEvents = defineEvents("lectures", { LectureOpened, LectureCanceled, EnrolmentChanged });

export type LectureEvent = EventsOf<typeof lectureEvents>;
