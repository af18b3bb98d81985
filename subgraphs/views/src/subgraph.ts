import { readFileSync } from "node:fs";
import { PrismaPg } from "@prisma/adapter-pg";
import type { BaseContext, ContextDefinition } from "@supergraph/platform";
import { viewsEnv } from "./env.ts";
import { PrismaClient } from "./infra/prisma-client/client.ts";
import { courseRegistrationPolicies } from "./policies/course-registration.ts";
import { viewsResolvers } from "./resolvers/index.ts";

const typeDefs = readFileSync(new URL("../schema.graphql", import.meta.url), "utf8");

/** The views context (read models), for the platform's `runContext`. */
export const viewsSubgraph: ContextDefinition<typeof viewsEnv, PrismaClient, BaseContext> = {
  name: "views",
  env: viewsEnv,
  createDb: (pool) => new PrismaClient({ adapter: new PrismaPg(pool) }),
  build: ({ sql }) => ({
    typeDefs,
    resolvers: viewsResolvers({ sql }),
    context: (base) => base,
    policies: courseRegistrationPolicies,
  }),
};
