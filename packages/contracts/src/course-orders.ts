import { z } from "zod";
import { defineEvents, type EventsOf } from "./define.ts";

/** A signed-in user requested a course order. */
export const CourseOrderRequested = z.object({
  courseOrderId: z.uuid(),
  ownerId: z.uuid(),
  title: z.string(),
});

/** The course-orders context confirmed a requested course order. */
export const CourseOrderConfirmed = z.object({
  courseOrderId: z.uuid(),
  ownerId: z.uuid(),
});

/** The events the course-orders context publishes. */
export const courseOrderEvents = defineEvents("course-orders", { CourseOrderRequested, CourseOrderConfirmed });

export type CourseOrderEvent = EventsOf<typeof courseOrderEvents>;
