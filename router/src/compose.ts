import { readFileSync } from "node:fs";
import { join } from "node:path";
import { composeServices } from "@apollo/composition";
import { LIVE_STATUS } from "@supergraph/contracts/catalog.live";
import { ROUTER_PORT, CONTEXTS } from "@supergraph/platform/topology";
import { parse } from "graphql";
import { liveSchema } from "./live/schema.ts";

/**
 * Composes the supergraph from every subgraph's SDL (subgraphs/<name>/schema.graphql), with
 * the default local URLs (the router overrides them from configuration at run time), plus
 * the router's own `live` schema: the subscription fields it serves over graphql-ws, so the
 * explorer and code generators see them, made from the owners' live status declarations. No
 * query is ever planned to `live`.
 * `contexts` narrows it to some subgraphs: a test stack that starts only those.
 */
export function composeSupergraph(repoRoot: string, contexts: readonly string[] = CONTEXTS.map((s) => s.name)): string {
  // The subscribable entities of these contexts, as their owners declare them (router/live.graphql).
  const live = LIVE_STATUS.filter((d) => contexts.includes(d.owner));
  const result = composeServices([
    ...CONTEXTS.filter((s) => contexts.includes(s.name)).map(({ name, port }) => ({
      name,
      url: `http://127.0.0.1:${port}/graphql`,
      typeDefs: parse(readFileSync(join(repoRoot, "subgraphs", name, "schema.graphql"), "utf8")),
    })),
    ...(live.length > 0 ? [{ name: LIVE_SUBGRAPH, url: `http://127.0.0.1:${ROUTER_PORT}/graphql`, typeDefs: parse(liveSchema(repoRoot, live)) }] : []),
  ]);
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join("\n")}`);
  }
  return result.supergraphSdl;
}

/** Name of the router's own subscription schema in the supergraph. */
export const LIVE_SUBGRAPH = "live";

export const supergraphPath = (repoRoot: string) => join(repoRoot, "schema", "supergraph.graphql");
