import { gql } from "urql";

/** A case's timeline, as the screen shows it: read by `caseTimeline`, pushed whole by `caseTimelineChanges`. */
const CASE_TIMELINE_FIELDS = `
  caseId
  ownerId
  hasParked
  events {
    id
    context
    type
    subject
    time
    causationId
    causedBy
    parked
    parkedDetail {
      consumer
      eventId
      eventType
      reason
    }
  }
`;

/** One case's story across every context, from views. */
export const CASE_TIMELINE = gql`
  query CaseTimeline($caseId: ID!) {
    caseTimeline(caseId: $caseId) {
      ${CASE_TIMELINE_FIELDS}
    }
  }
`;

/** A push for each batch of events views stored for the case, with the whole timeline as it is then. */
export const CASE_TIMELINE_CHANGES = gql`
  subscription CaseTimelineChanges($caseId: ID!) {
    caseTimelineChanges(caseId: $caseId) {
      cursor
      timeline {
        ${CASE_TIMELINE_FIELDS}
      }
    }
  }
`;

export interface CaseEvent {
  id: string;
  context: string;
  type: string;
  subject: string;
  time: string;
  causationId: string;
  causedBy: string | null;
  parked: boolean;
  parkedDetail: { consumer: string; eventId: string; eventType: string; reason: string } | null;
}

export interface CaseTimeline {
  caseId: string;
  ownerId: string | null;
  hasParked: boolean;
  events: CaseEvent[];
}

/**
 * Which of two answers for the case to show: the one that came last, unless it holds fewer
 * events (a read answered before a push that arrived first; a case only gains events).
 */
export function laterTimeline(shown: CaseTimeline | null, arrived: CaseTimeline | null): CaseTimeline | null {
  if (!arrived) return shown;
  if (!shown || arrived.events.length >= shown.events.length) return arrived;
  return shown;
}

/** One line of the timeline screen. */
export interface TimelineEntry {
  id: string;
  context: string;
  type: string;
  time: string;
  /** What caused it, in words: a command, or the event of this case before it. */
  cause: string;
  /** For a parked notice: "waiting for an operator: <reason>". */
  notice: string | null;
}

/** The text a parked notice stands out with. */
export const waitingFor = (reason: string) => `waiting for an operator: ${reason}`;

/**
 * The timeline's events as lines, in the order views gives them (causal). A cause that is an
 * event of the case is named by its type and context; any other cause is the command that
 * started this step.
 */
export function timelineEntries(timeline: CaseTimeline): TimelineEntry[] {
  const byId = new Map(timeline.events.map((e) => [e.id, e]));
  return timeline.events.map((e) => {
    const cause = e.causedBy ? byId.get(e.causedBy) : undefined;
    return {
      id: e.id,
      context: e.context,
      type: e.type,
      time: e.time,
      cause: cause ? `${cause.type} (${cause.context})` : "a command",
      notice: e.parked ? waitingFor(e.parkedDetail ? `${e.parkedDetail.consumer} gave up on ${e.parkedDetail.eventType}: ${e.parkedDetail.reason}` : "an event was parked") : null,
    };
  });
}

/**
 * The notices to show above the list while the case waits for an operator (`hasParked`);
 * none once the parked events were replayed, though their notices stay in the list.
 */
export function openNotices(timeline: CaseTimeline): string[] {
  if (!timeline.hasParked) return [];
  return timelineEntries(timeline).flatMap((e) => (e.notice ? [e.notice] : []));
}

/** A time as the screen shows it: date and time of day to the millisecond, UTC. */
export const timeOfDay = (iso: string): string => `${iso.slice(0, 10)} ${iso.slice(11, 23)} UTC`;

/** The web client's paths: the role pages at /app, the Me screen, and one case's timeline. */
export type Screen = { kind: "pages" } | { kind: "me" } | { kind: "timeline"; caseId: string };

export const ME_PATH = "/app/me";
export const timelinePath = (caseId: string) => `/app/cases/${encodeURIComponent(caseId)}`;

export function screenOf(pathname: string): Screen {
  const path = pathname.replace(/\/+$/, "");
  if (path === ME_PATH) return { kind: "me" };
  const timeline = /^\/app\/cases\/([^/]+)$/.exec(path);
  if (timeline) return { kind: "timeline", caseId: decodeURIComponent(timeline[1]!) };
  return { kind: "pages" };
}
