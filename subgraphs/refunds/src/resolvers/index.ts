import { isUuid, mayRead, requireViewer, type BaseContext, type UnitOfWork } from "@supergraph/platform";
import type DataLoader from "dataloader";
import { requestPizzaRefund, type RequestPizzaRefundInput } from "../commands/request-pizza-refund.ts";
import type { PizzaRefund } from "../domain/pizza-refund.ts";
import type { Resolvers } from "../generated/graphql.ts";

export interface RefundsContext extends BaseContext {
  readonly pizzaRefundById: DataLoader<string, PizzaRefund | null>;
}

export interface RefundsDeps {
  readonly transact: UnitOfWork;
  readonly clock: () => Date;
}

/** Resolvers check the viewer and translate arguments; the decisions are the domain's. */
export function refundsResolvers({ transact, clock }: RefundsDeps) {
  return {
    Query: {
      pizzaRefund: async (_: unknown, args: { id: string }, ctx: RefundsContext) => {
        const viewer = requireViewer(ctx.viewer);
        const found = isUuid(args.id) ? await ctx.pizzaRefundById.load(args.id) : null;
        return found && mayRead(viewer, found.ownerId) ? found : null;
      },
    },
    Mutation: {
      requestPizzaRefund: (_: unknown, args: { input: RequestPizzaRefundInput }, ctx: RefundsContext) =>
        requestPizzaRefund(transact, requireViewer(ctx.viewer).userId, args.input, clock()),
    },
    PizzaRefund: {
      __resolveReference: (ref: { id: string }, ctx: RefundsContext) => (isUuid(ref.id) ? ctx.pizzaRefundById.load(ref.id) : null),
      owner: (t: PizzaRefund) => ({ __typename: "User" as const, id: t.ownerId }),
      requestedAt: (t: PizzaRefund) => t.requestedAt.toISOString(),
      confirmedAt: (t: PizzaRefund) => t.confirmedAt?.toISOString() ?? null,
    },
  } satisfies Resolvers<RefundsContext>;
}
