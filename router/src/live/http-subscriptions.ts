import type { Logger, Viewer } from "@supergraph/platform";
import type { NextFunction, Request, RequestHandler, Response } from "express";
import { GraphQLError, type ExecutionResult, type GraphQLFormattedError, type GraphQLSchema } from "graphql";
import type { GraphExecutor, LiveEngine } from "./engine.ts";
import { acceptsMultipartSubscription, MultipartStream } from "./multipart.ts";
import { operationType, routerNotReady, type CheckedOperation } from "./operation.ts";
import { createEventStreamHandler } from "./sse.ts";

export interface HttpSubscriptionOptions {
  schema: () => GraphQLSchema | undefined;
  /** The one operation check (operation.ts), shared with graphql-ws. */
  check: (schema: GraphQLSchema, query: string) => CheckedOperation;
  /** The request's viewer (null: anonymous); throws a GraphQL error with `extensions.http.status` 401 for a bad token. */
  viewerOf: (authorization: string | undefined) => Promise<Viewer | null>;
  engine: LiveEngine;
  graph: GraphExecutor;
  /** Formats an error as Apollo Server does for HTTP answers (the router's formatError). */
  formatError: (error: GraphQLError) => GraphQLFormattedError;
  /** How often an open multipart response gets a heartbeat part. */
  heartbeatMs: number;
  log: Logger;
}

export interface HttpSubscriptions {
  /** Before Apollo on `POST /graphql` (body parsed): serves subscriptions, passes the rest on. */
  readonly onGraphql: RequestHandler;
  /** `/graphql/stream`: the graphql-sse protocol, both modes. */
  readonly onStream: RequestHandler;
  /** Ends every open HTTP subscription; clients resubscribe (to another replica) with their cursor. */
  close(): void;
}

interface GraphQLBody {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/** A JSON body Apollo Server would take; anything else is left to Apollo Server to refuse. */
function graphQLBody(body: unknown): GraphQLBody | undefined {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return undefined;
  const { query, operationName, variables } = body as Record<string, unknown>;
  if (typeof query !== "string") return undefined;
  if (operationName != null && typeof operationName !== "string") return undefined;
  if (variables != null && (typeof variables !== "object" || Array.isArray(variables))) return undefined;
  return body as GraphQLBody;
}

const acceptsEventStream = (accept: string | undefined) => (accept ?? "").split(",").some((range) => range.split(";")[0]!.trim().toLowerCase() === "text/event-stream");

const shuttingDown = () =>
  new GraphQLError("The router is shutting down: subscribe again and resume from your last cursor.", { extensions: { code: "LIVE_UNAVAILABLE", retryable: true } });

const notAcceptable = () =>
  new GraphQLError(
    "A subscription needs a streaming transport; this request accepts none. Use one of: graphql-ws (a WebSocket on ws://…/graphql, subprotocol graphql-transport-ws); " +
      'Apollo\'s multipart HTTP protocol (POST /graphql with Accept: multipart/mixed;subscriptionSpec="1.0"); ' +
      "or GraphQL over Server-Sent Events (POST /graphql with Accept: text/event-stream, or the graphql-sse client on /graphql/stream).",
    { extensions: { code: "NOT_ACCEPTABLE", http: { status: 406 } } },
  );

/**
 * Subscriptions over plain HTTP, beside graphql-ws: Apollo's multipart protocol and GraphQL
 * over SSE. Both take the token from the Authorization header as HTTP queries do (a bad one:
 * 401), run the one operation check (limits included) and subscribe through the one live
 * engine, so cursors, isolation, shared fan-out and the `live_subscriptions` gauge are the
 * same as over graphql-ws. A client that goes away ends its subscription (the engine's
 * iterator is returned).
 */
export function httpSubscriptions(options: HttpSubscriptionOptions): HttpSubscriptions {
  const open = new Set<() => void>();

  /** An error as Apollo Server formats it over HTTP (its `http` extension is the answer's status, not content). */
  const formatted = (error: GraphQLError): GraphQLFormattedError => {
    const { http: _head, ...extensions } = error.extensions;
    return options.formatError(new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions }));
  };
  const statusOf = (error: GraphQLError, otherwise: number) => (error.extensions.http as { status?: number } | undefined)?.status ?? otherwise;
  /** A refusal before any stream: its status (else 400) and a body shaped as Apollo Server's. */
  const refusal = (error: unknown) => {
    const refused = error instanceof GraphQLError ? error : new GraphQLError("Bad request", { extensions: { code: "BAD_REQUEST" } });
    return { status: statusOf(refused, 400), body: JSON.stringify({ errors: [formatted(refused)] }) };
  };
  const answer = (req: Request, res: Response, status: number, errors: readonly GraphQLError[]) => {
    // As Apollo Server negotiates: the GraphQL media type when the client takes it.
    const type = req.accepts(["application/graphql-response+json", "application/json"]) || "application/json";
    res.status(status).type(`${type}; charset=utf-8`).send(JSON.stringify({ errors: errors.map(formatted) }));
  };

  const eventStream = createEventStreamHandler({ ...options, refusal, notReady: routerNotReady });
  const streamEvents = async (req: Request, res: Response, next: NextFunction) => {
    const streaming = acceptsEventStream(req.headers.accept);
    if (streaming) {
      const end = () => res.end();
      open.add(end);
      res.once("close", () => open.delete(end));
    }
    try {
      await eventStream(req, res);
    } catch (error) {
      options.log.error({ err: error }, "event stream request failed");
      if (!res.headersSent) next(error);
      else res.end();
    }
  };

  async function multipart(req: Request, res: Response, body: GraphQLBody, schema: GraphQLSchema, checked: CheckedOperation): Promise<void> {
    // A client may leave while the engine subscribes it (a cursor's replay check, an entity check).
    let gone = false;
    res.once("close", () => (gone = true));
    let viewer: Viewer | null;
    try {
      viewer = await options.viewerOf(req.headers.authorization);
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      return answer(req, res, statusOf(error, 401), [error]);
    }
    if (!acceptsMultipartSubscription(req.headers.accept)) return answer(req, res, 406, [notAcceptable()]);
    if (checked.errors) return answer(req, res, 400, checked.errors);
    let subscribed: AsyncIterableIterator<ExecutionResult> | ExecutionResult;
    try {
      subscribed = await options.engine.subscribe({ schema, document: checked.document, variableValues: body.variables ?? {}, operationName: body.operationName ?? undefined, contextValue: { viewer } });
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      subscribed = { errors: [error] };
    }
    if (!(Symbol.asyncIterator in subscribed)) {
      // Refused by the engine (cursor, unknown entity, sign-in): an execution result, then the end.
      const stream = new MultipartStream(res, options.heartbeatMs, () => undefined);
      stream.next(subscribed);
      return stream.end();
    }
    const iterator = subscribed;
    if (gone) return void iterator.return?.();
    const stream = new MultipartStream(res, options.heartbeatMs, () => {
      open.delete(stop);
      void iterator.return?.();
    });
    const stop = () => stream.fail([options.formatError(shuttingDown())]);
    open.add(stop);
    for await (const result of iterator) stream.next(result);
    stream.end();
  }

  return {
    onGraphql: (req, res, next) => {
      if (req.method !== "POST") return next();
      // An SSE client posting to /graphql: the graphql-sse handler wants the media type alone.
      if (acceptsEventStream(req.headers.accept) && !acceptsMultipartSubscription(req.headers.accept)) {
        req.headers.accept = "text/event-stream";
        return void streamEvents(req, res, next);
      }
      const body = graphQLBody(req.body);
      // Most operations are not subscriptions: only those naming one are parsed here (cached).
      if (!body || !/\bsubscription\b/.test(body.query)) return next();
      const schema = options.schema();
      if (!schema) return next();
      const checked = options.check(schema, body.query);
      // What does not parse, or is no subscription, is Apollo Server's to answer.
      if (operationType(checked, body.operationName) !== "subscription") return next();
      multipart(req, res, body, schema, checked).catch((error: unknown) => {
        options.log.error({ err: error }, "multipart subscription failed");
        if (!res.headersSent) next(error);
        else res.end();
      });
    },
    onStream: (req, res, next) => void streamEvents(req, res, next),
    close() {
      for (const stop of [...open]) stop();
      open.clear();
    },
  };
}
