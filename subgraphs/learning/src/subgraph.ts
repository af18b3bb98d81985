import { readFileSync } from "node:fs";
import { bulkhead, entityLoader, type ContextDefinition, type NoDb } from "@supergraph/platform";
import { LearningError } from "./domain/learning-record.ts";
import { learningEnv } from "./env.ts";
import { findLearningRecords, learningRecordsOfOrders } from "./infra/learning-record-store.ts";
import { cancelLearning, openLearning } from "./policies/course-orders.ts";
import { applyFinalEvaluation, applyInterimEvaluation } from "./policies/evaluations.ts";
import { learningResolvers, type LearningContext } from "./resolvers/index.ts";

const typeDefs = readFileSync(new URL("../schema.graphql", import.meta.url), "utf8");

/**
 * The learning context, for the platform's `runContext`: a record per course order, fed by
 * course-orders' and evaluations' events, started by a learning manager. Its mutations run
 * under the platform's bulkhead, so past its limit it sheds load with LEARNING_OVERLOADED
 * instead of piling up. It reads through SQL only (`prisma: false`).
 */
export const learningSubgraph: ContextDefinition<typeof learningEnv, NoDb, LearningContext> = {
  name: "learning",
  env: learningEnv,
  build: ({ env, sql, transact, clock }) => {
    const admit = bulkhead({
      limit: env.LEARNING_ADMISSION_LIMIT,
      maxWaitMs: env.LEARNING_QUEUE_TIMEOUT_MS,
      busy: () => LearningError.unavailable("LEARNING_OVERLOADED", "Learning is overloaded: nothing was done; try again shortly."),
    });
    return {
      typeDefs,
      resolvers: learningResolvers({ sql, transact, clock, admit }),
      context: (base) => ({
        ...base,
        learningById: entityLoader((ids) => findLearningRecords(sql, ids), (r) => r.id),
        learningByOrder: entityLoader((ids) => learningRecordsOfOrders(sql, ids), (r) => r.orderId),
      }),
      policies: [openLearning, cancelLearning, applyInterimEvaluation, applyFinalEvaluation],
    };
  },
};
