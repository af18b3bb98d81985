import type { Sql } from "@supergraph/platform";

/** `caseTimeline`: every event of one case across every context, in causal order (docs/one-graph.md). */
export function timelineResolvers(_deps: { sql: Sql }) {
  return { Query: {} };
}
