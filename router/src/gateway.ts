import { readFileSync } from "node:fs";
// Before the gateway, which then takes the package's exports without their getters.
import "./federation-exports.ts";
import { ApolloGateway, type GraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { activeContext, CASE_HEADER, ROUTER_SECRET_HEADER, TRACING_OFF, type Tracing, type Viewer } from "@supergraph/platform";
import { subgraphErrorAnswer, SubgraphErrorAnswer, subgraphUnavailable } from "./errors.ts";
import { subgraphClient, type SubgraphAnswer, type SubgraphCall } from "./subgraph-fetch.ts";

/** A subgraph's answer as the gateway takes it: data, errors, extensions. */
type GatewayGraphQLResponse = Awaited<ReturnType<GraphQLDataSource["process"]>>;

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
 *
 * It sends what @apollo/gateway's RemoteGraphQLDataSource sends (the request without its
 * `http` part, as JSON) without the fetch-shaped Headers, Request and Response objects that
 * one builds and copies per call: profiled under load they cost a few per cent of the
 * router's CPU. Subgraphs' cache-control headers are not read: the router sends none
 * (cache control is off).
 */
export class SubgraphDataSource implements GraphQLDataSource<RouterContext> {
  constructor(
    readonly service: string,
    readonly url: string,
    private readonly routerSecret: string | undefined,
    /** {@link subgraphClient}: one keep-alive agent for every subgraph. */
    private readonly call: SubgraphCall,
    private readonly tracing: Tracing = TRACING_OFF,
  ) {}

  async process({ request, context }: GraphQLDataSourceProcessOptions<RouterContext>): Promise<GatewayGraphQLResponse> {
    if (!request.query) throw new Error("Missing query");
    const headers: Record<string, string> = {};
    if (request.http) for (const [name, value] of request.http.headers) headers[name] = value;
    headers["content-type"] = "application/json";
    const token = "viewer" in context ? context.viewer?.token : undefined;
    if (token) headers.authorization = `Bearer ${token}`;
    if (this.routerSecret) headers[ROUTER_SECRET_HEADER] = this.routerSecret;
    if (this.tracing.enabled) this.tracing.inject(activeContext(), { set: (name, value) => (headers[name] = value) });
    const { http: _sentAsHeaders, ...payload } = request;
    let answer: SubgraphAnswer;
    try {
      answer = await this.call(this.url, headers, JSON.stringify(payload));
    } catch (error) {
      this.didEncounterError(error as Error, request);
    }
    if (this.tracing.enabled) {
      const known = answer.headers[CASE_HEADER];
      if (typeof known === "string" && known) this.tracing.mark(known);
    }
    if (answer.status < 200 || answer.status > 299) {
      let body: unknown;
      try {
        body = parsedBody(answer);
      } catch {
        body = undefined;
      }
      const refusal = subgraphErrorAnswer(this.service, answer.status, body);
      if (refusal instanceof SubgraphErrorAnswer) return { data: refusal.data, errors: refusal.errors };
      throw refusal;
    }
    const body = parsedBody(answer);
    if (typeof body !== "object" || body === null) throw new Error(`Expected JSON response body, but received: ${String(body)}`);
    return body as GatewayGraphQLResponse;
  }

  /** A fetch that got no answer (`response` undefined) is the service being unavailable. */
  didEncounterError(error: Error, _request: unknown, response?: unknown): never {
    if (response === undefined) throw subgraphUnavailable(this.service);
    throw error;
  }
}

/** JSON for a JSON media type, the text otherwise (as the gateway reads a subgraph's body). */
function parsedBody(answer: SubgraphAnswer): unknown {
  const type = answer.headers["content-type"];
  return type && (type.startsWith("application/json") || type.startsWith("application/graphql-response+json")) ? JSON.parse(answer.body) : answer.body;
}

export function createGateway(options: { supergraphPath: string; subgraphUrls: Record<string, string>; routerSecret?: string; subgraphTimeoutMs: number; tracing?: Tracing }): ApolloGateway {
  const call = subgraphClient({ timeoutMs: options.subgraphTimeoutMs });
  return new ApolloGateway({
    supergraphSdl: readFileSync(options.supergraphPath, "utf8"),
    buildService: ({ name, url }) => new SubgraphDataSource(name, options.subgraphUrls[name] ?? url ?? "", options.routerSecret, call, options.tracing),
  });
}
