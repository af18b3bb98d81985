import { runContext } from "@supergraph/platform";
import { lecturesSubgraph } from "./subgraph.ts";

await runContext(lecturesSubgraph);
