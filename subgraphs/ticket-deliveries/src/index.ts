import { runContext } from "@supergraph/platform";
import { ticketDeliveriesSubgraph } from "./subgraph.ts";

await runContext(ticketDeliveriesSubgraph);
