import { runContext } from "@supergraph/platform";
import { vaccinationBookingsSubgraph } from "./subgraph.ts";

await runContext(vaccinationBookingsSubgraph);
