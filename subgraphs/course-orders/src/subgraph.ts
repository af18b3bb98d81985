import { readFileSync } from "node:fs";
import { entityLoader, type ContextDefinition, type NoDb } from "@supergraph/platform";
import { courseOrdersEnv } from "./env.ts";
import { findCourseOrders } from "./infra/course-order-store.ts";
import { confirmCourseOrder } from "./policies/confirm-course-order.ts";
import { courseOrdersResolvers, type CourseOrdersContext } from "./resolvers/index.ts";

const typeDefs = readFileSync(new URL("../schema.graphql", import.meta.url), "utf8");

/**
 * The course-orders context, for the platform's `runContext`. It reads through SQL only, so it builds
 * no Prisma client (`prisma: false` in topology.ts); give it `createDb` and `prisma: true`
 * for typed queries through Prisma.
 */
export const courseOrdersSubgraph: ContextDefinition<typeof courseOrdersEnv, NoDb, CourseOrdersContext> = {
  name: "course-orders",
  env: courseOrdersEnv,
  build: ({ sql, transact, clock }) => ({
    typeDefs,
    resolvers: courseOrdersResolvers({ transact, clock }),
    context: (base) => ({
      ...base,
      courseOrderById: entityLoader((ids) => findCourseOrders(sql, ids), (t) => t.id),
    }),
    policies: [confirmCourseOrder],
  }),
};
