import { readFileSync } from "node:fs";
import { entityLoader, type ContextDefinition, type NoDb } from "@supergraph/platform";
import { refundsEnv } from "./env.ts";
import { findPizzaRefunds } from "./infra/pizza-refund-store.ts";
import { confirmPizzaRefund } from "./policies/confirm-pizza-refund.ts";
import { refundsResolvers, type RefundsContext } from "./resolvers/index.ts";

const typeDefs = readFileSync(new URL("../schema.graphql", import.meta.url), "utf8");

/**
 * The refunds context, for the platform's `runContext`. It reads through SQL only, so it builds
 * no Prisma client (`prisma: false` in topology.ts); give it `createDb` and `prisma: true`
 * for typed queries through Prisma.
 */
export const refundsSubgraph: ContextDefinition<typeof refundsEnv, NoDb, RefundsContext> = {
  name: "refunds",
  env: refundsEnv,
  build: ({ sql, transact, clock }) => ({
    typeDefs,
    resolvers: refundsResolvers({ transact, clock }),
    context: (base) => ({
      ...base,
      pizzaRefundById: entityLoader((ids) => findPizzaRefunds(sql, ids), (t) => t.id),
    }),
    policies: [confirmPizzaRefund],
  }),
};
