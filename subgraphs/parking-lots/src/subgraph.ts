import { readFileSync } from "node:fs";
import { CancelDeliveryErrorCode, type CancelDeliveryRequest, type CancelDeliveryResult } from "@supergraph/contracts/ticket-deliveries";
import { breakerOf, type ContextDefinition, type NoDb } from "@supergraph/platform";
import { parkingLotsEnv } from "./env.ts";
import { allocateSpace } from "./policies/allocate-space.ts";
import { releaseSpace } from "./policies/release-space.ts";
import { parkingLotsResolvers, type ParkingLotsContext } from "./resolvers/index.ts";

const typeDefs = readFileSync(new URL("../schema.graphql", import.meta.url), "utf8");

/** The parking-lots context, for the platform's `runContext`. It reads through SQL only (`prisma: false`). */
export const parkingLotsSubgraph: ContextDefinition<typeof parkingLotsEnv, NoDb, ParkingLotsContext> = {
  name: "parking-lots",
  env: parkingLotsEnv,
  build: ({ env, sql, call }) => {
    const cancelDelivery = call<CancelDeliveryRequest, CancelDeliveryResult>("ticket-deliveries", "cancelDelivery", {
      ...breakerOf(env, "TICKET_CANCEL"),
      unavailable: { code: CancelDeliveryErrorCode.UNAVAILABLE, message: "Ticket deliveries cannot cancel the ticket now; the cancellation is retried later." },
    });
    const capacity = env.PARKING_SPACES_PER_DAY;
    return {
      typeDefs,
      resolvers: parkingLotsResolvers({ sql, capacity }),
      context: (base) => base,
      policies: [allocateSpace(capacity), releaseSpace(capacity, cancelDelivery)],
    };
  },
};
