import type { ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";
import { DomainError, ServiceUnavailableError } from "../errors.ts";
import type { Metrics } from "../metrics.ts";

/** Records each operation's duration and outcome. */
export function metricsPlugin(metrics: Metrics): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const end = metrics.httpDuration.startTimer();
      return {
        async willSendResponse({ operationName, errors }) {
          end({ operation: operationName ?? "anonymous", outcome: errors?.length ? "error" : "ok" });
        },
      };
    },
  };
}

/**
 * Client-facing errors: domain failures keep their code and message; anything unexpected
 * becomes INTERNAL_SERVER_ERROR without details (logged on the server).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    const retryable = original instanceof ServiceUnavailableError;
    return { ...formatted, message: original.message, extensions: { code: original.code, ...(retryable ? { retryable } : {}) } };
  }
  const code = formatted.extensions?.code;
  if (code === "INTERNAL_SERVER_ERROR" || code === undefined) {
    return { message: "Internal server error", locations: formatted.locations, path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
  }
  const { stacktrace: _omit, ...extensions } = formatted.extensions ?? {};
  return { ...formatted, extensions };
}
