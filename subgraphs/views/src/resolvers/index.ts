import { requireRole, requireViewer, type BaseContext } from "@supergraph/platform";
import type { ViewsTx } from "../infra/views-store.ts";

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function viewsResolvers({ db }: { db: ViewsTx }) {
  return {
    Query: {
      myRegistrationBoard: async (_: unknown, __: unknown, ctx: BaseContext) => {
        const viewer = requireViewer(ctx.viewer);
        const rows = await db.registrationView.findMany({
          where: { studentId: viewer.userId },
          orderBy: [{ registeredAt: "desc" }, { registrationId: "asc" }],
          take: 500,
        });
        return rows.map((r) => ({ ...r, registeredAt: iso(r.registeredAt), updatedAt: r.updatedAt.toISOString() }));
      },
      myEnrolmentBoard: async (_: unknown, __: unknown, ctx: BaseContext) => {
        const viewer = requireRole(ctx.viewer, "INSTRUCTOR");
        const rows = await db.lectureView.findMany({ where: { instructorId: viewer.userId }, orderBy: { lectureId: "asc" } });
        return rows.map((r) => ({ ...r, updatedAt: r.updatedAt.toISOString() }));
      },
    },
  };
}
