import { createGraphiQLFetcher, type Fetcher } from "@graphiql/toolkit";
import { createClient, type Client } from "graphql-ws";

export interface Endpoint {
  /** HTTP URL of the router's GraphQL endpoint. */
  http: string;
  /** The same endpoint over WebSocket (graphql-ws), for subscriptions. */
  ws: string;
}

/** The router's `/graphql` on the origin that served this page. */
export function endpointOf(location: Location): Endpoint {
  const http = new URL("/graphql", location.href);
  const ws = new URL(http);
  ws.protocol = http.protocol === "https:" ? "wss:" : "ws:";
  return { http: http.href, ws: ws.href };
}

export interface ExplorerFetcher {
  fetcher: Fetcher;
  dispose(): void;
}

/**
 * GraphiQL's fetcher for one token: queries and mutations over HTTP with
 * `Authorization: Bearer <token>`, subscriptions over graphql-ws with the same token in
 * `connection_init` (a browser cannot set headers on a WebSocket).
 */
export function createExplorerFetcher(endpoint: Endpoint, token: string | null): ExplorerFetcher {
  const authorization = token ? `Bearer ${token}` : undefined;
  const wsClient: Client = createClient({
    url: endpoint.ws,
    lazy: true,
    connectionParams: authorization ? { authorization } : {},
    retryAttempts: 3,
  });
  const fetcher = createGraphiQLFetcher({
    url: endpoint.http,
    wsClient,
    headers: authorization ? { authorization } : {},
    // The gateway answers neither @defer nor @stream: plain JSON responses only.
    enableIncrementalDelivery: false,
  });
  return { fetcher, dispose: () => void wsClient.dispose() };
}
