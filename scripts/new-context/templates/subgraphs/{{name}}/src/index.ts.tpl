import { runContext } from "@supergraph/platform";
import { {{nameCamel}}Subgraph } from "./subgraph.ts";

await runContext({{nameCamel}}Subgraph);
