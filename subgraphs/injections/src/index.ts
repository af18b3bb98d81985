import { runContext } from "@supergraph/platform";
import { injectionsSubgraph } from "./subgraph.ts";

await runContext(injectionsSubgraph);
