import { runContext } from "@supergraph/platform";
import { parkingLotsSubgraph } from "./subgraph.ts";

await runContext(parkingLotsSubgraph);
