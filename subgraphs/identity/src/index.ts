import { runContext } from "@supergraph/platform";
import { identitySubgraph } from "./subgraph.ts";

await runContext(identitySubgraph);
