import { z } from "zod";
import { defineEvents, type EventsOf } from "./define.ts";

/** A signed-in user requested a {{thingText}}. */
export const {{Thing}}Requested = z.object({
  {{thingCamel}}Id: z.uuid(),
  ownerId: z.uuid(),
  title: z.string(),
});

/** The {{name}} context confirmed a requested {{thingText}}. */
export const {{Thing}}Confirmed = z.object({
  {{thingCamel}}Id: z.uuid(),
  ownerId: z.uuid(),
});

/** The events the {{name}} context publishes. */
export const {{thingCamel}}Events = defineEvents("{{name}}", { {{Thing}}Requested, {{Thing}}Confirmed });

export type {{Thing}}Event = EventsOf<typeof {{thingCamel}}Events>;
