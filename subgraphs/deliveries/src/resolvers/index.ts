import { isUuid, mayRead, requireViewer, type BaseContext, type UnitOfWork } from "@supergraph/platform";
import type DataLoader from "dataloader";
import { requestDelivery, type RequestDeliveryInput } from "../commands/request-delivery.ts";
import type { Delivery } from "../domain/delivery.ts";
import type { Resolvers } from "../generated/graphql.ts";

export interface DeliveriesContext extends BaseContext {
  readonly deliveryById: DataLoader<string, Delivery | null>;
}

export interface DeliveriesDeps {
  readonly transact: UnitOfWork;
  readonly clock: () => Date;
}

/** Resolvers check the viewer and translate arguments; the decisions are the domain's. */
export function deliveriesResolvers({ transact, clock }: DeliveriesDeps) {
  return {
    Query: {
      delivery: async (_: unknown, args: { id: string }, ctx: DeliveriesContext) => {
        const viewer = requireViewer(ctx.viewer);
        const found = isUuid(args.id) ? await ctx.deliveryById.load(args.id) : null;
        return found && mayRead(viewer, found.ownerId) ? found : null;
      },
    },
    Mutation: {
      requestDelivery: (_: unknown, args: { input: RequestDeliveryInput }, ctx: DeliveriesContext) =>
        requestDelivery(transact, requireViewer(ctx.viewer).userId, args.input, clock()),
    },
    Delivery: {
      __resolveReference: (ref: { id: string }, ctx: DeliveriesContext) => (isUuid(ref.id) ? ctx.deliveryById.load(ref.id) : null),
      owner: (t: Delivery) => ({ __typename: "User" as const, id: t.ownerId }),
      requestedAt: (t: Delivery) => t.requestedAt.toISOString(),
      confirmedAt: (t: Delivery) => t.confirmedAt?.toISOString() ?? null,
    },
  } satisfies Resolvers<DeliveriesContext>;
}
