import { readFileSync } from "node:fs";
import { entityLoader, type ContextDefinition, type NoDb } from "@supergraph/platform";
import { parkingAvailabilityEnv } from "./env.ts";
import { findDayAvailabilitys } from "./infra/day-availability-store.ts";
import { confirmDayAvailability } from "./policies/confirm-day-availability.ts";
import { parkingAvailabilityResolvers, type ParkingAvailabilityContext } from "./resolvers/index.ts";

const typeDefs = readFileSync(new URL("../schema.graphql", import.meta.url), "utf8");

/**
 * The parking-availability context, for the platform's `runContext`. It reads through SQL only, so it builds
 * no Prisma client (`prisma: false` in topology.ts); give it `createDb` and `prisma: true`
 * for typed queries through Prisma.
 */
export const parkingAvailabilitySubgraph: ContextDefinition<typeof parkingAvailabilityEnv, NoDb, ParkingAvailabilityContext> = {
  name: "parking-availability",
  env: parkingAvailabilityEnv,
  build: ({ sql, transact, clock }) => ({
    typeDefs,
    resolvers: parkingAvailabilityResolvers({ transact, clock }),
    context: (base) => ({
      ...base,
      dayAvailabilityById: entityLoader((ids) => findDayAvailabilitys(sql, ids), (t) => t.id),
    }),
    policies: [confirmDayAvailability],
  }),
};
