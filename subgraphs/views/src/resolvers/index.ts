import { requireRole, requireViewer, type BaseContext, type Sql } from "@supergraph/platform";
import type { Resolvers } from "../generated/graphql.ts";
import { enrolmentBoard, registrationBoard } from "../infra/views-store.ts";

export function viewsResolvers({ sql }: { sql: Sql }) {
  return {
    Query: {
      myRegistrationBoard: async (_: unknown, __: unknown, ctx: BaseContext) => {
        const rows = await registrationBoard(sql, requireViewer(ctx.viewer).userId);
        return rows.map((r) => ({ ...r, registeredAt: r.registeredAt.toISOString(), updatedAt: r.updatedAt.toISOString() }));
      },
      myEnrolmentBoard: async (_: unknown, __: unknown, ctx: BaseContext) => {
        const rows = await enrolmentBoard(sql, requireRole(ctx.viewer, "INSTRUCTOR").userId);
        return rows.map((r) => ({ ...r, updatedAt: r.updatedAt.toISOString() }));
      },
    },
  } satisfies Resolvers<BaseContext>;
}
