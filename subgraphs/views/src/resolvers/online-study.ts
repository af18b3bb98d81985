import { requireViewer, type BaseContext, type Sql } from "@supergraph/platform";
import { myLearningRows } from "../infra/online-study-rows.ts";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The student's "my learning": their own course orders only, whatever their role. */
export function onlineStudyResolvers({ sql }: { sql: Sql }) {
  return {
    Query: {
      myLearning: async (_: unknown, __: unknown, ctx: BaseContext) => {
        const rows = await myLearningRows(sql, requireViewer(ctx.viewer).userId);
        return rows.map((r) => ({
          ...r,
          orderedAt: r.orderedAt.toISOString(),
          startedAt: iso(r.startedAt),
          completedAt: iso(r.completedAt),
          canceledAt: iso(r.canceledAt),
          canceled: r.orderStatus === "CANCELED",
          updatedAt: r.updatedAt.toISOString(),
        }));
      },
    },
  };
}
