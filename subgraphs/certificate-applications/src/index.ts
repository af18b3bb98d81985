import { runContext } from "@supergraph/platform";
import { certificateApplicationsSubgraph } from "./subgraph.ts";

await runContext(certificateApplicationsSubgraph);
