import { isUuid, mayRead, requireViewer, type BaseContext, type UnitOfWork } from "@supergraph/platform";
import type DataLoader from "dataloader";
import { requestCoupon, type RequestCouponInput } from "../commands/request-coupon.ts";
import type { Coupon } from "../domain/coupon.ts";
import type { Resolvers } from "../generated/graphql.ts";

export interface CouponsContext extends BaseContext {
  readonly couponById: DataLoader<string, Coupon | null>;
}

export interface CouponsDeps {
  readonly transact: UnitOfWork;
  readonly clock: () => Date;
}

/** Resolvers check the viewer and translate arguments; the decisions are the domain's. */
export function couponsResolvers({ transact, clock }: CouponsDeps) {
  return {
    Query: {
      coupon: async (_: unknown, args: { id: string }, ctx: CouponsContext) => {
        const viewer = requireViewer(ctx.viewer);
        const found = isUuid(args.id) ? await ctx.couponById.load(args.id) : null;
        return found && mayRead(viewer, found.ownerId) ? found : null;
      },
    },
    Mutation: {
      requestCoupon: (_: unknown, args: { input: RequestCouponInput }, ctx: CouponsContext) =>
        requestCoupon(transact, requireViewer(ctx.viewer).userId, args.input, clock()),
    },
    Coupon: {
      __resolveReference: (ref: { id: string }, ctx: CouponsContext) => (isUuid(ref.id) ? ctx.couponById.load(ref.id) : null),
      owner: (t: Coupon) => ({ __typename: "User" as const, id: t.ownerId }),
      requestedAt: (t: Coupon) => t.requestedAt.toISOString(),
      confirmedAt: (t: Coupon) => t.confirmedAt?.toISOString() ?? null,
    },
  } satisfies Resolvers<CouponsContext>;
}
