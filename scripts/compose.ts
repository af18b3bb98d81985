/** Writes schema/supergraph.graphql from the subgraphs' SDL (`npm run compose`). */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { composeSupergraph, supergraphPath } from "../router/src/compose.ts";

const root = resolve(import.meta.dirname, "..");
writeFileSync(supergraphPath(root), composeSupergraph(root));
console.log(`wrote ${supergraphPath(root)}`);
