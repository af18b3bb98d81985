import { readFileSync } from "node:fs";
import { entityLoader, type ContextDefinition, type NoDb } from "@supergraph/platform";
import { pizzaOrdersEnv } from "./env.ts";
import { findPizzaOrders } from "./infra/pizza-order-store.ts";
import { confirmPizzaOrder } from "./policies/confirm-pizza-order.ts";
import { pizzaOrdersResolvers, type PizzaOrdersContext } from "./resolvers/index.ts";

const typeDefs = readFileSync(new URL("../schema.graphql", import.meta.url), "utf8");

/**
 * The pizza-orders context, for the platform's `runContext`. It reads through SQL only, so it builds
 * no Prisma client (`prisma: false` in topology.ts); give it `createDb` and `prisma: true`
 * for typed queries through Prisma.
 */
export const pizzaOrdersSubgraph: ContextDefinition<typeof pizzaOrdersEnv, NoDb, PizzaOrdersContext> = {
  name: "pizza-orders",
  env: pizzaOrdersEnv,
  build: ({ sql, transact, clock }) => ({
    typeDefs,
    resolvers: pizzaOrdersResolvers({ transact, clock }),
    context: (base) => ({
      ...base,
      pizzaOrderById: entityLoader((ids) => findPizzaOrders(sql, ids), (t) => t.id),
    }),
    policies: [confirmPizzaOrder],
  }),
};
