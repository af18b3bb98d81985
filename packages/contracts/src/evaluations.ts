import { z } from "zod";
import { defineEvents, type EventsOf } from "./define.ts";

/** A signed-in user requested a evaluation. */
export const EvaluationRequested = z.object({
  evaluationId: z.uuid(),
  ownerId: z.uuid(),
  title: z.string(),
});

/** The evaluations context confirmed a requested evaluation. */
export const EvaluationConfirmed = z.object({
  evaluationId: z.uuid(),
  ownerId: z.uuid(),
});

/** The events the evaluations context publishes. */
export const evaluationEvents = defineEvents("evaluations", { EvaluationRequested, EvaluationConfirmed });

export type EvaluationEvent = EventsOf<typeof evaluationEvents>;
