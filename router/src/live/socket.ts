import type { Server } from "node:http";
import { bearerToken, LruMap, type Viewer } from "@supergraph/platform";
import { GraphQLError, parse, print, specifiedRules, validate, type DocumentNode, type ExecutionResult, type GraphQLSchema, type ValidationRule } from "graphql";
import { CloseCode } from "graphql-ws";
import { useServer } from "graphql-ws/use/ws";
import type { Socket } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";
import type { GraphExecutor, LiveContext, LiveEngine } from "./engine.ts";

export interface LiveSocketOptions {
  httpServer: Server;
  path: string;
  schema: () => GraphQLSchema | undefined;
  verify: (token: string) => Promise<Viewer>;
  engine: LiveEngine;
  graph: GraphExecutor;
  /** The same abuse limits as over HTTP. */
  rules: ValidationRule[];
  maxTokens: number;
  /** Largest message a client may send, like the HTTP body limit; larger closes with 1009. */
  maxPayloadBytes: number;
  /** Without introspection, errors do not suggest field names either (as over HTTP). */
  hideSchemaDetails: boolean;
}

/** Drops graphql-js's "Did you mean …?" hint, as Apollo Server does over HTTP. */
export function withoutSuggestions(error: GraphQLError): GraphQLError {
  const message = error.message.replace(/ ?Did you mean(.+?)\?$/, "");
  return message === error.message ? error : new GraphQLError(message, { extensions: error.extensions });
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

type Checked = DocumentNode | readonly GraphQLError[];

/**
 * Parsed and validated operations by query text, for the current schema. Thousands of
 * subscribers sending the same subscription share one document (and one validation):
 * a document per subscriber would cost more memory than its connection.
 */
export class DocumentCache {
  private schema: GraphQLSchema | undefined;
  private readonly entries: LruMap<string, Checked>;

  constructor(
    private readonly check: (schema: GraphQLSchema, query: string) => Checked,
    capacity = 500,
  ) {
    this.entries = new LruMap(capacity);
  }

  get(schema: GraphQLSchema, query: string): Checked {
    if (schema !== this.schema) {
      this.schema = schema;
      this.entries.clear();
    }
    let checked = this.entries.get(query);
    if (!checked) {
      checked = this.check(schema, query);
      this.entries.set(query, checked);
    }
    return checked;
  }
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
  const documents = new DocumentCache((schema, query) => {
    let document: DocumentNode;
    try {
      document = parse(query, { maxTokens: options.maxTokens, noLocation: true });
    } catch (error) {
      return [error instanceof GraphQLError ? error : new GraphQLError("Could not parse the operation.")];
    }
    const errors = validate(schema, document, [...specifiedRules, ...options.rules]);
    if (errors.length === 0) return document;
    return options.hideSchemaDetails ? errors.map(withoutSuggestions) : errors;
  });
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
        if (!schema) return [new GraphQLError("The router is not ready yet; retry shortly.")];
        const document = documents.get(schema, payload.query);
        if (!("kind" in document)) return document;
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
