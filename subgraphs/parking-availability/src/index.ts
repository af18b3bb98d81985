import { runContext } from "@supergraph/platform";
import { parkingAvailabilitySubgraph } from "./subgraph.ts";

await runContext(parkingAvailabilitySubgraph);
