import { readFileSync } from "node:fs";
import { entityLoader, type ContextDefinition, type NoDb } from "@supergraph/platform";
import { ticketDeliveriesEnv } from "./env.ts";
import { findTicketDeliverys } from "./infra/ticket-delivery-store.ts";
import { confirmTicketDelivery } from "./policies/confirm-ticket-delivery.ts";
import { ticketDeliveriesResolvers, type TicketDeliveriesContext } from "./resolvers/index.ts";

const typeDefs = readFileSync(new URL("../schema.graphql", import.meta.url), "utf8");

/**
 * The ticket-deliveries context, for the platform's `runContext`. It reads through SQL only, so it builds
 * no Prisma client (`prisma: false` in topology.ts); give it `createDb` and `prisma: true`
 * for typed queries through Prisma.
 */
export const ticketDeliveriesSubgraph: ContextDefinition<typeof ticketDeliveriesEnv, NoDb, TicketDeliveriesContext> = {
  name: "ticket-deliveries",
  env: ticketDeliveriesEnv,
  build: ({ sql, transact, clock }) => ({
    typeDefs,
    resolvers: ticketDeliveriesResolvers({ transact, clock }),
    context: (base) => ({
      ...base,
      ticketDeliveryById: entityLoader((ids) => findTicketDeliverys(sql, ids), (t) => t.id),
    }),
    policies: [confirmTicketDelivery],
  }),
};
