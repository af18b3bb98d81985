import { readFileSync } from "node:fs";
import { entityLoader, type ContextDefinition, type NoDb } from "@supergraph/platform";
import { deliveriesEnv } from "./env.ts";
import { findDeliverys } from "./infra/delivery-store.ts";
import { confirmDelivery } from "./policies/confirm-delivery.ts";
import { deliveriesResolvers, type DeliveriesContext } from "./resolvers/index.ts";

const typeDefs = readFileSync(new URL("../schema.graphql", import.meta.url), "utf8");

/**
 * The deliveries context, for the platform's `runContext`. It reads through SQL only, so it builds
 * no Prisma client (`prisma: false` in topology.ts); give it `createDb` and `prisma: true`
 * for typed queries through Prisma.
 */
export const deliveriesSubgraph: ContextDefinition<typeof deliveriesEnv, NoDb, DeliveriesContext> = {
  name: "deliveries",
  env: deliveriesEnv,
  build: ({ sql, transact, clock }) => ({
    typeDefs,
    resolvers: deliveriesResolvers({ transact, clock }),
    context: (base) => ({
      ...base,
      deliveryById: entityLoader((ids) => findDeliverys(sql, ids), (t) => t.id),
    }),
    policies: [confirmDelivery],
  }),
};
