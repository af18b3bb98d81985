import { commonEnv, flag, int, loadEnv, ROUTER_PORT, CONTEXTS, subgraphUrlVariable } from "@supergraph/platform";
import { z } from "zod";

const shape = {
  ...commonEnv,
  /** HTTP and WebSocket port. */
  PORT: z.coerce.number().int().positive().default(ROUTER_PORT),
  /** The composed supergraph (default: the committed schema/supergraph.graphql). */
  SUPERGRAPH_PATH: z.string().optional(),
  /** Whether clients may introspect the schema (turn off in production). */
  INTROSPECTION: flag(true),
  /** Deepest selection nesting accepted. */
  MAX_DEPTH: int(10),
  /** Most aliases in one operation. */
  MAX_ALIASES: int(30),
  /** Highest cost (graphql-armor's cost model) of one operation. */
  MAX_COST: int(5_000),
  /** Most tokens in one operation document. */
  MAX_TOKENS: int(2_000),
  /** Largest request body accepted. */
  MAX_BODY_BYTES: int(100_000),
  /** How often an open multipart HTTP subscription gets a heartbeat part `{}` (ms). */
  MULTIPART_HEARTBEAT_MS: int(5_000),
  /** Timeout of one subgraph fetch (ms). */
  SUBGRAPH_TIMEOUT_MS: int(10_000),
  ...Object.fromEntries(CONTEXTS.map((s) => [subgraphUrlVariable(s.name), z.url().optional()])),
};

export type RouterEnv = ReturnType<typeof loadRouterEnv>;

/** The router's settings; `SUBGRAPH_<NAME>_URL` overrides the URL composed into the supergraph. */
export function loadRouterEnv(source: Record<string, string | undefined> = process.env) {
  const env = loadEnv(shape, source);
  const subgraphUrls = Object.fromEntries(
    CONTEXTS.flatMap((s) => {
      const url = (env as Record<string, unknown>)[subgraphUrlVariable(s.name)];
      return typeof url === "string" ? [[s.name, url]] : [];
    }),
  ) as Record<string, string>;
  return { ...env, subgraphUrls };
}

export const routerEnvShape = shape;
