import { anyEvent } from "@supergraph/contracts/platform";
import { viewsEvents } from "@supergraph/contracts/views";
import { on, policy, type EventEnvelope, type Policy, type RecordEvents, type Sql } from "@supergraph/platform";
import { contextOf, storeTimelineEvents } from "../infra/timeline-rows.ts";

/*
 * The case timeline: every event of every context (durable views-case-timeline on
 * `<ns>.events.*.*`), stored by its case, then one CaseTimelineChanged per case the batch
 * touched, for the live engine. Every event of the supergraph passes here, so a batch is one
 * INSERT (which also answers the touched cases and their owners) and one outbox insert per
 * touched case; an event already stored (a redelivery past the inbox) changes nothing.
 */

/** Views' own notices of a changed timeline: not stored, or each would notify again, for ever. */
const isOwnNotice = (e: EventEnvelope) => e.type === viewsEvents.CaseTimelineChanged.type && contextOf(e) === "views";

async function store(events: readonly EventEnvelope[], tx: Sql, record: RecordEvents): Promise<void> {
  const kept = events.filter((e) => !isOwnNotice(e));
  const touched = await storeTimelineEvents(tx, kept);
  for (const c of touched) {
    await record([{ type: viewsEvents.CaseTimelineChanged.type, subject: c.caseId, data: { caseId: c.caseId, ownerId: c.ownerId, eventId: c.eventId, eventType: c.eventType, context: c.context } }], { correlationId: c.caseId, causationId: c.eventId });
  }
}

/** The case timeline's policy: every event of every context, stored by its case (docs/one-graph.md). */
export const timelinePolicies: Policy[] = [
  policy("case-timeline", on(anyEvent), {
    handle: (event, tx, record) => store([event], tx, record),
    handleMany: (events, tx, record) => store(events, tx, record),
  }),
];
