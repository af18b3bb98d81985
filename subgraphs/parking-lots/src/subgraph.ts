import { readFileSync } from "node:fs";
import { entityLoader, type ContextDefinition, type NoDb } from "@supergraph/platform";
import { parkingLotsEnv } from "./env.ts";
import { findParkingLots } from "./infra/parking-lot-store.ts";
import { confirmParkingLot } from "./policies/confirm-parking-lot.ts";
import { parkingLotsResolvers, type ParkingLotsContext } from "./resolvers/index.ts";

const typeDefs = readFileSync(new URL("../schema.graphql", import.meta.url), "utf8");

/**
 * The parking-lots context, for the platform's `runContext`. It reads through SQL only, so it builds
 * no Prisma client (`prisma: false` in topology.ts); give it `createDb` and `prisma: true`
 * for typed queries through Prisma.
 */
export const parkingLotsSubgraph: ContextDefinition<typeof parkingLotsEnv, NoDb, ParkingLotsContext> = {
  name: "parking-lots",
  env: parkingLotsEnv,
  build: ({ sql, transact, clock }) => ({
    typeDefs,
    resolvers: parkingLotsResolvers({ transact, clock }),
    context: (base) => ({
      ...base,
      parkingLotById: entityLoader((ids) => findParkingLots(sql, ids), (t) => t.id),
    }),
    policies: [confirmParkingLot],
  }),
};
