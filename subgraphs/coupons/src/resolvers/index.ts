import { isUuid, mayRead, requireViewer, type BaseContext, type Sql } from "@supergraph/platform";
import type DataLoader from "dataloader";
import type { Coupon } from "../domain/coupon.ts";
import type { Resolvers } from "../generated/graphql.ts";
import { couponsOfCustomer } from "../infra/order-coupon-store.ts";

export interface CouponsContext extends BaseContext {
  readonly couponById: DataLoader<string, Coupon | null>;
  /** The coupon of an order, by order id. */
  readonly couponOfOrder: DataLoader<string, Coupon | null>;
}

/** The customer's own, or any for an ADMIN. */
const visible = (ctx: CouponsContext, c: Coupon | null) => (c && ctx.viewer && mayRead(ctx.viewer, c.customerId) ? c : null);

/** Resolvers check the viewer and translate arguments; coupons change only by events. */
export function couponsResolvers({ sql }: { sql: Sql }) {
  return {
    Query: {
      myCoupons: (_: unknown, __: unknown, ctx: CouponsContext) => couponsOfCustomer(sql, requireViewer(ctx.viewer).userId),
      coupon: async (_: unknown, args: { id: string }, ctx: CouponsContext) => {
        requireViewer(ctx.viewer);
        return isUuid(args.id) ? visible(ctx, await ctx.couponById.load(args.id)) : null;
      },
    },
    Coupon: {
      __resolveReference: async (ref: { id: string }, ctx: CouponsContext) => (isUuid(ref.id) ? visible(ctx, await ctx.couponById.load(ref.id)) : null),
      id: (c: Coupon) => c.couponId,
      order: (c: Coupon) => ({ id: c.orderId }),
      customer: (c: Coupon) => ({ __typename: "User" as const, id: c.customerId }),
      issuedAt: (c: Coupon) => c.issuedAt.toISOString(),
      revokedAt: (c: Coupon) => c.revokedAt?.toISOString() ?? null,
    },
    PizzaOrder: {
      __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
      coupon: async (order: { id: string }, _: unknown, ctx: CouponsContext) => (isUuid(order.id) ? visible(ctx, await ctx.couponOfOrder.load(order.id)) : null),
    },
  } satisfies Resolvers<CouponsContext>;
}
