import { readFileSync } from "node:fs";
import { entityLoader, type ContextDefinition, type NoDb } from "@supergraph/platform";
import { couponsEnv } from "./env.ts";
import { couponsOfOrders, findCoupons } from "./infra/order-coupon-store.ts";
import { issueCoupon, restoreCoupon, revokeCoupon } from "./policies/order-coupon.ts";
import { couponsResolvers, type CouponsContext } from "./resolvers/index.ts";

const typeDefs = readFileSync(new URL("../schema.graphql", import.meta.url), "utf8");

/** The coupons context, for the platform's `runContext`: coupons change by events only. It reads through SQL only (`prisma: false`). */
export const couponsSubgraph: ContextDefinition<typeof couponsEnv, NoDb, CouponsContext> = {
  name: "coupons",
  env: couponsEnv,
  build: ({ sql }) => ({
    typeDefs,
    resolvers: couponsResolvers({ sql }),
    context: (base) => ({
      ...base,
      couponById: entityLoader((ids) => findCoupons(sql, ids), (c) => c.couponId),
      couponOfOrder: entityLoader((ids) => couponsOfOrders(sql, ids), (c) => c.orderId),
    }),
    policies: [issueCoupon, revokeCoupon, restoreCoupon],
  }),
};
