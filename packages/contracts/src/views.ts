import { z } from "zod";
import { defineEvents, type EventsOf } from "./define.ts";

/*
 * The views context's contract: views publishes only what changes its case timeline (every
 * other read model is pushed through its owners' events). CaseTimelineChanged is recorded once
 * per case each batch of stored events touched, in that case (same correlationid), caused by the
 * batch's last event of the case; the timeline policy stores no CaseTimelineChanged of its own.
 */

/** New events of a case were stored in its timeline; the fields name the latest of them. */
export const CaseTimelineChanged = z.object({
  /** The case: the events' correlationid. */
  caseId: z.string(),
  /** The case's owner as its stored events name them; null when none does (only ADMINs may read it). */
  ownerId: z.string().nullable(),
  /** The latest stored event of the case: its id, type and recording context. */
  eventId: z.string(),
  eventType: z.string(),
  context: z.string(),
});

/** The events the views context publishes. */
export const viewsEvents = defineEvents("views", { CaseTimelineChanged });

export type ViewsEvent = EventsOf<typeof viewsEvents>;
