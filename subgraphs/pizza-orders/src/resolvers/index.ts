import { isUuid, mayRead, requireRole, requireViewer, type BaseContext, type Viewer } from "@supergraph/platform";
import type DataLoader from "dataloader";
import { cancelPizzaOrder } from "../commands/cancel-pizza-order.ts";
import { payPizzaOrder, type PayPizzaOrderDeps } from "../commands/pay-pizza-order.ts";
import { placePizzaOrder, type PlacePizzaOrderInput } from "../commands/place-pizza-order.ts";
import { PizzaOrderError, type Pizza, type PizzaOrder, type PizzaOrderLine } from "../domain/pizza-order.ts";
import type { Resolvers } from "../generated/graphql.ts";
import { menu, pizzaOrdersOf } from "../infra/pizza-order-store.ts";

export interface PizzaOrdersContext extends BaseContext {
  readonly pizzaOrderById: DataLoader<string, PizzaOrder | null>;
  readonly pizzaById: DataLoader<string, Pizza | null>;
}

export type PizzaOrdersDeps = PayPizzaOrderDeps;

/** The customer's own, or any for a courier (who carries it) or an ADMIN. */
const mayReadOrder = (viewer: Viewer, o: PizzaOrder) => mayRead(viewer, o.customerId) || viewer.roles.includes("COURIER");
const visible = (ctx: PizzaOrdersContext, o: PizzaOrder | null) => (o && ctx.viewer && mayReadOrder(ctx.viewer, o) ? o : null);
const iso = (d: Date | null) => d?.toISOString() ?? null;
const notFound = () => PizzaOrderError.refuse("PIZZA_ORDER_NOT_FOUND", "No pizza order with that id.");

/** Resolvers check the viewer and translate arguments; the decisions are the domain's. */
export function pizzaOrdersResolvers(deps: PizzaOrdersDeps) {
  const { sql, transact, clock } = deps;
  return {
    Query: {
      pizzaMenu: () => menu(sql),
      pizzaOrder: async (_: unknown, args: { id: string }, ctx: PizzaOrdersContext) => {
        requireViewer(ctx.viewer);
        return isUuid(args.id) ? visible(ctx, await ctx.pizzaOrderById.load(args.id)) : null;
      },
      myPizzaOrders: (_: unknown, __: unknown, ctx: PizzaOrdersContext) => pizzaOrdersOf(sql, requireViewer(ctx.viewer).userId),
    },
    Mutation: {
      placePizzaOrder: (_: unknown, args: { input: PlacePizzaOrderInput }, ctx: PizzaOrdersContext) =>
        placePizzaOrder(deps, requireRole(ctx.viewer, "CUSTOMER").userId, args.input, clock()),
      payPizzaOrder: (_: unknown, args: { id: string }, ctx: PizzaOrdersContext) => {
        const viewer = requireRole(ctx.viewer, "CUSTOMER");
        if (!isUuid(args.id)) throw notFound();
        return payPizzaOrder(deps, args.id, viewer.userId);
      },
      cancelPizzaOrder: (_: unknown, args: { id: string }, ctx: PizzaOrdersContext) => {
        const viewer = requireViewer(ctx.viewer);
        if (!isUuid(args.id)) throw notFound();
        return cancelPizzaOrder(transact, args.id, viewer, clock());
      },
    },
    PizzaOrder: {
      __resolveReference: async (ref: { id: string }, ctx: PizzaOrdersContext) => (isUuid(ref.id) ? visible(ctx, await ctx.pizzaOrderById.load(ref.id)) : null),
      customer: (o: PizzaOrder) => ({ __typename: "User" as const, id: o.customerId }),
      lines: (o: PizzaOrder) => [...o.lines],
      payment: (o: PizzaOrder) => (o.paymentId ? { __typename: "Payment" as const, id: o.paymentId } : null),
      placedAt: (o: PizzaOrder) => o.placedAt.toISOString(),
      paidAt: (o: PizzaOrder) => iso(o.paidAt),
      canceledAt: (o: PizzaOrder) => iso(o.canceledAt),
      deliveredAt: (o: PizzaOrder) => iso(o.deliveredAt),
    },
    PizzaOrderLine: {
      // Pizza types are never deleted from the menu; the fallback only keeps the field non-null should one be.
      pizza: async (l: PizzaOrderLine, _: unknown, ctx: PizzaOrdersContext) =>
        (await ctx.pizzaById.load(l.pizzaId)) ?? { id: l.pizzaId, name: l.name, description: "", price: l.unitPrice },
    },
    Pizza: {
      __resolveReference: (ref: { id: string }, ctx: PizzaOrdersContext) => (isUuid(ref.id) ? ctx.pizzaById.load(ref.id) : null),
    },
    User: {
      __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
      pizzaOrders: (user: { id: string }, _: unknown, ctx: PizzaOrdersContext) =>
        ctx.viewer && mayRead(ctx.viewer, user.id) && isUuid(user.id) ? pizzaOrdersOf(sql, user.id) : [],
    },
  } satisfies Resolvers<PizzaOrdersContext>;
}
