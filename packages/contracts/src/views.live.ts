import { changedBy, defineLiveStatus } from "./define.live.ts";
import { viewsEvents } from "./views.ts";

/**
 * A case's timeline, pushed to the case's owner (or an ADMIN) each time views stored new events
 * of the case: one change per batch of stored events, naming the latest of them; the timeline in
 * it is the whole case as views holds it then. From views' own CaseTimelineChanged.
 */
export const caseTimelineLiveStatus = defineLiveStatus({
  owner: "views",
  entity: {
    type: "CaseTimeline",
    query: "caseTimeline",
    idArgument: "caseId",
    field: "timeline",
    description: "The case's timeline as it is now (every stored event, in causal order).",
  },
  change: {
    type: "CaseTimelineChange",
    description: "New events of a case arrived in its timeline.",
    fields: {
      eventId: { type: "ID!", description: "The latest of the events stored with this change." },
      eventType: { type: "String!", description: "Its event type, e.g. `PizzaRefunded` or `EventParked`." },
      context: { type: "String!", description: "The context that recorded it." },
    },
  },
  sources: [
    changedBy(viewsEvents.CaseTimelineChanged, (e) => ({ id: e.caseId, ownerId: e.ownerId, fields: { eventId: e.eventId, eventType: e.eventType, context: e.context } })),
  ],
  subscriptions: {
    caseTimelineChanges: { kind: "byId", argument: "caseId", description: "Changes of one case's timeline: yours, or any as ADMIN." },
  },
});
