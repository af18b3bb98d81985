import { readFileSync } from "node:fs";
import { entityLoader, type ContextDefinition, type NoDb } from "@supergraph/platform";
import { parkingReservationsEnv } from "./env.ts";
import { findTicketReservations } from "./infra/ticket-reservation-store.ts";
import { recordAllocation, recordDelivery, recordRefusal } from "./policies/lot-and-delivery-outcomes.ts";
import { parkingReservationsResolvers, type ParkingReservationsContext } from "./resolvers/index.ts";

const typeDefs = readFileSync(new URL("../schema.graphql", import.meta.url), "utf8");

/** The parking-reservations context, for the platform's `runContext`. It reads through SQL only (`prisma: false`). */
export const parkingReservationsSubgraph: ContextDefinition<typeof parkingReservationsEnv, NoDb, ParkingReservationsContext> = {
  name: "parking-reservations",
  env: parkingReservationsEnv,
  build: ({ sql, transact, clock }) => ({
    typeDefs,
    resolvers: parkingReservationsResolvers({ sql, transact, clock }),
    context: (base) => ({
      ...base,
      ticketReservationById: entityLoader((ids) => findTicketReservations(sql, ids), (t) => t.id),
    }),
    policies: [recordAllocation, recordRefusal, recordDelivery],
  }),
};
