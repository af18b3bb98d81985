import { runContext } from "@supergraph/platform";
import { evaluationsSubgraph } from "./subgraph.ts";

await runContext(evaluationsSubgraph);
