import { z } from "zod";
import { defineEvents, type EventsOf } from "./define.ts";

/** A signed-in user requested a learning record. */
export const LearningRecordRequested = z.object({
  learningRecordId: z.uuid(),
  ownerId: z.uuid(),
  title: z.string(),
});

/** The learning context confirmed a requested learning record. */
export const LearningRecordConfirmed = z.object({
  learningRecordId: z.uuid(),
  ownerId: z.uuid(),
});

/** The events the learning context publishes. */
export const learningRecordEvents = defineEvents("learning", { LearningRecordRequested, LearningRecordConfirmed });

export type LearningRecordEvent = EventsOf<typeof learningRecordEvents>;
