import { runContext } from "@supergraph/platform";
import { learningSubgraph } from "./subgraph.ts";

await runContext(learningSubgraph);
