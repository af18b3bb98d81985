import type { Policy } from "@supergraph/platform";

/** The case timeline's policy: every event of every context, stored by its case (docs/one-graph.md). */
export const timelinePolicies: Policy[] = [];
