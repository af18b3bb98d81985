import { isUuid, mayRead, requireViewer, type BaseContext, type UnitOfWork } from "@supergraph/platform";
import type DataLoader from "dataloader";
import { requestTicketDelivery, type RequestTicketDeliveryInput } from "../commands/request-ticket-delivery.ts";
import type { TicketDelivery } from "../domain/ticket-delivery.ts";
import type { Resolvers } from "../generated/graphql.ts";

export interface TicketDeliveriesContext extends BaseContext {
  readonly ticketDeliveryById: DataLoader<string, TicketDelivery | null>;
}

export interface TicketDeliveriesDeps {
  readonly transact: UnitOfWork;
  readonly clock: () => Date;
}

/** Resolvers check the viewer and translate arguments; the decisions are the domain's. */
export function ticketDeliveriesResolvers({ transact, clock }: TicketDeliveriesDeps) {
  return {
    Query: {
      ticketDelivery: async (_: unknown, args: { id: string }, ctx: TicketDeliveriesContext) => {
        const viewer = requireViewer(ctx.viewer);
        const found = isUuid(args.id) ? await ctx.ticketDeliveryById.load(args.id) : null;
        return found && mayRead(viewer, found.ownerId) ? found : null;
      },
    },
    Mutation: {
      requestTicketDelivery: (_: unknown, args: { input: RequestTicketDeliveryInput }, ctx: TicketDeliveriesContext) =>
        requestTicketDelivery(transact, requireViewer(ctx.viewer).userId, args.input, clock()),
    },
    TicketDelivery: {
      __resolveReference: (ref: { id: string }, ctx: TicketDeliveriesContext) => (isUuid(ref.id) ? ctx.ticketDeliveryById.load(ref.id) : null),
      owner: (t: TicketDelivery) => ({ __typename: "User" as const, id: t.ownerId }),
      requestedAt: (t: TicketDelivery) => t.requestedAt.toISOString(),
      confirmedAt: (t: TicketDelivery) => t.confirmedAt?.toISOString() ?? null,
    },
  } satisfies Resolvers<TicketDeliveriesContext>;
}
