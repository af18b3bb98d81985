import { readFileSync } from "node:fs";
import { entityLoader, type ContextDefinition, type NoDb } from "@supergraph/platform";
import { cancelDeliveryAnswer } from "./commands/cancel-delivery.ts";
import { ticketDeliveriesEnv } from "./env.ts";
import { findTicketDeliveries, findTicketsOfReservations } from "./infra/ticket-delivery-store.ts";
import { createDelivery } from "./policies/create-delivery.ts";
import { ticketDeliveriesResolvers, type TicketDeliveriesContext } from "./resolvers/index.ts";

const typeDefs = readFileSync(new URL("../schema.graphql", import.meta.url), "utf8");

/** The ticket-deliveries context, for the platform's `runContext`. It reads through SQL only (`prisma: false`). */
export const ticketDeliveriesSubgraph: ContextDefinition<typeof ticketDeliveriesEnv, NoDb, TicketDeliveriesContext> = {
  name: "ticket-deliveries",
  env: ticketDeliveriesEnv,
  build: ({ env, sql, transact, clock }) => ({
    typeDefs,
    resolvers: ticketDeliveriesResolvers({ sql, transact, clock }),
    context: (base) => ({
      ...base,
      ticketDeliveryById: entityLoader((ids) => findTicketDeliveries(sql, ids), (t) => t.id),
      ticketOfReservation: entityLoader((ids) => findTicketsOfReservations(sql, ids), (t) => t.reservationId),
    }),
    policies: [createDelivery],
    answers: { cancelDelivery: cancelDeliveryAnswer({ sql, transact, clock, courierLatencyMs: env.COURIER_LATENCY_MS }) },
  }),
};
