import { isUuid, mayRead, requireRole, requireViewer, type BaseContext, type Sql } from "@supergraph/platform";
import type DataLoader from "dataloader";
import { requestPizzaRefund, type RequestPizzaRefundDeps, type RequestPizzaRefundInput } from "../commands/request-pizza-refund.ts";
import type { PizzaRefund } from "../domain/pizza-refund.ts";
import type { Resolvers } from "../generated/graphql.ts";
import { refundsOfCustomer } from "../infra/pizza-refund-store.ts";

export interface RefundsContext extends BaseContext {
  readonly pizzaRefundById: DataLoader<string, PizzaRefund | null>;
  /** The latest refund of an order, by order id. */
  readonly latestRefundOfOrder: DataLoader<string, PizzaRefund | null>;
}

export interface RefundsDeps extends RequestPizzaRefundDeps {
  readonly sql: Sql;
  readonly clock: () => Date;
}

/** The customer's own, or any for an ADMIN. */
const visible = (ctx: RefundsContext, r: PizzaRefund | null) => (r && ctx.viewer && mayRead(ctx.viewer, r.customerId) ? r : null);
const iso = (d: Date | null) => d?.toISOString() ?? null;

/** Resolvers check the viewer and translate arguments; the decisions are the domain's. */
export function refundsResolvers(deps: RefundsDeps) {
  const { sql, clock } = deps;
  return {
    Query: {
      pizzaRefund: async (_: unknown, args: { id: string }, ctx: RefundsContext) => {
        requireViewer(ctx.viewer);
        return isUuid(args.id) ? visible(ctx, await ctx.pizzaRefundById.load(args.id)) : null;
      },
      myPizzaRefunds: (_: unknown, __: unknown, ctx: RefundsContext) => refundsOfCustomer(sql, requireViewer(ctx.viewer).userId),
    },
    Mutation: {
      requestPizzaRefund: (_: unknown, args: { input: RequestPizzaRefundInput }, ctx: RefundsContext) =>
        requestPizzaRefund(deps, requireRole(ctx.viewer, "CUSTOMER").userId, args.input, clock()),
    },
    PizzaRefund: {
      __resolveReference: async (ref: { id: string }, ctx: RefundsContext) => (isUuid(ref.id) ? visible(ctx, await ctx.pizzaRefundById.load(ref.id)) : null),
      order: (r: PizzaRefund) => ({ id: r.orderId }),
      customer: (r: PizzaRefund) => ({ __typename: "User" as const, id: r.customerId }),
      delivery: (r: PizzaRefund) => ({ __typename: "Delivery" as const, id: r.deliveryId }),
      final: (r: PizzaRefund) => r.status === "COMPLETED",
      requestedAt: (r: PizzaRefund) => r.requestedAt.toISOString(),
      canceledAt: (r: PizzaRefund) => iso(r.canceledAt),
      completedAt: (r: PizzaRefund) => iso(r.completedAt),
    },
    PizzaOrder: {
      __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
      refund: async (order: { id: string }, _: unknown, ctx: RefundsContext) => (isUuid(order.id) ? visible(ctx, await ctx.latestRefundOfOrder.load(order.id)) : null),
    },
  } satisfies Resolvers<RefundsContext>;
}
