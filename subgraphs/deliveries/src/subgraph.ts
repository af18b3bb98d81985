import { readFileSync } from "node:fs";
import { entityLoader, type ContextDefinition, type NoDb } from "@supergraph/platform";
import { refundDeliveryAnswers } from "./commands/refund-delivery.ts";
import { deliveriesEnv } from "./env.ts";
import { deliveriesOfOrders, findDeliveries } from "./infra/delivery-store.ts";
import { cancelDelivery, startDelivery } from "./policies/order-events.ts";
import { deliveriesResolvers, type DeliveriesContext } from "./resolvers/index.ts";

const typeDefs = readFileSync(new URL("../schema.graphql", import.meta.url), "utf8");

/** The deliveries context, for the platform's `runContext`. It reads through SQL only (`prisma: false`). */
export const deliveriesSubgraph: ContextDefinition<typeof deliveriesEnv, NoDb, DeliveriesContext> = {
  name: "deliveries",
  env: deliveriesEnv,
  build: ({ env, sql, transact, clock }) => ({
    typeDefs,
    resolvers: deliveriesResolvers({ sql, transact, clock }),
    context: (base) => ({
      ...base,
      deliveryById: entityLoader((ids) => findDeliveries(sql, ids), (d) => d.id),
      deliveryOfOrder: entityLoader((ids) => deliveriesOfOrders(sql, ids), (d) => d.orderId),
    }),
    policies: [startDelivery, cancelDelivery],
    answers: refundDeliveryAnswers(transact, clock, env.DELIVERY_LATENCY_MS),
  }),
};
