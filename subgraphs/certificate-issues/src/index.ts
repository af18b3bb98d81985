import { runContext } from "@supergraph/platform";
import { certificateIssuesSubgraph } from "./subgraph.ts";

await runContext(certificateIssuesSubgraph);
