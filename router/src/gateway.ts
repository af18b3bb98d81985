import { readFileSync } from "node:fs";
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { activeContext, CASE_HEADER, ROUTER_SECRET_HEADER, TRACING_OFF, type Tracing, type Viewer } from "@supergraph/platform";
import { subgraphErrorAnswer, SubgraphErrorAnswer, subgraphUnavailable } from "./errors.ts";
import { subgraphFetcher } from "./subgraph-fetch.ts";

/** What the router keeps per request. */
export interface RouterContext {
  readonly viewer: Viewer | null;
}

/**
 * One subgraph as the gateway calls it: forwards the caller's verified bearer token (the
 * subgraph verifies it again) beside the router's shared secret, and turns a subgraph that
 * gave no answer at all into a typed SUBGRAPH_UNAVAILABLE. An answer with an HTTP error status
 * counts for its GraphQL errors, as a 200 answer's do; without any, the service is unavailable
 * (never the gateway's "401: Unauthorized" with the subgraph's URL and raw body).
 * While tracing, each fetch carries the gateway's fetch span as `traceparent` (and the case,
 * once known), and a subgraph naming the case in its answer names it for the router's spans.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<RouterContext> {
  constructor(
    readonly service: string,
    url: string,
    private readonly routerSecret: string | undefined,
    /** {@link subgraphFetcher}: make-fetch-happen, the default, reuses sockets the subgraph is closing. */
    fetcher: RemoteGraphQLDataSource["fetcher"],
    private readonly tracing: Tracing = TRACING_OFF,
  ) {
    super({ url, fetcher });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<RouterContext>): void {
    const token = "viewer" in context ? context.viewer?.token : undefined;
    if (token) request.http?.headers.set("authorization", `Bearer ${token}`);
    if (this.routerSecret) request.http?.headers.set(ROUTER_SECRET_HEADER, this.routerSecret);
    const headers = request.http?.headers;
    if (this.tracing.enabled && headers) this.tracing.inject(activeContext(), { set: (name, value) => headers.set(name, value) });
  }

  override didReceiveResponse({ response }: Parameters<NonNullable<RemoteGraphQLDataSource<RouterContext>["didReceiveResponse"]>>[0]) {
    if (this.tracing.enabled) {
      const known = response.http?.headers.get(CASE_HEADER);
      if (known) this.tracing.mark(known);
    }
    return response;
  }

  override async process(options: GraphQLDataSourceProcessOptions<RouterContext>): ReturnType<RemoteGraphQLDataSource["process"]> {
    try {
      return await super.process(options);
    } catch (error) {
      if (error instanceof SubgraphErrorAnswer) return { data: error.data, errors: error.errors };
      throw error;
    }
  }

  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource["errorFromResponse"]>[0]) {
    let body: unknown;
    try {
      body = await this.parseBody(response);
    } catch {
      body = undefined;
    }
    // The gateway throws what this returns; process() above takes a SubgraphErrorAnswer back as the answer it is.
    return subgraphErrorAnswer(this.service, response.status, body);
  }

  override didEncounterError(error: Error, _request: unknown, response?: unknown): void {
    if (response === undefined) throw subgraphUnavailable(this.service);
    throw error;
  }
}

export function createGateway(options: { supergraphPath: string; subgraphUrls: Record<string, string>; routerSecret?: string; subgraphTimeoutMs: number; tracing?: Tracing }): ApolloGateway {
  const fetcher = subgraphFetcher({ timeoutMs: options.subgraphTimeoutMs });
  return new ApolloGateway({
    supergraphSdl: readFileSync(options.supergraphPath, "utf8"),
    buildService: ({ name, url }) => new SubgraphDataSource(name, options.subgraphUrls[name] ?? url ?? "", options.routerSecret, fetcher, options.tracing),
  });
}
