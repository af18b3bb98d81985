import type { TransactionClient } from "@supergraph/platform";
import type { PrismaClient } from "./prisma-client/client.ts";

/** The Prisma client, or the transaction client of an interactive transaction. */
export type ViewsTx = TransactionClient<PrismaClient>;
