import { isUuid, mayRead, requireViewer, type BaseContext, type UnitOfWork } from "@supergraph/platform";
import type DataLoader from "dataloader";
import { requestPizzaOrder, type RequestPizzaOrderInput } from "../commands/request-pizza-order.ts";
import type { PizzaOrder } from "../domain/pizza-order.ts";
import type { Resolvers } from "../generated/graphql.ts";

export interface PizzaOrdersContext extends BaseContext {
  readonly pizzaOrderById: DataLoader<string, PizzaOrder | null>;
}

export interface PizzaOrdersDeps {
  readonly transact: UnitOfWork;
  readonly clock: () => Date;
}

/** Resolvers check the viewer and translate arguments; the decisions are the domain's. */
export function pizzaOrdersResolvers({ transact, clock }: PizzaOrdersDeps) {
  return {
    Query: {
      pizzaOrder: async (_: unknown, args: { id: string }, ctx: PizzaOrdersContext) => {
        const viewer = requireViewer(ctx.viewer);
        const found = isUuid(args.id) ? await ctx.pizzaOrderById.load(args.id) : null;
        return found && mayRead(viewer, found.ownerId) ? found : null;
      },
    },
    Mutation: {
      requestPizzaOrder: (_: unknown, args: { input: RequestPizzaOrderInput }, ctx: PizzaOrdersContext) =>
        requestPizzaOrder(transact, requireViewer(ctx.viewer).userId, args.input, clock()),
    },
    PizzaOrder: {
      __resolveReference: (ref: { id: string }, ctx: PizzaOrdersContext) => (isUuid(ref.id) ? ctx.pizzaOrderById.load(ref.id) : null),
      owner: (t: PizzaOrder) => ({ __typename: "User" as const, id: t.ownerId }),
      requestedAt: (t: PizzaOrder) => t.requestedAt.toISOString(),
      confirmedAt: (t: PizzaOrder) => t.confirmedAt?.toISOString() ?? null,
    },
  } satisfies Resolvers<PizzaOrdersContext>;
}
