import { readFileSync } from "node:fs";
import { entityLoader, type ContextDefinition, type NoDb } from "@supergraph/platform";
import { couponsEnv } from "./env.ts";
import { findCoupons } from "./infra/coupon-store.ts";
import { confirmCoupon } from "./policies/confirm-coupon.ts";
import { couponsResolvers, type CouponsContext } from "./resolvers/index.ts";

const typeDefs = readFileSync(new URL("../schema.graphql", import.meta.url), "utf8");

/**
 * The coupons context, for the platform's `runContext`. It reads through SQL only, so it builds
 * no Prisma client (`prisma: false` in topology.ts); give it `createDb` and `prisma: true`
 * for typed queries through Prisma.
 */
export const couponsSubgraph: ContextDefinition<typeof couponsEnv, NoDb, CouponsContext> = {
  name: "coupons",
  env: couponsEnv,
  build: ({ sql, transact, clock }) => ({
    typeDefs,
    resolvers: couponsResolvers({ transact, clock }),
    context: (base) => ({
      ...base,
      couponById: entityLoader((ids) => findCoupons(sql, ids), (t) => t.id),
    }),
    policies: [confirmCoupon],
  }),
};
