import { z } from "zod";
import { defineEvents } from "./define.ts";

/**
 * What the platform itself publishes about events, from any context (publisher "*"):
 * `EventParked` when a consumer gives up on an event and parks it as a dead letter. It
 * belongs to the parked event's case (same `correlationid`, caused by the parked event), so
 * the case timeline shows why a step of the case has not happened (a refund that waits for an
 * operator's replay).
 */
export const platformEvents = defineEvents("*", {
  EventParked: z.object({
    /** The durable consumer, `<context>-<policy>`, that gave up. */
    consumer: z.string(),
    eventId: z.string(),
    eventType: z.string(),
    reason: z.string(),
  }),
});

/**
 * Every event of every context, for a policy that keeps all of them (the case timeline in
 * views): its durable consumer filters on `<ns>.events.*.*` and takes any event type, its data
 * as an object of unknown fields.
 */
export const anyEvent = defineEvents("*", { "*": z.record(z.string(), z.unknown()) })["*"];
