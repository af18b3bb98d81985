import { readFileSync } from "node:fs";
import { entityLoader, type ContextDefinition, type NoDb } from "@supergraph/platform";
import { evaluationsEnv } from "./env.ts";
import { findEvaluations } from "./infra/evaluation-store.ts";
import { confirmEvaluation } from "./policies/confirm-evaluation.ts";
import { evaluationsResolvers, type EvaluationsContext } from "./resolvers/index.ts";

const typeDefs = readFileSync(new URL("../schema.graphql", import.meta.url), "utf8");

/**
 * The evaluations context, for the platform's `runContext`. It reads through SQL only, so it builds
 * no Prisma client (`prisma: false` in topology.ts); give it `createDb` and `prisma: true`
 * for typed queries through Prisma.
 */
export const evaluationsSubgraph: ContextDefinition<typeof evaluationsEnv, NoDb, EvaluationsContext> = {
  name: "evaluations",
  env: evaluationsEnv,
  build: ({ sql, transact, clock }) => ({
    typeDefs,
    resolvers: evaluationsResolvers({ transact, clock }),
    context: (base) => ({
      ...base,
      evaluationById: entityLoader((ids) => findEvaluations(sql, ids), (t) => t.id),
    }),
    policies: [confirmEvaluation],
  }),
};
