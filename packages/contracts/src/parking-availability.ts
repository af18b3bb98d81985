import { z } from "zod";
import { defineEvents, type EventsOf } from "./define.ts";

/** A signed-in user requested a day availability. */
export const DayAvailabilityRequested = z.object({
  dayAvailabilityId: z.uuid(),
  ownerId: z.uuid(),
  title: z.string(),
});

/** The parking-availability context confirmed a requested day availability. */
export const DayAvailabilityConfirmed = z.object({
  dayAvailabilityId: z.uuid(),
  ownerId: z.uuid(),
});

/** The events the parking-availability context publishes. */
export const dayAvailabilityEvents = defineEvents("parking-availability", { DayAvailabilityRequested, DayAvailabilityConfirmed });

export type DayAvailabilityEvent = EventsOf<typeof dayAvailabilityEvents>;
