/** Operations and checks of the case timeline e2e tests (docs/one-graph.md, "The case timeline"). */
import { type GraphQLResponse, type Stack, waitFor } from "@supergraph/testkit";

export const CASE_TIMELINE = `query CaseTimeline($caseId: ID!) { caseTimeline(caseId: $caseId) {
  id caseId ownerId hasParked
  events { id context type subject time causationId causedBy parked parkedDetail { consumer eventId eventType reason } }
} }`;

export const CASE_TIMELINE_CHANGES = `subscription CaseTimelineChanges($caseId: ID!, $after: String) { caseTimelineChanges(caseId: $caseId, after: $after) {
  cursor eventId eventType context occurredAt
  timeline { id ownerId hasParked events { id type context causedBy } }
} }`;

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
  id: string;
  caseId: string;
  ownerId: string | null;
  hasParked: boolean;
  events: CaseEvent[];
}

export const readTimeline = (stack: Stack, caseId: string, token?: string) => stack.gql<{ caseTimeline: CaseTimeline | null }>(CASE_TIMELINE, { caseId }, token);

/** Waits until the case's timeline, read through the router, passes `accept`. */
export function timelineWhere(stack: Stack, caseId: string, token: string, what: string, accept: (t: CaseTimeline) => boolean, timeoutMs = 30_000): Promise<CaseTimeline> {
  return waitFor(
    `the timeline of ${caseId} to show ${what}`,
    async () => {
      const res = await readTimeline(stack, caseId, token);
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      const t = res.data?.caseTimeline;
      return t && accept(t) ? t : null;
    },
    timeoutMs,
    100,
  );
}

/** `<context> <type>` of each event, in the timeline's order. */
export const steps = (t: { events: { context: string; type: string }[] }) => t.events.map((e) => `${e.context} ${e.type}`);

/** Events placed before the event that caused them (none in a causal order). */
export function causesAfterEffects(t: { events: { id: string; causedBy: string | null }[] }): string[] {
  const at = new Map(t.events.map((e, i) => [e.id, i]));
  return t.events.filter((e, i) => e.causedBy !== null && !(at.get(e.causedBy)! < i)).map((e) => e.id);
}

export const codeOf = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.code;
