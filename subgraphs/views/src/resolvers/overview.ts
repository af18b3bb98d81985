import type { Sql } from "@supergraph/platform";

/** `myOverview`: the signed-in user's rows of every system's read model, in one fetch (docs/one-graph.md). */
export function overviewResolvers(_deps: { sql: Sql }) {
  return { Query: {} };
}
