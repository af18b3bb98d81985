import { runContext } from "@supergraph/platform";
import { registrationsSubgraph } from "./subgraph.ts";

await runContext(registrationsSubgraph);
