import type { ApolloServerPlugin } from "@apollo/server";
import { createContextKey } from "@opentelemetry/api";
import type { RequestHandler } from "express";
import { activeContext, CASE_HEADER, runIn, SpanKind, SpanStatusCode, withSpan, type Span, type Tracing } from "../tracing.ts";

/** The server span of the request being handled (not whatever span runs an operation: a live push's runs them too). */
const REQUEST_SPAN = createContextKey("supergraph.request-span");

/**
 * A server span per GraphQL request (named after its operation), child of the caller's
 * `traceparent`, active while the request is handled; mounted after the body is parsed, where
 * the operation name is known and the rest of the request runs in the span's context.
 */
export function traceRequests(tracing: Tracing): RequestHandler {
  return (req, res, next) => {
    const parent = tracing.extract({ get: (name) => req.header(name) });
    const body = req.body as { operationName?: unknown } | undefined;
    const operation = typeof body?.operationName === "string" && body.operationName ? body.operationName : "anonymous";
    const span = tracing.start(`graphql ${operation}`, SpanKind.SERVER, parent, {
      "graphql.operation.name": operation,
      "http.request.method": req.method,
      "url.path": req.originalUrl,
    });
    res.once("close", () => {
      span.setAttribute("http.response.status_code", res.statusCode);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    runIn(withSpan(parent, span).setValue(REQUEST_SPAN, span), next);
  };
}

/**
 * Names the request's server span after the operation once it is resolved: a client's request
 * (to the router) need not say its operation name beside the document.
 */
export function operationNamePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operationName }) {
          const span = activeContext().getValue(REQUEST_SPAN) as Span | undefined;
          if (operationName) span?.updateName(`graphql ${operationName}`).setAttribute("graphql.operation.name", operationName);
        },
      };
    },
  };
}

/**
 * Tells the caller the case its request's trace worked on (`supergraph-correlation-id`), once
 * this process knows it (the command recorded events for it): the router's spans of the
 * request then carry it too.
 */
export function caseHeaderPlugin(tracing: Tracing): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const known = tracing.caseOf();
          if (known) response.http.headers.set(CASE_HEADER, known);
        },
      };
    },
  };
}
