/**
 * The deployable units of the supergraph and their default local ports.
 * Read by the router (default subgraph URLs), the composition script, `npm start`,
 * the end-to-end harness and the deployment tests, so a new context is added here once.
 */
export interface SubgraphUnit {
  /** Context name: folder under subgraphs/ and prisma/, and the subgraph name in the supergraph. */
  readonly name: string;
  /** Default HTTP port in local runs. */
  readonly port: number;
}

export const SUBGRAPHS: readonly SubgraphUnit[] = [
  { name: "identity", port: 4001 },
  { name: "payments", port: 4002 },
  { name: "lectures", port: 4003 },
  { name: "registrations", port: 4004 },
  { name: "views", port: 4005 },
];

export const ROUTER_PORT = 4000;

/** The environment variable that overrides a subgraph's URL in the router, e.g. SUBGRAPH_LECTURES_URL. */
export function subgraphUrlVariable(name: string): string {
  return `SUBGRAPH_${name.toUpperCase().replace(/-/g, "_")}_URL`;
}
