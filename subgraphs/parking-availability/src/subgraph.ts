import { readFileSync } from "node:fs";
import type { BaseContext, ContextDefinition, NoDb } from "@supergraph/platform";
import { parkingAvailabilityEnv } from "./env.ts";
import { lotPolicies } from "./policies/lot-events.ts";
import { parkingAvailabilityResolvers } from "./resolvers/index.ts";

const typeDefs = readFileSync(new URL("../schema.graphql", import.meta.url), "utf8");

/**
 * The parking-availability context, for the platform's `runContext`: free spaces per day for
 * residents, public, fed only by the lot's events (it publishes none and calls no context).
 */
export const parkingAvailabilitySubgraph: ContextDefinition<typeof parkingAvailabilityEnv, NoDb, BaseContext> = {
  name: "parking-availability",
  env: parkingAvailabilityEnv,
  build: ({ sql }) => ({
    typeDefs,
    resolvers: parkingAvailabilityResolvers({ sql }),
    context: (base) => base,
    policies: lotPolicies,
  }),
};
