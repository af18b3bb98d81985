import { requireViewer, type BaseContext, type Sql } from "@supergraph/platform";
import { pizzaOrderBoard } from "../infra/pizza-rows.ts";

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** The customer's pizza order board: their own orders only, whatever their role. */
export function pizzaResolvers({ sql }: { sql: Sql }) {
  return {
    Query: {
      myPizzaOrderBoard: async (_: unknown, __: unknown, ctx: BaseContext) => {
        const rows = await pizzaOrderBoard(sql, requireViewer(ctx.viewer).userId);
        return rows.map((r) => ({ ...r, placedAt: r.placedAt.toISOString(), deliveredAt: iso(r.deliveredAt), updatedAt: r.updatedAt.toISOString() }));
      },
    },
  };
}
