import { runContext } from "@supergraph/platform";
import { notificationsSubgraph } from "./subgraph.ts";

await runContext(notificationsSubgraph);
