import { readFileSync } from "node:fs";
import { entityLoader, type ContextDefinition, type NoDb } from "@supergraph/platform";
import { learningEnv } from "./env.ts";
import { findLearningRecords } from "./infra/learning-record-store.ts";
import { confirmLearningRecord } from "./policies/confirm-learning-record.ts";
import { learningResolvers, type LearningContext } from "./resolvers/index.ts";

const typeDefs = readFileSync(new URL("../schema.graphql", import.meta.url), "utf8");

/**
 * The learning context, for the platform's `runContext`. It reads through SQL only, so it builds
 * no Prisma client (`prisma: false` in topology.ts); give it `createDb` and `prisma: true`
 * for typed queries through Prisma.
 */
export const learningSubgraph: ContextDefinition<typeof learningEnv, NoDb, LearningContext> = {
  name: "learning",
  env: learningEnv,
  build: ({ sql, transact, clock }) => ({
    typeDefs,
    resolvers: learningResolvers({ transact, clock }),
    context: (base) => ({
      ...base,
      learningRecordById: entityLoader((ids) => findLearningRecords(sql, ids), (t) => t.id),
    }),
    policies: [confirmLearningRecord],
  }),
};
