import { readFileSync } from "node:fs";
import { entityLoader, type ContextDefinition, type NoDb } from "@supergraph/platform";
import { injectionStatusAnswer } from "./commands/injection-status.ts";
import { injectionsEnv } from "./env.ts";
import { findInjections, findInjectionsOfBookings } from "./infra/injection-store.ts";
import { cancelInjection, scheduleInjection } from "./policies/booking-injections.ts";
import { injectionsResolvers, type InjectionsContext } from "./resolvers/index.ts";

const typeDefs = readFileSync(new URL("../schema.graphql", import.meta.url), "utf8");

/** The injections context, for the platform's `runContext`. It reads through SQL only (`prisma: false`). */
export const injectionsSubgraph: ContextDefinition<typeof injectionsEnv, NoDb, InjectionsContext> = {
  name: "injections",
  env: injectionsEnv,
  build: ({ sql, transact, clock }) => ({
    typeDefs,
    resolvers: injectionsResolvers({ sql, transact, clock }),
    context: (base) => ({
      ...base,
      injectionById: entityLoader((ids) => findInjections(sql, ids), (i) => i.id),
      injectionOfBooking: entityLoader((ids) => findInjectionsOfBookings(sql, ids), (i) => i.bookingId),
    }),
    policies: [scheduleInjection, cancelInjection],
    answers: { injectionStatus: injectionStatusAnswer(sql) },
  }),
};
