import { anyEvent } from "@supergraph/contracts/platform";
import { viewsEvents } from "@supergraph/contracts/views";
import { on, policy, type EventEnvelope, type Policy, type RecordEvents, type Sql } from "@supergraph/platform";
import { contextOf, storeTimelineEvents } from "../infra/timeline-rows.ts";

/*
 * The case timeline: every event of every context (durable views-case-timeline on
 * `<ns>.events.*.*`), stored by its case, then one CaseTimelineChanged per case the batch
 * touched, for the live engine. Every event of the supergraph passes here, so a batch is one
 * INSERT (which also answers the touched cases and their owners) and one outbox INSERT for the
 * notices of all the touched cases (recorded in one tick, the unit of work writes them together);
 * an event already stored (a redelivery past the inbox) changes nothing. Views' own notices come
 * back here too (they are events of the supergraph), one per event stored in a backlog: the
 * consumer acknowledges them by their subject, unparsed and without a transaction
 * (`ignoreUnread`), as they would change nothing. A stored row is keyed by its event id,
 * so it is the policy's inbox as well (`ownInbox`: no platform inbox row per event).
 */

/** Views' own notices of a changed timeline: not stored, or each would notify again, for ever. */
const isOwnNotice = (e: EventEnvelope) => e.type === viewsEvents.CaseTimelineChanged.type && contextOf(e) === "views";

async function store(events: readonly EventEnvelope[], tx: Sql, record: RecordEvents): Promise<void> {
  const kept = events.filter((e) => !isOwnNotice(e));
  const touched = await storeTimelineEvents(tx, kept);
  // Each notice has its own case and cause, so its own record call; made in one tick, they share one INSERT.
  await Promise.all(
    touched.map((c) =>
      record(
        [{ type: viewsEvents.CaseTimelineChanged.type, subject: c.caseId, data: { caseId: c.caseId, ownerId: c.ownerId, eventId: c.eventId, eventType: c.eventType, context: c.context } }],
        { correlationId: c.caseId, causationId: c.eventId },
      ),
    ),
  );
}

/** The case timeline's policy: every event of every context, stored by its case (docs/one-graph.md). */
export const timelinePolicies: Policy[] = [
  policy("case-timeline", on(anyEvent), {
    ignoreUnread: [viewsEvents.CaseTimelineChanged],
    // Stored by event id, at most once, notices only for what it stored: the row is the inbox.
    ownInbox: true,
    handle: (event, tx, record) => store([event], tx, record),
    handleMany: (events, tx, record) => store(events, tx, record),
  }),
];
