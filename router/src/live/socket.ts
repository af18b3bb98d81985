import type { Server } from "node:http";
import { bearerToken, type Viewer } from "@supergraph/platform";
import { print, type ExecutionResult, type GraphQLSchema } from "graphql";
import { CloseCode } from "graphql-ws";
import { useServer } from "graphql-ws/use/ws";
import type { Socket } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";
import type { GraphExecutor, LiveContext, LiveEngine } from "./engine.ts";
import { routerNotReady, type CheckedOperation } from "./operation.ts";

export interface LiveSocketOptions {
  httpServer: Server;
  path: string;
  schema: () => GraphQLSchema | undefined;
  verify: (token: string) => Promise<Viewer>;
  engine: LiveEngine;
  graph: GraphExecutor;
  /** The one operation check (operation.ts): the same limits and error shapes as over HTTP. */
  check: (schema: GraphQLSchema, query: string) => CheckedOperation;
  /** Largest message a client may send, like the HTTP body limit; larger closes with 1009. */
  maxPayloadBytes: number;
}

/**
 * A complete, unmasked WebSocket text frame (RFC 6455 §5.2). One frame is written to every
 * subscriber of a group as is, in one write each: at thousands of subscribers per event the
 * per-socket work is what bounds fan-out.
 */
export function textFrame(message: string): Buffer {
  const payload = Buffer.from(message, "utf8");
  const length = payload.length;
  const header = length < 126 ? 2 : length < 65_536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(header + length);
  frame[0] = 0x81; // FIN + text
  if (length < 126) frame[1] = length;
  else if (length < 65_536) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    frame.writeBigUInt64BE(BigInt(length), 2);
  }
  payload.copy(frame, header);
  return frame;
}

/**
 * Writes a whole frame to the socket under the WebSocket. Safe beside ws's own sends:
 * without per-message compression ws writes each frame whole and in order too.
 */
function writeFrame(socket: WebSocket, frame: Buffer): void {
  const raw = (socket as unknown as { _socket?: Socket })._socket;
  if (socket.readyState === socket.OPEN && raw?.writable) raw.write(frame);
}

/**
 * graphql-ws on the router's `/graphql` endpoint. The bearer token comes in the
 * `connection_init` payload (`authorization: "Bearer …"`); a bad or expired one closes the
 * socket with 4401 Unauthorized; none makes an anonymous connection (public subscriptions
 * only). Subscriptions go to the live engine; queries and mutations sent over the socket go
 * through the gateway like HTTP ones.
 */
export function startLiveSocket(options: LiveSocketOptions): { close(): Promise<void> } {
  // No per-message compression: frames are written whole (see writeFrame).
  const wss = new WebSocketServer({ server: options.httpServer, path: options.path, perMessageDeflate: false, maxPayload: options.maxPayloadBytes });
  const cleanup = useServer<Record<string, unknown> | undefined, { viewer?: Viewer }>(
    {
      onConnect: async (ctx) => {
        const params = ctx.connectionParams ?? {};
        const header = params.authorization ?? params.Authorization;
        const given = [header, params.token].filter((value) => value !== undefined && value !== null && value !== "");
        // No credentials: an anonymous connection, for public subscriptions (the engine refuses the rest one by one).
        if (given.length === 0) return true;
        const token = (typeof header === "string" ? bearerToken(header) : undefined) ?? (typeof params.token === "string" ? params.token : undefined);
        try {
          if (!token) throw new Error("expected 'Bearer <token>'");
          ctx.extra.viewer = await options.verify(token);
          return true;
        } catch {
          // graphql-ws's own convention: 4401 is for credentials to renew (its client does not
          // retry it), 4403 for a signed-in user who may not. Closed here, so graphql-ws's 4403 never goes out.
          ctx.extra.socket.close(CloseCode.Unauthorized, "Unauthorized: the token is invalid or expired; sign in again");
          return false;
        }
      },
      onSubscribe: (ctx, id, payload) => {
        const schema = options.schema();
        if (!schema) return [routerNotReady()];
        const { document, errors } = options.check(schema, payload.query);
        if (errors) return [...errors];
        const socket = ctx.extra.socket;
        const contextValue: LiveContext = {
          viewer: ctx.extra.viewer ?? null,
          send: (delivery) => writeFrame(socket, delivery.frame(id, textFrame)),
        };
        return { schema, document, variableValues: payload.variables ?? {}, operationName: payload.operationName ?? undefined, contextValue };
      },
      subscribe: (args) => options.engine.subscribe(args),
      execute: (args): Promise<ExecutionResult> =>
        options.graph(print(args.document), (args.variableValues as Record<string, unknown>) ?? {}, (args.contextValue as LiveContext).viewer),
    },
    wss,
  );
  return {
    async close() {
      // 1001 "going away": clients reconnect (to another replica) and resume from their cursor.
      for (const client of wss.clients) client.close(1001, "router shutting down");
      await cleanup.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
