import { runContext } from "@supergraph/platform";
import { viewsSubgraph } from "./subgraph.ts";

await runContext(viewsSubgraph);
