import { readFileSync } from "node:fs";
import { entityLoader, sharedLookup, type ContextDefinition } from "@supergraph/platform";
import { PrismaPg } from "@prisma/adapter-pg";
import { lecturesEnv } from "./env.ts";
import { findLectures } from "./infra/lecture-store.ts";
import { PrismaClient } from "./infra/prisma-client/client.ts";
import { countRegistration, uncountRegistration } from "./policies/enrolment.ts";
import { lecturesResolvers, type LecturesContext } from "./resolvers/index.ts";

const typeDefs = readFileSync(new URL("../schema.graphql", import.meta.url), "utf8");

/** The lectures context, for the platform's `runContext`. */
export const lecturesSubgraph: ContextDefinition<typeof lecturesEnv, PrismaClient, LecturesContext> = {
  name: "lectures",
  env: lecturesEnv,
  createDb: (pool) => new PrismaClient({ adapter: new PrismaPg(pool) }),
  build: ({ db, sql, transact, clock }) => {
    // The router asks for lectures by id more than for anything else here (the lecture of
    // every registration): concurrent requests share one statement.
    const findShared = sharedLookup((ids) => findLectures(sql, ids), (l) => l.id);
    return {
      typeDefs,
      resolvers: lecturesResolvers({ db, transact, clock }),
      context: (base) => ({
        ...base,
        lectureById: entityLoader(findShared, (l) => l.id),
      }),
      policies: [countRegistration, uncountRegistration],
    };
  },
};
