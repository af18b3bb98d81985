import { runContext } from "@supergraph/platform";
import { parkingReservationsSubgraph } from "./subgraph.ts";

await runContext(parkingReservationsSubgraph);
