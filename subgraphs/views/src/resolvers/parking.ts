import { requireViewer, type BaseContext, type Sql } from "@supergraph/platform";
import { parkingReservationBoard } from "../infra/parking-rows.ts";

/** The employee's parking board: their own rows only, whatever their role. */
export function parkingResolvers({ sql }: { sql: Sql }) {
  return {
    Query: {
      myParkingReservations: async (_: unknown, __: unknown, ctx: BaseContext) => {
        const rows = await parkingReservationBoard(sql, requireViewer(ctx.viewer).userId);
        return rows.map((r) => ({ ...r, reservedAt: r.reservedAt.toISOString(), updatedAt: r.updatedAt.toISOString() }));
      },
    },
  };
}
