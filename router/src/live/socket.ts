import type { Server } from "node:http";
import type { Socket } from "node:net";
import { bearerToken, type Viewer } from "@supergraph/platform";
import { getOperationAST, GraphQLError, print, type ExecutionResult, type GraphQLSchema } from "graphql";
import { CloseCode, GRAPHQL_TRANSPORT_WS_PROTOCOL, handleProtocols, MessageType, parseMessage, stringifyMessage, type SubscribeMessage } from "graphql-ws";
import { WebSocketServer, type RawData, type WebSocket } from "ws";
import type { Delivery, GraphExecutor, LiveContext, LiveEngine, LiveSink } from "./engine.ts";
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

/** graphql-ws's defaults: `connection_init` within 3 s; a ping every 12 s, answered before the next. */
const INIT_WAIT_MS = 3_000;
const KEEP_ALIVE_MS = 12_000;
/** Sockets are pinged in this many turns per keep-alive period, so no tick writes to all of them. */
const KEEP_ALIVE_TURNS = 12;

/**
 * A complete, unmasked WebSocket text frame (RFC 6455 §5.2). One frame is written to every
 * subscriber of a group as is, in one write each: at thousands of subscribers per event the
 * per-socket work is what bounds fan-out.
 */
export function textFrame(message: string): Buffer {
  const length = Buffer.byteLength(message, "utf8");
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
  frame.write(message, header, "utf8");
  return frame;
}

/**
 * Writes a whole frame to the socket under the WebSocket. Safe beside ws's own sends:
 * without per-message compression ws writes each frame whole and in order too.
 */
function writeFrame(socket: WebSocket, frame: Buffer): void {
  const raw = rawSocket(socket);
  if (socket.readyState === socket.OPEN && raw?.writable) raw.write(frame);
}

const rawSocket = (socket: WebSocket) => (socket as unknown as { _socket?: Socket })._socket;

const CONNECTION = Symbol("graphql-ws connection");
type Tracked = WebSocket & { [CONNECTION]?: Connection };

/** One operation of a socket: the engine's sink for a subscription, and how to end it. */
class Operation implements LiveSink {
  /** The engine's iterator, once subscribed: returned to end the subscription. */
  iterator: AsyncIterator<ExecutionResult> | undefined;
  constructor(
    private readonly connection: Connection,
    readonly id: string,
  ) {}

  next(delivery: Delivery): void {
    writeFrame(this.connection.socket, delivery.frame(this.id, textFrame));
  }

  nextAll(deliveries: readonly Delivery[]): void {
    const raw = rawSocket(this.connection.socket);
    // Corked, the frames leave in one writev.
    raw?.cork();
    for (const delivery of deliveries) this.next(delivery);
    raw?.uncork();
  }

  end(): void {
    this.connection.complete(this, true);
  }
}

/**
 * The graphql-transport-ws protocol on one socket, in the few fields an idle subscriber needs:
 * no timers once initialised (keep-alive is one sweep over every socket), no closures, no
 * copy of the request, the token or the operation's text; one operation in fields of its
 * own (the usual case), more in a map made when a second arrives.
 */
class Connection {
  private initWait: NodeJS.Timeout | undefined;
  private initReceived = false;
  private acknowledged = false;
  private viewer: Viewer | null = null;
  private only: Operation | undefined;
  private more: Map<string, Operation> | undefined;
  /** Keep-alive: the sweep's turn this socket is pinged in, and whether its last ping is unanswered. */
  awaitingPong = false;

  constructor(
    readonly socket: WebSocket,
    private readonly endpoint: Endpoint,
    readonly turn: number,
  ) {
    this.initWait = setTimeout(() => {
      if (!this.initReceived) socket.close(CloseCode.ConnectionInitialisationTimeout, "Connection initialisation timeout");
    }, INIT_WAIT_MS);
  }

  private send(message: Parameters<typeof stringifyMessage>[0]): void {
    if (this.socket.readyState === this.socket.OPEN) this.socket.send(stringifyMessage(message));
  }

  private find(id: string): Operation | undefined {
    return this.only?.id === id ? this.only : this.more?.get(id);
  }

  private add(operation: Operation): void {
    if (!this.only) this.only = operation;
    else (this.more ??= new Map()).set(operation.id, operation);
  }

  /** Whether `operation` is still open (not completed by the client, nor its socket closed). */
  private open(operation: Operation): boolean {
    return this.find(operation.id) === operation;
  }

  private remove(operation: Operation): void {
    if (this.only === operation) this.only = undefined;
    else if (this.more?.get(operation.id) === operation) {
      this.more.delete(operation.id);
      if (this.more.size === 0) this.more = undefined;
    }
  }

  /** Ends an operation: `complete` to the client when `notify` and it is still open. */
  complete(operation: Operation, notify: boolean): void {
    if (!this.open(operation)) return;
    this.remove(operation);
    if (notify) this.send({ id: operation.id, type: MessageType.Complete });
  }

  private result(operation: Operation, result: ExecutionResult): void {
    if (!this.open(operation)) return;
    const { errors, ...rest } = result;
    this.send({ id: operation.id, type: MessageType.Next, payload: { ...rest, ...(errors ? { errors: errors.map((e) => (e instanceof GraphQLError ? e.toJSON() : e)) } : {}) } });
  }

  private errors(operation: Operation, errors: readonly GraphQLError[]): void {
    if (!this.open(operation)) return;
    this.remove(operation);
    this.send({ id: operation.id, type: MessageType.Error, payload: errors.map((e) => e.toJSON()) });
  }

  async receive(text: string): Promise<void> {
    let message: ReturnType<typeof parseMessage>;
    try {
      message = parseMessage(text);
    } catch {
      return this.socket.close(CloseCode.BadRequest, "Invalid message received");
    }
    switch (message.type) {
      case MessageType.ConnectionInit: {
        if (this.initReceived) return this.socket.close(CloseCode.TooManyInitialisationRequests, "Too many initialisation requests");
        this.initReceived = true;
        clearTimeout(this.initWait);
        this.initWait = undefined;
        const viewer = await this.endpoint.connect(this.socket, message.payload);
        if (viewer === false) return;
        this.viewer = viewer;
        this.acknowledged = true;
        return this.send({ type: MessageType.ConnectionAck });
      }
      case MessageType.Ping:
        return this.send(message.payload ? { type: MessageType.Pong, payload: message.payload } : { type: MessageType.Pong });
      case MessageType.Pong:
        return;
      case MessageType.Subscribe:
        return this.subscribe(message);
      case MessageType.Complete: {
        const operation = this.find(message.id);
        if (!operation) return;
        this.remove(operation);
        await operation.iterator?.return?.();
        return;
      }
      default:
        return this.socket.close(CloseCode.BadRequest, "Invalid message received");
    }
  }

  private async subscribe({ id, payload }: SubscribeMessage): Promise<void> {
    if (!this.acknowledged) return this.socket.close(CloseCode.Unauthorized, "Unauthorized");
    if (this.find(id)) return this.socket.close(CloseCode.SubscriberAlreadyExists, `Subscriber for ${id} already exists`);
    const operation = new Operation(this, id);
    this.add(operation);
    const schema = this.endpoint.options.schema();
    if (!schema) return this.errors(operation, [routerNotReady()]);
    const { document, errors } = this.endpoint.options.check(schema, payload.query);
    if (errors) return this.errors(operation, errors);
    const operationName = payload.operationName ?? undefined;
    const kind = getOperationAST(document, operationName)?.operation;
    if (!kind) return this.errors(operation, [new GraphQLError("Unable to identify operation")]);
    const variableValues = payload.variables ?? {};
    if (kind !== "subscription") {
      // Queries and mutations over the socket go through the gateway like HTTP ones.
      this.result(operation, await this.endpoint.options.graph(print(document), variableValues, this.viewer));
      return this.complete(operation, true);
    }
    const contextValue: LiveContext = { viewer: this.viewer, sink: operation };
    const subscribed = await this.endpoint.options.engine.subscribe({ schema, document, variableValues, operationName, contextValue });
    if (!(Symbol.asyncIterator in subscribed)) {
      // Refused (cursor, entity, sign-in): the result, then the end, as graphql-ws answers.
      this.result(operation, subscribed);
      return this.complete(operation, true);
    }
    // Completed by the client, or its socket closed, while the engine subscribed it.
    if (!this.open(operation)) return void subscribed.return?.();
    operation.iterator = subscribed;
  }

  /** The socket closed: every operation on it ends. */
  closed(): void {
    clearTimeout(this.initWait);
    const operations = [this.only, ...(this.more?.values() ?? [])];
    this.only = undefined;
    this.more = undefined;
    for (const operation of operations) void operation?.iterator?.return?.();
  }
}

/** What every connection of the endpoint shares. */
class Endpoint {
  constructor(readonly options: LiveSocketOptions) {}

  /**
   * The bearer token comes in the `connection_init` payload (`authorization: "Bearer …"`); none
   * makes an anonymous connection (null). A bad or expired one closes the socket (false).
   */
  async connect(socket: WebSocket, payload: unknown): Promise<Viewer | null | false> {
    const params = (payload !== null && typeof payload === "object" ? payload : {}) as Record<string, unknown>;
    const header = params.authorization ?? params.Authorization;
    const given = [header, params.token].filter((value) => value !== undefined && value !== null && value !== "");
    // No credentials: an anonymous connection, for public subscriptions (the engine refuses the rest one by one).
    if (given.length === 0) return null;
    const token = (typeof header === "string" ? bearerToken(header) : undefined) ?? (typeof params.token === "string" ? params.token : undefined);
    try {
      if (!token) throw new Error("expected 'Bearer <token>'");
      return await this.options.verify(token);
    } catch {
      // graphql-ws's own convention: 4401 is for credentials to renew (its client does not
      // retry it), 4403 for a signed-in user who may not.
      socket.close(CloseCode.Unauthorized, "Unauthorized: the token is invalid or expired; sign in again");
      return false;
    }
  }
}

// Listeners shared by every socket (`this` is the socket): nothing per socket but its Connection.
function onMessage(this: Tracked, data: RawData): void {
  this[CONNECTION]?.receive(String(data)).catch((error: unknown) => {
    console.error("Internal error occurred during message handling.", error);
    this.close(CloseCode.InternalServerError, "Internal server error");
  });
}
function onPong(this: Tracked): void {
  const connection = this[CONNECTION];
  if (connection) connection.awaitingPong = false;
}
function onClose(this: Tracked): void {
  this[CONNECTION]?.closed();
}
function onError(this: Tracked, error: Error): void {
  console.error("Internal error emitted on a WebSocket socket.", error);
  this.close(CloseCode.InternalServerError, "Internal server error");
}

/**
 * graphql-ws (the graphql-transport-ws protocol) on the router's `/graphql` endpoint, spoken
 * here rather than through graphql-ws's `useServer`, whose per-socket timers, closures and
 * pending iteration cost more than the subscription itself at tens of thousands of idle
 * sockets. Close codes and messages are graphql-ws's. Subscriptions go to the live engine,
 * which writes framed results straight to the socket; queries and mutations sent over the
 * socket go through the gateway like HTTP ones.
 */
export function startLiveSocket(options: LiveSocketOptions): { close(): Promise<void> } {
  // No per-message compression: frames are written whole (see writeFrame).
  const wss = new WebSocketServer({ server: options.httpServer, path: options.path, perMessageDeflate: false, maxPayload: options.maxPayloadBytes, handleProtocols });
  const endpoint = new Endpoint(options);
  let opened = 0;
  wss.on("connection", (socket: Tracked) => {
    socket.once("error", onError);
    if (socket.protocol !== GRAPHQL_TRANSPORT_WS_PROTOCOL) return socket.close(CloseCode.SubprotocolNotAcceptable, "Subprotocol not acceptable");
    socket[CONNECTION] = new Connection(socket, endpoint, opened++ % KEEP_ALIVE_TURNS);
    socket.on("message", onMessage);
    socket.on("pong", onPong);
    socket.once("close", onClose);
  });
  // Each socket is pinged once per period, in its turn; one whose last ping went unanswered is cut.
  let tick = 0;
  const keepAlive = setInterval(() => {
    const turn = tick++ % KEEP_ALIVE_TURNS;
    for (const socket of wss.clients as Set<Tracked>) {
      const connection = socket[CONNECTION];
      if (connection?.turn !== turn || socket.readyState !== socket.OPEN) continue;
      if (connection.awaitingPong) socket.terminate();
      else {
        connection.awaitingPong = true;
        socket.ping();
      }
    }
  }, KEEP_ALIVE_MS / KEEP_ALIVE_TURNS);
  keepAlive.unref();
  return {
    async close() {
      clearInterval(keepAlive);
      // 1001 "going away": clients reconnect (to another replica) and resume from their cursor.
      for (const client of wss.clients) client.close(1001, "router shutting down");
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
