import { createClient as createWsClient } from "graphql-ws";
import { cacheExchange, Client, fetchExchange, mapExchange, subscriptionExchange } from "urql";

export type Connection = "connecting" | "live" | "offline";

export interface LiveClient {
  client: Client;
  /** Follows the WebSocket that carries the subscriptions. */
  onConnection(listener: (state: Connection, wasRetry: boolean) => void): () => void;
  dispose(): void;
}

/**
 * graphql-ws close codes of a router that refuses the token in `connection_init`: 4401 for a
 * bad or expired token (sign in again), 4403 for one it forbids (a connection without a token
 * is anonymous, not refused). Either way retrying with the same token cannot help.
 */
const REFUSED = new Set([4401, 4403]);

/**
 * An urql client for one token: queries and mutations over HTTP POST (Apollo's CSRF
 * prevention refuses simple GETs) with `Authorization: Bearer <token>`, subscriptions over
 * graphql-ws on the same endpoint with the token in `connection_init`. `onRefused` is told
 * when the router no longer accepts the token (expired, keys rotated).
 */
export function createLiveClient(token: string | null, onRefused: () => void, origin = window.location.href): LiveClient {
  const http = new URL("/graphql", origin);
  const ws = new URL(http);
  ws.protocol = http.protocol === "https:" ? "wss:" : "ws:";
  const authorization = token ? `Bearer ${token}` : null;
  const listeners = new Set<(state: Connection, wasRetry: boolean) => void>();
  const emit = (state: Connection, wasRetry = false) => listeners.forEach((l) => l(state, wasRetry));
  const wsClient = createWsClient({
    url: ws.href,
    connectionParams: authorization ? { authorization } : {},
    // Keep retrying (a student's screen should come back by itself after the router
    // restarts), unless the token itself is refused.
    retryAttempts: Infinity,
    shouldRetry: (closed) => !REFUSED.has((closed as CloseEvent | undefined)?.code ?? 0),
    on: {
      connecting: () => emit("connecting"),
      connected: (_socket, _payload, wasRetry) => emit("live", wasRetry),
      closed: (closed) => {
        emit("offline");
        if (REFUSED.has((closed as CloseEvent | undefined)?.code ?? 0)) onRefused();
      },
    },
  });
  const client = new Client({
    url: http.href,
    preferGetMethod: false,
    fetchOptions: () => (authorization ? { headers: { authorization } } : {}),
    exchanges: [
      mapExchange({
        onError(error) {
          if (token && error.graphQLErrors.some((e) => e.extensions?.code === "UNAUTHENTICATED")) onRefused();
        },
      }),
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const payload = { ...request, query: request.query ?? "" };
          return { subscribe: (sink) => ({ unsubscribe: wsClient.subscribe(payload, sink) }) };
        },
      }),
    ],
  });
  return {
    client,
    onConnection(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose: () => void wsClient.dispose(),
  };
}
