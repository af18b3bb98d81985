import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { Viewer } from "@supergraph/platform";
import type { Request as ExpressRequest, Response as ExpressResponse } from "express";
import { GraphQLError, print, type ExecutionResult, type GraphQLSchema } from "graphql";
import { TOKEN_HEADER_KEY, TOKEN_QUERY_KEY } from "graphql-sse";
import { createHandler } from "graphql-sse/lib/use/express";
import type { GraphExecutor, LiveContext, LiveEngine } from "./engine.ts";
import type { CheckedOperation } from "./operation.ts";

export interface EventStreamOptions {
  schema: () => GraphQLSchema | undefined;
  check: (schema: GraphQLSchema, query: string) => CheckedOperation;
  /** The request's viewer from its Authorization header (null: anonymous); throws a 401 error for a bad token. */
  viewerOf: (authorization: string | undefined) => Promise<Viewer | null>;
  engine: LiveEngine;
  graph: GraphExecutor;
  /** A refusal (a GraphQL error with `extensions.http.status`) as an HTTP answer: status and JSON body. */
  refusal: (error: unknown) => { status: number; body: string };
  notReady: () => GraphQLError;
}

type SseContext = { viewer: Viewer | null };

const JSON_HEADERS = { "content-type": "application/json; charset=utf-8" };

const reservationNeedsToken = () =>
  new GraphQLError("Reserving an event stream (single connection mode) needs a bearer token; without one, use distinct connections (one POST per operation).", {
    extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
  });

/** One result, as a stream: how a refused operation is answered inside an event stream. */
async function* once(result: ExecutionResult): AsyncGenerator<ExecutionResult> {
  yield result;
}

/**
 * The engine's iterator as an async generator: graphql-sse calls `return()` on a client's
 * disconnect only on what has `throw` too, so without it a closed stream would stay subscribed.
 */
function asGenerator(iterator: AsyncIterableIterator<ExecutionResult>): AsyncGenerator<ExecutionResult> {
  const generator: AsyncGenerator<ExecutionResult> = {
    next: () => iterator.next(),
    return: () => iterator.return!() as Promise<IteratorReturnResult<undefined>>,
    throw: () => iterator.return!() as Promise<IteratorReturnResult<undefined>>,
    [Symbol.asyncIterator]: () => generator,
  };
  return generator;
}

/**
 * GraphQL over Server-Sent Events, the graphql-sse protocol, through graphql-sse's own
 * handler: "distinct connections" (one POST with `Accept: text/event-stream` per operation)
 * and "single connection" (PUT reserves a stream, GET opens it, POSTs carry operations,
 * DELETE completes one). Every operation goes through the same check and live engine as
 * graphql-ws; the viewer is the Authorization header of the request that sends it.
 */
export function createEventStreamHandler(options: EventStreamOptions): (req: ExpressRequest, res: ExpressResponse) => Promise<void> {
  const viewers = new WeakMap<IncomingMessage, Viewer | null>();
  return createHandler<SseContext>({
    authenticate: async (req) => {
      const refused = (error: unknown) => {
        const { status, body } = options.refusal(error);
        return [body, { status, statusText: "Unauthorized", headers: JSON_HEADERS }] as const;
      };
      let viewer: Viewer | null;
      try {
        viewer = await options.viewerOf(req.headers.get("authorization") ?? undefined);
      } catch (error) {
        return refused(error);
      }
      viewers.set(req.raw, viewer);
      if (req.method === "PUT") {
        // A reserved stream lives until it is opened: only a signed-in client may reserve one,
        // and its token (the stream's only secret) is random, not guessable.
        if (!viewer) return refused(reservationNeedsToken());
        return randomUUID();
      }
      return req.headers.get(TOKEN_HEADER_KEY) ?? new URL(req.url, "http://router.invalid").searchParams.get(TOKEN_QUERY_KEY) ?? null;
    },
    onSubscribe: (req, params) => {
      // The protocol: a refusal before execution is a `next` event on an event stream request;
      // an operation sent for a single connection's stream is answered as over plain HTTP (400).
      const refuse = (errors: readonly GraphQLError[]) =>
        req.headers.get("accept") === "text/event-stream"
          ? once({ errors: [...errors] })
          : ([JSON.stringify({ errors }), { status: 400, statusText: "Bad Request", headers: JSON_HEADERS }] as const);
      const schema = options.schema();
      if (!schema) return refuse([options.notReady()]);
      const checked = options.check(schema, params.query);
      if (checked.errors) return refuse(checked.errors);
      return {
        schema,
        document: checked.document,
        variableValues: params.variables ?? {},
        operationName: params.operationName,
        contextValue: { viewer: viewers.get(req.raw) ?? null },
      };
    },
    // The check above validated already (with the limits), once per distinct operation text.
    validate: () => [],
    subscribe: async (args) => {
      const result = await options.engine.subscribe(args);
      return Symbol.asyncIterator in result ? asGenerator(result) : result;
    },
    execute: (args) => options.graph(print(args.document), (args.variableValues as Record<string, unknown>) ?? {}, (args.contextValue as LiveContext).viewer),
  });
}
