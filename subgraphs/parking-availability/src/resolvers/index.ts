import { isUuid, mayRead, requireViewer, type BaseContext, type UnitOfWork } from "@supergraph/platform";
import type DataLoader from "dataloader";
import { requestDayAvailability, type RequestDayAvailabilityInput } from "../commands/request-day-availability.ts";
import type { DayAvailability } from "../domain/day-availability.ts";
import type { Resolvers } from "../generated/graphql.ts";

export interface ParkingAvailabilityContext extends BaseContext {
  readonly dayAvailabilityById: DataLoader<string, DayAvailability | null>;
}

export interface ParkingAvailabilityDeps {
  readonly transact: UnitOfWork;
  readonly clock: () => Date;
}

/** Resolvers check the viewer and translate arguments; the decisions are the domain's. */
export function parkingAvailabilityResolvers({ transact, clock }: ParkingAvailabilityDeps) {
  return {
    Query: {
      dayAvailability: async (_: unknown, args: { id: string }, ctx: ParkingAvailabilityContext) => {
        const viewer = requireViewer(ctx.viewer);
        const found = isUuid(args.id) ? await ctx.dayAvailabilityById.load(args.id) : null;
        return found && mayRead(viewer, found.ownerId) ? found : null;
      },
    },
    Mutation: {
      requestDayAvailability: (_: unknown, args: { input: RequestDayAvailabilityInput }, ctx: ParkingAvailabilityContext) =>
        requestDayAvailability(transact, requireViewer(ctx.viewer).userId, args.input, clock()),
    },
    DayAvailability: {
      __resolveReference: (ref: { id: string }, ctx: ParkingAvailabilityContext) => (isUuid(ref.id) ? ctx.dayAvailabilityById.load(ref.id) : null),
      owner: (t: DayAvailability) => ({ __typename: "User" as const, id: t.ownerId }),
      requestedAt: (t: DayAvailability) => t.requestedAt.toISOString(),
      confirmedAt: (t: DayAvailability) => t.confirmedAt?.toISOString() ?? null,
    },
  } satisfies Resolvers<ParkingAvailabilityContext>;
}
