import { readFileSync } from "node:fs";
import { entityLoader, type ContextDefinition, type NoDb } from "@supergraph/platform";
import { finalScoreAnswers } from "./commands/record-final-score.ts";
import { courseOrdersEnv } from "./env.ts";
import { findCourseOrders } from "./infra/course-order-store.ts";
import { findCourses } from "./infra/course-store.ts";
import { courseOrdersResolvers, type CourseOrdersContext } from "./resolvers/index.ts";

const typeDefs = readFileSync(new URL("../schema.graphql", import.meta.url), "utf8");

/**
 * The course-orders context, for the platform's `runContext`: the seeded catalog, the
 * students' orders, and the answer to `course-orders.recordFinalScore`. It consumes no event:
 * what follows an order (learning, SMS) reacts to its events. It reads through SQL only (`prisma: false`).
 */
export const courseOrdersSubgraph: ContextDefinition<typeof courseOrdersEnv, NoDb, CourseOrdersContext> = {
  name: "course-orders",
  env: courseOrdersEnv,
  build: ({ env, sql, transact, clock }) => ({
    typeDefs,
    resolvers: courseOrdersResolvers({ sql, transact, clock }),
    context: (base) => ({
      ...base,
      courseOrderById: entityLoader((ids) => findCourseOrders(sql, ids), (o) => o.id),
      courseById: entityLoader((ids) => findCourses(sql, ids), (c) => c.id),
    }),
    policies: [],
    answers: finalScoreAnswers(transact, clock, env.FINAL_SCORE_LATENCY_MS),
  }),
};
