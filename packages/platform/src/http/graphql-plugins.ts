import type { ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";
import { DomainError, ServiceUnavailableError } from "../errors.ts";
import type { Metrics } from "../metrics.ts";

/**
 * Records each operation's duration and outcome (observed directly: prom-client's timer copies
 * its labels into a new object per request).
 */
export function metricsPlugin(metrics: Metrics): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, errors }) {
          metrics.httpDuration.observe({ operation: operationName ?? "anonymous", outcome: errors?.length ? "error" : "ok" }, (performance.now() - started) / 1000);
        },
      };
    },
  };
}

export const DATABASE_UNAVAILABLE = "DATABASE_UNAVAILABLE";

/** PostgreSQL codes of a lost or refused connection: class 08, shutdown (57P01-57P03), too many connections. */
const LOST_CONNECTION_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "57P01", "57P02", "57P03", "53300", "P1001", "P1002", "P1017", "P2024"]);
const LOST_CONNECTION_MESSAGES = /Connection terminated|Can't reach database server|Server has closed the connection|terminating connection due to administrator command|connect ECONNREFUSED|timeout exceeded when trying to connect/;

/**
 * Whether an error (or one of its causes) is the database being out of reach, through pg
 * or Prisma's driver adapter: a transaction that failed so is rolled back, and the request
 * can be retried, unlike a bug.
 */
export function lostDatabase(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && (LOST_CONNECTION_CODES.has(code) || code.startsWith("08"))) return true;
    if (LOST_CONNECTION_MESSAGES.test(e.message)) return true;
  }
  return false;
}

/**
 * Client-facing errors: domain failures keep their code and message; a database out of
 * reach is DATABASE_UNAVAILABLE, retryable; anything unexpected becomes
 * INTERNAL_SERVER_ERROR without details (logged on the server).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    if (!(original instanceof ServiceUnavailableError)) return { ...formatted, message: original.message, extensions: { code: original.code } };
    const { retryAfterMs } = original;
    return { ...formatted, message: original.message, extensions: { code: original.code, retryable: true, ...(retryAfterMs !== undefined ? { retryAfterMs: Math.ceil(retryAfterMs) } : {}) } };
  }
  const code = formatted.extensions?.code;
  if ((code === "INTERNAL_SERVER_ERROR" || code === undefined) && lostDatabase(original)) {
    return {
      message: "This service cannot reach its database right now; nothing was changed. Retry shortly.",
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: DATABASE_UNAVAILABLE, retryable: true },
    };
  }
  if (code === "INTERNAL_SERVER_ERROR" || code === undefined) {
    return { message: "Internal server error", locations: formatted.locations, path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
  }
  const { stacktrace: _omit, ...extensions } = formatted.extensions ?? {};
  return { ...formatted, extensions };
}
