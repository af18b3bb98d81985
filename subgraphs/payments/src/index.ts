import { runContext } from "@supergraph/platform";
import { paymentsSubgraph } from "./subgraph.ts";

await runContext(paymentsSubgraph);
