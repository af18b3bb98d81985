import { readFileSync } from "node:fs";
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import type { Viewer } from "@supergraph/platform";
import { subgraphUnavailable } from "./errors.ts";

/** What the router keeps per request. */
export interface RouterContext {
  readonly viewer: Viewer | null;
}

/**
 * One subgraph as the gateway calls it: forwards the caller's verified bearer token (the
 * subgraph verifies it again), and turns a subgraph that gave no answer at all into a
 * typed SUBGRAPH_UNAVAILABLE (an answer, even an HTTP error, passes through as it is).
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<RouterContext> {
  constructor(
    readonly service: string,
    url: string,
  ) {
    // Node's fetch (undici) retires an idle socket before the server's advertised Keep-Alive
    // timeout; make-fetch-happen's agent keeps it until the server closes it, and a request
    // sent on it at that moment fails with a reset that looks like an outage.
    super({ url, fetcher: fetch as unknown as RemoteGraphQLDataSource["fetcher"] });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<RouterContext>): void {
    const token = "viewer" in context ? context.viewer?.token : undefined;
    if (token) request.http?.headers.set("authorization", `Bearer ${token}`);
  }

  override didEncounterError(error: Error, _request: unknown, response?: unknown): void {
    if (response === undefined) throw subgraphUnavailable(this.service);
    throw error;
  }
}

export function createGateway(options: { supergraphPath: string; subgraphUrls: Record<string, string> }): ApolloGateway {
  return new ApolloGateway({
    supergraphSdl: readFileSync(options.supergraphPath, "utf8"),
    buildService: ({ name, url }) => new SubgraphDataSource(name, options.subgraphUrls[name] ?? url ?? ""),
  });
}
