import { runContext } from "@supergraph/platform";
import { courseOrdersSubgraph } from "./subgraph.ts";

await runContext(courseOrdersSubgraph);
