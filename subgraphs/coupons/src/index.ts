import { runContext } from "@supergraph/platform";
import { couponsSubgraph } from "./subgraph.ts";

await runContext(couponsSubgraph);
