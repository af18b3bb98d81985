import { isUuid, mayRead, requireViewer, type BaseContext, type UnitOfWork } from "@supergraph/platform";
import type DataLoader from "dataloader";
import { requestParkingLot, type RequestParkingLotInput } from "../commands/request-parking-lot.ts";
import type { ParkingLot } from "../domain/parking-lot.ts";
import type { Resolvers } from "../generated/graphql.ts";

export interface ParkingLotsContext extends BaseContext {
  readonly parkingLotById: DataLoader<string, ParkingLot | null>;
}

export interface ParkingLotsDeps {
  readonly transact: UnitOfWork;
  readonly clock: () => Date;
}

/** Resolvers check the viewer and translate arguments; the decisions are the domain's. */
export function parkingLotsResolvers({ transact, clock }: ParkingLotsDeps) {
  return {
    Query: {
      parkingLot: async (_: unknown, args: { id: string }, ctx: ParkingLotsContext) => {
        const viewer = requireViewer(ctx.viewer);
        const found = isUuid(args.id) ? await ctx.parkingLotById.load(args.id) : null;
        return found && mayRead(viewer, found.ownerId) ? found : null;
      },
    },
    Mutation: {
      requestParkingLot: (_: unknown, args: { input: RequestParkingLotInput }, ctx: ParkingLotsContext) =>
        requestParkingLot(transact, requireViewer(ctx.viewer).userId, args.input, clock()),
    },
    ParkingLot: {
      __resolveReference: (ref: { id: string }, ctx: ParkingLotsContext) => (isUuid(ref.id) ? ctx.parkingLotById.load(ref.id) : null),
      owner: (t: ParkingLot) => ({ __typename: "User" as const, id: t.ownerId }),
      requestedAt: (t: ParkingLot) => t.requestedAt.toISOString(),
      confirmedAt: (t: ParkingLot) => t.confirmedAt?.toISOString() ?? null,
    },
  } satisfies Resolvers<ParkingLotsContext>;
}
