import { runContext } from "@supergraph/platform";
import { pizzaOrdersSubgraph } from "./subgraph.ts";

await runContext(pizzaOrdersSubgraph);
