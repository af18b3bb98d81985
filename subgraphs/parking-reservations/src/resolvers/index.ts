import { isUuid, mayRead, requireViewer, type BaseContext, type UnitOfWork } from "@supergraph/platform";
import type DataLoader from "dataloader";
import { requestTicketReservation, type RequestTicketReservationInput } from "../commands/request-ticket-reservation.ts";
import type { TicketReservation } from "../domain/ticket-reservation.ts";
import type { Resolvers } from "../generated/graphql.ts";

export interface ParkingReservationsContext extends BaseContext {
  readonly ticketReservationById: DataLoader<string, TicketReservation | null>;
}

export interface ParkingReservationsDeps {
  readonly transact: UnitOfWork;
  readonly clock: () => Date;
}

/** Resolvers check the viewer and translate arguments; the decisions are the domain's. */
export function parkingReservationsResolvers({ transact, clock }: ParkingReservationsDeps) {
  return {
    Query: {
      ticketReservation: async (_: unknown, args: { id: string }, ctx: ParkingReservationsContext) => {
        const viewer = requireViewer(ctx.viewer);
        const found = isUuid(args.id) ? await ctx.ticketReservationById.load(args.id) : null;
        return found && mayRead(viewer, found.ownerId) ? found : null;
      },
    },
    Mutation: {
      requestTicketReservation: (_: unknown, args: { input: RequestTicketReservationInput }, ctx: ParkingReservationsContext) =>
        requestTicketReservation(transact, requireViewer(ctx.viewer).userId, args.input, clock()),
    },
    TicketReservation: {
      __resolveReference: (ref: { id: string }, ctx: ParkingReservationsContext) => (isUuid(ref.id) ? ctx.ticketReservationById.load(ref.id) : null),
      owner: (t: TicketReservation) => ({ __typename: "User" as const, id: t.ownerId }),
      requestedAt: (t: TicketReservation) => t.requestedAt.toISOString(),
      confirmedAt: (t: TicketReservation) => t.confirmedAt?.toISOString() ?? null,
    },
  } satisfies Resolvers<ParkingReservationsContext>;
}
