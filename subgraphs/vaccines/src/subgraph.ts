import { readFileSync } from "node:fs";
import { entityLoader, type ContextDefinition, type NoDb } from "@supergraph/platform";
import { doseAnswers } from "./commands/doses.ts";
import { vaccinesEnv } from "./env.ts";
import { findVaccines } from "./infra/vaccine-store.ts";
import { consumeInjectedDose, releaseAbandonedDose, releaseCanceledDose } from "./policies/doses.ts";
import { vaccinesResolvers, type VaccinesContext } from "./resolvers/index.ts";

const typeDefs = readFileSync(new URL("../schema.graphql", import.meta.url), "utf8");

/** The vaccines context, for the platform's `runContext`. It reads through SQL only (`prisma: false`). */
export const vaccinesSubgraph: ContextDefinition<typeof vaccinesEnv, NoDb, VaccinesContext> = {
  name: "vaccines",
  env: vaccinesEnv,
  build: ({ env, sql, transact, clock }) => ({
    typeDefs,
    resolvers: vaccinesResolvers({ sql, transact, clock }),
    context: (base) => ({
      ...base,
      vaccineById: entityLoader((ids) => findVaccines(sql, ids), (v) => v.id),
    }),
    policies: [consumeInjectedDose, releaseCanceledDose, releaseAbandonedDose],
    answers: doseAnswers(transact, env.DOSE_RESERVATION_LATENCY_MS, env.DOSE_RESERVATION_CAPACITY),
  }),
};
