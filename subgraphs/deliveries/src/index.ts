import { runContext } from "@supergraph/platform";
import { deliveriesSubgraph } from "./subgraph.ts";

await runContext(deliveriesSubgraph);
