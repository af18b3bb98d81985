import { runContext } from "@supergraph/platform";
import { refundsSubgraph } from "./subgraph.ts";

await runContext(refundsSubgraph);
