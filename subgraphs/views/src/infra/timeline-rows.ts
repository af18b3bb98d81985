import { platformEvents } from "@supergraph/contracts/platform";
import type { EventEnvelope, Sql } from "@supergraph/platform";

/*
 * The case timeline, in SQL on pg (the table is Prisma's, prisma/views/schema.prisma): one row
 * per event of any context, by its case (correlationid). A batch of events is one INSERT that
 * also answers which cases it touched, with each case's owner and latest event, so the policy
 * records its CaseTimelineChanged notices without another read.
 */

/** Fields of an event's data that name the user whose case it is, in the order they are looked for. */
const OWNER_FIELDS = ["studentId", "customerId", "employeeId", "ownerId", "payerId"] as const;

/** What an EventParked notice says (platformEvents.EventParked), as the timeline keeps it. */
export interface ParkedDetail {
  consumer: string;
  eventId: string;
  eventType: string;
  reason: string;
}

/** A case the stored batch touched: its owner as its events name them, and its latest new event. */
export interface TouchedCase {
  caseId: string;
  ownerId: string | null;
  eventId: string;
  eventType: string;
  context: string;
}

/** The context an event's CloudEvents source `/contexts/<name>` names. */
export const contextOf = (event: Pick<EventEnvelope, "source">) => event.source.slice(event.source.lastIndexOf("/") + 1);

function ownerOf(data: unknown): string | null {
  if (typeof data !== "object" || data === null) return null;
  for (const field of OWNER_FIELDS) {
    const value = (data as Record<string, unknown>)[field];
    if (typeof value === "string" && value !== "") return value;
  }
  return null;
}

/**
 * Stores events (in stream order) in their cases' timelines, each once (a stored id is skipped),
 * and returns the cases that got a new event: one statement for the whole batch.
 */
export async function storeTimelineEvents(tx: Sql, events: readonly EventEnvelope[]): Promise<TouchedCase[]> {
  if (events.length === 0) return [];
  return tx.$queryRawUnsafe<TouchedCase[]>(
    `WITH input AS (
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[], $7::text[], $8::text[], $9::jsonb[])
         WITH ORDINALITY AS t(event_id, case_id, context, type, subject, time, causation_id, owner_id, parked, ord)
     ), stored AS (
       INSERT INTO case_timeline_event (event_id, case_id, context, type, subject, time, causation_id, owner_id, parked)
       SELECT event_id, case_id, context, type, subject, time, causation_id, owner_id, parked FROM input ORDER BY ord
       ON CONFLICT (event_id) DO NOTHING
       RETURNING event_id
     ), touched AS (
       SELECT DISTINCT ON (i.case_id) i.case_id, i.event_id, i.type, i.context FROM input i JOIN stored s USING (event_id) ORDER BY i.case_id, i.ord DESC
     ), owners AS (
       -- Each touched case's earliest event naming an owner: stored before, or in this batch
       -- (the statement's snapshot does not see the rows it inserts). One pass, not one per case.
       -- The stored ones by the case index for the cases as one array: as a join, a table grown
       -- since its last ANALYZE (a backlog) was scanned whole for every batch, 24 ms at 100,000
       -- rows and growing; one probe per case (LATERAL) was estimated so dear that PostgreSQL
       -- compiled it (JIT) every time.
       SELECT DISTINCT ON (o.case_id) o.case_id, o.owner_id FROM (
         SELECT e.case_id, e.owner_id, e.time, e.event_id FROM case_timeline_event e
         WHERE e.case_id = ANY(ARRAY(SELECT case_id FROM touched)) AND e.owner_id IS NOT NULL
         UNION ALL
         SELECT i.case_id, i.owner_id, i.time, i.event_id FROM input i JOIN touched t USING (case_id) WHERE i.owner_id IS NOT NULL
       ) o ORDER BY o.case_id, o.time, o.event_id
     )
     SELECT t.case_id AS "caseId", t.event_id::text AS "eventId", t.type AS "eventType", t.context, o.owner_id AS "ownerId"
     FROM touched t LEFT JOIN owners o USING (case_id)`,
    events.map((e) => e.id),
    events.map((e) => e.correlationid),
    events.map(contextOf),
    events.map((e) => e.type),
    events.map((e) => e.subject),
    events.map((e) => e.time),
    events.map((e) => e.causationid),
    events.map((e) => ownerOf(e.data)),
    events.map((e) => (e.type === platformEvents.EventParked.type ? JSON.stringify(e.data) : null)),
  );
}

/** One stored event of a case, in causal order, with the event of the case that caused it. */
export interface TimelineEventRow {
  id: string;
  context: string;
  type: string;
  subject: string;
  time: Date;
  causationId: string;
  causedBy: string | null;
  ownerId: string | null;
  parkedDetail: ParkedDetail | null;
  /** The order views stored it in. */
  seq: number;
}

/** A case's timeline: its owner (the earliest event naming one), its events in causal order, and whether a parked event waits. */
export interface TimelineRows {
  caseId: string;
  ownerId: string | null;
  events: TimelineEventRow[];
  hasParked: boolean;
}

/** By time; events of the same millisecond (one transaction's, usually) in the order views stored them, then by id. */
const byTime = (a: TimelineEventRow, b: TimelineEventRow) => a.time.getTime() - b.time.getTime() || a.seq - b.seq || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Causal order: an event comes after the event of the case that caused it; among the events
 * whose causes are placed (or are commands), the earliest first (then as stored, then by id). Clocks of
 * different contexts may disagree, so a reaction stamped before its cause still follows it.
 */
export function causalOrder(events: readonly TimelineEventRow[]): TimelineEventRow[] {
  const sorted = [...events].sort(byTime);
  const ids = new Set(sorted.map((e) => e.id));
  const effects = new Map<string, TimelineEventRow[]>();
  const ready: TimelineEventRow[] = [];
  for (const e of sorted) {
    if (e.causedBy !== null && e.causedBy !== e.id && ids.has(e.causedBy)) {
      const list = effects.get(e.causedBy) ?? [];
      list.push(e);
      effects.set(e.causedBy, list);
    } else ready.push(e);
  }
  const ordered: TimelineEventRow[] = [];
  const placed = new Set<string>();
  while (ready.length > 0) {
    const next = ready.shift()!;
    ordered.push(next);
    placed.add(next.id);
    for (const effect of effects.get(next.id) ?? []) {
      // Keep `ready` sorted by time: insert each effect at its place.
      const at = ready.findIndex((r) => byTime(effect, r) < 0);
      ready.splice(at === -1 ? ready.length : at, 0, effect);
    }
  }
  // Only a cycle of causes (no real case has one) leaves events unplaced: by time, at the end.
  return placed.size === sorted.length ? ordered : [...ordered, ...sorted.filter((e) => !placed.has(e.id))];
}

/**
 * Whether a parked event waits: a parked notice after which the context that parked the event
 * (the notice's own context) recorded nothing caused by that event but another notice.
 */
export function hasWaitingParked(events: readonly TimelineEventRow[]): boolean {
  return events.some(
    (notice) =>
      notice.parkedDetail !== null &&
      // A second notice for the same event (a replay that failed again) is no effect.
      !events.some((e) => e.parkedDetail === null && e.causationId === notice.parkedDetail!.eventId && e.context === notice.context && e.time > notice.time),
  );
}

/** The timeline of a case, or null when none of its events arrived. */
export async function caseTimeline(sql: Sql, caseId: string): Promise<TimelineRows | null> {
  const rows = await sql.$queryRaw<(Omit<TimelineEventRow, "causedBy" | "parkedDetail"> & { parked: ParkedDetail | null })[]>`
    SELECT event_id::text AS id, context, type, subject, time, causation_id AS "causationId", owner_id AS "ownerId", parked, seq::float8 AS seq
    FROM case_timeline_event WHERE case_id = ${caseId} ORDER BY time, seq`;
  if (rows.length === 0) return null;
  const ids = new Set(rows.map((r) => r.id));
  const events = causalOrder(
    rows.map(({ parked, ...r }) => ({ ...r, causedBy: ids.has(r.causationId) && r.causationId !== r.id ? r.causationId : null, parkedDetail: parked })),
  );
  return { caseId, ownerId: rows.find((r) => r.ownerId !== null)?.ownerId ?? null, events, hasParked: hasWaitingParked(events) };
}
