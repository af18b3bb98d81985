import { readFileSync } from "node:fs";
import type { BaseContext, ContextDefinition, NoDb } from "@supergraph/platform";
import { viewsEnv } from "./env.ts";
import { courseRegistrationPolicies } from "./policies/course-registration.ts";
import { parkingPolicies } from "./policies/parking.ts";
import { viewsResolvers } from "./resolvers/index.ts";
import { parkingResolvers } from "./resolvers/parking.ts";
import { vaccinationPolicies } from "./policies/vaccination.ts";
import { vaccinationResolvers } from "./resolvers/vaccination.ts";
import { onlineStudyPolicies } from "./policies/online-study.ts";
import { onlineStudyResolvers } from "./resolvers/online-study.ts";
import { pizzaPolicies } from "./policies/pizza.ts";
import { pizzaResolvers } from "./resolvers/pizza.ts";
import { overviewResolvers } from "./resolvers/overview.ts";
import { timelinePolicies } from "./policies/timeline.ts";
import { timelineResolvers } from "./resolvers/timeline.ts";

const typeDefs = readFileSync(new URL("../schema.graphql", import.meta.url), "utf8");

/** The views context (read models), for the platform's `runContext`. */
export const viewsSubgraph: ContextDefinition<typeof viewsEnv, NoDb, BaseContext> = {
  name: "views",
  env: viewsEnv,
  build: ({ sql }) => {
    const timeline = timelineResolvers({ sql });
    return {
      typeDefs,
      // One read model per system, each with its own resolvers and policies; the overview
      // reads them all, the timeline keeps every context's events by case.
      resolvers: {
        ...timeline,
        Query: {
          ...viewsResolvers({ sql }).Query,
          ...parkingResolvers({ sql }).Query,
          ...vaccinationResolvers({ sql }).Query,
          ...onlineStudyResolvers({ sql }).Query,
          ...pizzaResolvers({ sql }).Query,
          ...overviewResolvers({ sql }).Query,
          ...timeline.Query,
        },
      },
      context: (base) => base,
      policies: [...courseRegistrationPolicies, ...parkingPolicies, ...vaccinationPolicies, ...onlineStudyPolicies, ...pizzaPolicies, ...timelinePolicies],
    };
  },
};
