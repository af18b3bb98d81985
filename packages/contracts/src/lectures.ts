import { z } from "zod";

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

/** The lecture's enrolment count changed (a registration counted or uncounted). */
export const EnrolmentChanged = z.object({
  lectureId: z.uuid(),
  instructorId: z.uuid(),
  enrolledCount: z.number().int(),
});

export const lectureEvents = { LectureOpened, LectureCanceled, EnrolmentChanged } as const;

export type LectureEvent =
  | { type: "LectureOpened"; subject: string; data: z.infer<typeof LectureOpened> }
  | { type: "LectureCanceled"; subject: string; data: z.infer<typeof LectureCanceled> }
  | { type: "EnrolmentChanged"; subject: string; data: z.infer<typeof EnrolmentChanged> };
