import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import type { ApolloServer, BaseContext } from "@apollo/server";
import { answerGraphQL } from "@supergraph/platform";
import express from "express";

export interface GraphQLPostOptions<Ctx extends BaseContext> {
  server: ApolloServer<Ctx>;
  context: (req: IncomingMessage) => Promise<Ctx>;
  maxBodyBytes: number;
  /** Everything else: the Express app with the router's routes and its own /graphql chain. */
  app: RequestListener;
}

/**
 * A query or mutation POSTed to /graphql, handed to Apollo Server as its Express middleware
 * would hand it, without Express: profiled under load, Express's routing (every route and
 * `use` of the app tried in turn), its request and response wrappers and `res.send` (an ETag
 * hashed per answer) cost about a tenth of the router's CPU per request. The body is read by
 * the same parser with the same limit (body-parser's `json`), and what it refuses is answered
 * as the app's `clientErrors` answers it. What this does not serve goes to `app` unchanged:
 * other paths and methods, SSE (`Accept: text/event-stream`) and an operation that may be a
 * subscription (its parsed body kept: the app's parser skips a body already read).
 * Tracing runs its server span as an Express middleware, so a traced router serves through `app`.
 */
export function graphqlPosts<Ctx extends BaseContext>(options: GraphQLPostOptions<Ctx>): RequestListener {
  const { server, context, app } = options;
  const parse = express.json({ limit: options.maxBodyBytes }) as unknown as (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;
  return (req, res) => {
    if (req.method !== "POST" || !onGraphQLPath(req.url) || req.headers.accept?.toLowerCase().includes("text/event-stream")) return void app(req, res);
    parse(req, res, (error) => {
      if (error) return refuse(res, error);
      const body = (req as IncomingMessage & { body?: unknown }).body;
      if (maybeSubscription(body)) return void app(req, res);
      answerGraphQL(server, req, res, body, context).catch((failure: unknown) => refuse(res, failure));
    });
  };
}

const onGraphQLPath = (url: string | undefined) => url === "/graphql" || url?.startsWith("/graphql?") === true;

/** What the app's HTTP subscriptions (multipart) would look at further. */
const maybeSubscription = (body: unknown) => typeof body === "object" && body !== null && /\bsubscription\b/.test(String((body as { query?: unknown }).query));

/** As the platform's `clientErrors` answers what fails before GraphQL runs (a body too large, malformed JSON). */
function refuse(res: ServerResponse, error: unknown): void {
  if (res.headersSent) return void res.destroy();
  const { status: given, expose, message: said } = (error ?? {}) as { status?: unknown; expose?: unknown; message?: unknown };
  const status = typeof given === "number" && given >= 400 && given < 600 ? given : 500;
  const message = status < 500 && expose === true ? String(said) : "Internal server error";
  const code = status === 413 ? "PAYLOAD_TOO_LARGE" : status < 500 ? "BAD_REQUEST" : "INTERNAL_SERVER_ERROR";
  const text = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text) }).end(text);
}
