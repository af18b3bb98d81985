import { readFileSync } from "node:fs";
import { entityLoader, type ContextDefinition, type NoDb } from "@supergraph/platform";
import { {{nameCamel}}Env } from "./env.ts";
import { find{{Thing}}s } from "./infra/{{thing}}-store.ts";
import { confirm{{Thing}} } from "./policies/confirm-{{thing}}.ts";
import { {{nameCamel}}Resolvers, type {{Name}}Context } from "./resolvers/index.ts";

const typeDefs = readFileSync(new URL("../schema.graphql", import.meta.url), "utf8");

/**
 * The {{name}} context, for the platform's `runContext`. It reads through SQL only, so it builds
 * no Prisma client (`prisma: false` in topology.ts); give it `createDb` and `prisma: true`
 * for typed queries through Prisma.
 */
export const {{nameCamel}}Subgraph: ContextDefinition<typeof {{nameCamel}}Env, NoDb, {{Name}}Context> = {
  name: "{{name}}",
  env: {{nameCamel}}Env,
  build: ({ sql, transact, clock }) => ({
    typeDefs,
    resolvers: {{nameCamel}}Resolvers({ transact, clock }),
    context: (base) => ({
      ...base,
      {{thingCamel}}ById: entityLoader((ids) => find{{Thing}}s(sql, ids), (t) => t.id),
    }),
    policies: [confirm{{Thing}}],
  }),
};
