import { readFileSync } from "node:fs";
import { entityLoader, type ContextDefinition, type NoDb } from "@supergraph/platform";
import { parkingReservationsEnv } from "./env.ts";
import { findTicketReservations } from "./infra/ticket-reservation-store.ts";
import { confirmTicketReservation } from "./policies/confirm-ticket-reservation.ts";
import { parkingReservationsResolvers, type ParkingReservationsContext } from "./resolvers/index.ts";

const typeDefs = readFileSync(new URL("../schema.graphql", import.meta.url), "utf8");

/**
 * The parking-reservations context, for the platform's `runContext`. It reads through SQL only, so it builds
 * no Prisma client (`prisma: false` in topology.ts); give it `createDb` and `prisma: true`
 * for typed queries through Prisma.
 */
export const parkingReservationsSubgraph: ContextDefinition<typeof parkingReservationsEnv, NoDb, ParkingReservationsContext> = {
  name: "parking-reservations",
  env: parkingReservationsEnv,
  build: ({ sql, transact, clock }) => ({
    typeDefs,
    resolvers: parkingReservationsResolvers({ transact, clock }),
    context: (base) => ({
      ...base,
      ticketReservationById: entityLoader((ids) => findTicketReservations(sql, ids), (t) => t.id),
    }),
    policies: [confirmTicketReservation],
  }),
};
