import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { HeaderMap, type ApolloServer, type BaseContext as ApolloContext, type HTTPGraphQLRequest } from "@apollo/server";
import type { Logger } from "../logger.ts";

export interface GraphQLHandlerOptions<Ctx extends ApolloContext> {
  server: ApolloServer<Ctx>;
  /** The request's context (the verified viewer and the context's loaders). */
  context: (req: IncomingMessage) => Promise<Ctx>;
  /** Whether the request may be served: the router's secret, when one is set (default: every one). */
  admits?: (req: IncomingMessage) => boolean;
  /** Requests left to `fallback` unread (the router's SSE subscriptions). */
  leaves?: (req: IncomingMessage) => boolean;
  /**
   * Bodies handed to `fallback` once read (the router's multipart subscriptions), with
   * `req.body` set: Express's body parser leaves a finished request's body as it is.
   */
  handsOver?: (body: object) => boolean;
  /** Largest body taken, in bytes. */
  limitBytes: number;
  log: Logger;
}

/** Content types served here; any other (a charset to convert, a form) goes the long way. */
const PLAIN_JSON = /^application\/json\s*(?:;\s*charset="?utf-8"?\s*)?$/i;

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.statusCode = status;
  res.setHeader("content-type", "application/json; charset=utf-8");
  res.end(JSON.stringify(body));
};
const error = (res: ServerResponse, status: number, message: string, code: string) => json(res, status, { errors: [{ message, extensions: { code } }] });

/**
 * `POST /graphql` with a JSON body, served from node:http straight into Apollo Server (the
 * subgraphs' and the router's: one way, not one each)
 * (`executeHTTPGraphQLRequest`), the way its standalone server does it less the CORS and body
 * parser layers; every other request goes to `fallback` (the Express app: health, metrics,
 * extra routes, and whatever this does not take, such as a compressed body). Express's router,
 * body parser and response helpers were a fifth of a subgraph request's CPU. Answers what fails
 * before GraphQL runs as the Express path does (403 FORBIDDEN without the router's secret, 413
 * PAYLOAD_TOO_LARGE over the limit, 400 BAD_REQUEST for malformed JSON).
 */
export function graphqlFirst<Ctx extends ApolloContext>(path: string, fallback: RequestListener, options: GraphQLHandlerOptions<Ctx>): RequestListener {
  const { server, limitBytes, log } = options;
  return (req, res) => {
    const url = req.url ?? "";
    const query = url.indexOf("?");
    const pathname = query === -1 ? url : url.slice(0, query);
    const encoding = req.headers["content-encoding"];
    if (
      req.method !== "POST" ||
      pathname !== path ||
      !PLAIN_JSON.test(req.headers["content-type"] ?? "") ||
      (encoding !== undefined && encoding !== "identity") ||
      options.leaves?.(req)
    ) {
      fallback(req, res);
      return;
    }
    if (options.admits && !options.admits(req)) {
      req.resume();
      error(res, 403, "This service answers the router only.", "FORBIDDEN");
      return;
    }
    const declared = Number(req.headers["content-length"]);
    if (declared > limitBytes) {
      req.resume();
      error(res, 413, "request entity too large", "PAYLOAD_TOO_LARGE");
      return;
    }
    const chunks: Buffer[] = [];
    let received = 0;
    let refused = false;
    req.on("data", (chunk: Buffer) => {
      if (refused) return;
      received += chunk.length;
      if (received > limitBytes) {
        refused = true;
        error(res, 413, "request entity too large", "PAYLOAD_TOO_LARGE");
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => {
      if (refused) return;
      let body: unknown;
      try {
        const text = (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)).toString("utf8");
        body = text.trim() === "" ? {} : JSON.parse(text);
      } catch (e) {
        error(res, 400, (e as Error).message, "BAD_REQUEST");
        return;
      }
      if (body === null || typeof body !== "object") {
        error(res, 400, "The request body must be a JSON object or array.", "BAD_REQUEST");
        return;
      }
      if (options.handsOver?.(body)) {
        (req as IncomingMessage & { body?: unknown }).body = body;
        fallback(req, res);
        return;
      }
      answerGraphQL(server, req, res, body, options.context).catch((e: unknown) => {
        log.error({ err: e }, "GraphQL request failed outside the pipeline");
        if (res.headersSent) res.destroy();
        else error(res, 500, "Internal server error", "INTERNAL_SERVER_ERROR");
      });
    });
    req.on("error", () => res.destroy());
  };
}

/**
 * Runs a parsed GraphQL request body through Apollo Server and writes its answer, as Apollo's
 * own integrations do (its headers, status, a complete body or its chunks).
 */
async function answerGraphQL<Ctx extends ApolloContext>(
  server: ApolloServer<Ctx>,
  req: IncomingMessage,
  res: ServerResponse,
  body: unknown,
  context: (req: IncomingMessage) => Promise<Ctx>,
): Promise<void> {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
  }
  const url = req.url ?? "";
  const query = url.indexOf("?");
  const request: HTTPGraphQLRequest = { method: "POST", headers, search: query === -1 ? "" : url.slice(query), body };
  const answer = await server.executeHTTPGraphQLRequest({ httpGraphQLRequest: request, context: () => context(req) });
  for (const [key, value] of answer.headers) res.setHeader(key, value);
  res.statusCode = answer.status ?? 200;
  if (answer.body.kind === "complete") {
    res.setHeader("content-length", Buffer.byteLength(answer.body.string));
    res.end(answer.body.string);
    return;
  }
  for await (const chunk of answer.body.asyncIterator) res.write(chunk);
  res.end();
}
