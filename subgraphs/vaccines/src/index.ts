import { runContext } from "@supergraph/platform";
import { vaccinesSubgraph } from "./subgraph.ts";

await runContext(vaccinesSubgraph);
