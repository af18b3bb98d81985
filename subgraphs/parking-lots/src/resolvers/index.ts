import { ParkingDate } from "@supergraph/contracts/parking-reservations";
import { isUuid, mayRead, requireRole, requireViewer, type BaseContext, type Sql, type Viewer } from "@supergraph/platform";
import { ParkingLotError, type ParkingDay, type ParkingLot } from "../domain/parking-lot.ts";
import type { Resolvers } from "../generated/graphql.ts";
import { findDay, findLot, findLotOfReservation } from "../infra/parking-lot-store.ts";

export type ParkingLotsContext = BaseContext;

export interface ParkingLotsDeps {
  readonly sql: Sql;
  /** PARKING_SPACES_PER_DAY: the capacity of a day no one reserved yet. */
  readonly capacity: number;
}

const mayReadLot = (viewer: Viewer, lot: ParkingLot) => mayRead(viewer, lot.employeeId) || viewer.roles.includes("PARKING_MANAGER");

/** Resolvers check the viewer and translate arguments; the decisions are the domain's. */
export function parkingLotsResolvers({ sql, capacity }: ParkingLotsDeps) {
  return {
    Query: {
      parkingDay: (_: unknown, args: { date: string }, ctx: ParkingLotsContext) => {
        requireRole(ctx.viewer, "PARKING_MANAGER", "ADMIN");
        if (!ParkingDate.safeParse(args.date).success) throw ParkingLotError.refuse("INVALID_DATE", "The date must be a calendar date written YYYY-MM-DD.");
        return findDay(sql, args.date, capacity);
      },
      parkingLotOfReservation: async (_: unknown, args: { reservationId: string }, ctx: ParkingLotsContext) => {
        const viewer = requireViewer(ctx.viewer);
        const lot = isUuid(args.reservationId) ? await findLotOfReservation(sql, args.reservationId) : null;
        return lot && mayReadLot(viewer, lot) ? lot : null;
      },
    },
    ParkingLot: {
      __resolveReference: async (ref: { id: string }, ctx: ParkingLotsContext) => {
        const lot = ctx.viewer && isUuid(ref.id) ? await findLot(sql, ref.id) : null;
        return lot && ctx.viewer && mayReadLot(ctx.viewer, lot) ? lot : null;
      },
      reservation: (lot: ParkingLot) => ({ __typename: "TicketReservation" as const, id: lot.reservationId }),
      employee: (lot: ParkingLot) => ({ __typename: "User" as const, id: lot.employeeId }),
      decidedAt: (lot: ParkingLot) => lot.decidedAt.toISOString(),
      vacatedAt: (lot: ParkingLot) => lot.vacatedAt?.toISOString() ?? null,
    },
    ParkingDay: {
      free: (day: ParkingDay) => day.capacity - day.occupied,
    },
  } satisfies Resolvers<ParkingLotsContext>;
}
