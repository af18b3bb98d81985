/** Writes router/live.graphql from the owners' live status declarations and schema/supergraph.graphql from the subgraphs' SDL (`npm run compose`). */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { LIVE_STATUS } from "@supergraph/contracts/catalog.live";
import { composeSupergraph, supergraphPath } from "../router/src/compose.ts";
import { liveSchema, liveSchemaPath } from "../router/src/live/schema.ts";

const root = resolve(import.meta.dirname, "..");
writeFileSync(liveSchemaPath(root), liveSchema(root, LIVE_STATUS));
console.log(`wrote ${liveSchemaPath(root)}`);
writeFileSync(supergraphPath(root), composeSupergraph(root));
console.log(`wrote ${supergraphPath(root)}`);
