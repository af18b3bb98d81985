import { forbidden, mayRead, requireViewer, type BaseContext, type Sql, type Viewer } from "@supergraph/platform";
import { caseTimeline, type TimelineRows } from "../infra/timeline-rows.ts";

/** Whether the viewer may read the case: its owner, or an ADMIN (only ADMINs when no event names an owner). */
const mayReadCase = (viewer: Viewer, timeline: TimelineRows) => (timeline.ownerId === null ? viewer.roles.includes("ADMIN") : mayRead(viewer, timeline.ownerId));

/** `caseTimeline`: every event of one case across every context, in causal order (docs/one-graph.md). */
export function timelineResolvers({ sql }: { sql: Sql }) {
  async function readable(caseId: string, viewer: Viewer | null) {
    const v = requireViewer(viewer);
    const timeline = await caseTimeline(sql, caseId);
    if (timeline === null) return null;
    if (!mayReadCase(v, timeline)) throw forbidden("Only the case's owner or an ADMIN may read its timeline.");
    return {
      id: timeline.caseId,
      caseId: timeline.caseId,
      ownerId: timeline.ownerId,
      hasParked: timeline.hasParked,
      events: timeline.events.map((e) => ({
        id: e.id,
        context: e.context,
        type: e.type,
        subject: e.subject,
        time: e.time.toISOString(),
        causationId: e.causationId,
        causedBy: e.causedBy,
        parked: e.parkedDetail !== null,
        parkedDetail: e.parkedDetail,
      })),
    };
  }
  return {
    Query: {
      caseTimeline: (_: unknown, { caseId }: { caseId: string }, ctx: BaseContext) => readable(caseId, ctx.viewer),
    },
    CaseTimeline: {
      __resolveReference: ({ id }: { id: string }, ctx: BaseContext) => readable(id, ctx.viewer),
    },
  };
}
