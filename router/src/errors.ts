import type { ApolloServerPlugin } from "@apollo/server";
import { formatError as formatSubgraphError } from "@supergraph/platform";
import { GraphQLError, type GraphQLFormattedError } from "graphql";

/**
 * A subgraph that could not be reached: the rest of the response still comes back, and
 * the client gets a typed, retryable error naming the service (its name only: never its
 * address, which is the deployment's business).
 */
export function subgraphUnavailable(service: string): GraphQLError {
  return new GraphQLError(`The ${service} service is unavailable right now; the fields it serves are null. Retry shortly.`, {
    extensions: { code: "SUBGRAPH_UNAVAILABLE", service, retryable: true },
  });
}

/**
 * A subgraph's answer with an HTTP error status but a GraphQL body (a field's owner refusing
 * it, a token it could not verify): its errors, as the gateway takes them from any answer.
 */
export class SubgraphErrorAnswer extends GraphQLError {
  constructor(
    readonly status: number,
    readonly errors: readonly GraphQLFormattedError[],
    readonly data: Record<string, unknown> | null,
  ) {
    super(`The subgraph answered HTTP ${status} with ${errors.length} GraphQL error(s).`);
    this.name = "SubgraphErrorAnswer";
  }
}

/**
 * What a subgraph's non-2xx answer means to the client. The gateway's own reading puts the
 * subgraph's URL, status and raw body in `extensions.response` under a message like
 * "401: Unauthorized"; here a GraphQL body keeps its owner's errors (codes, messages, paths),
 * and anything else (a proxy's 502 page, an empty 503) is the service being unavailable.
 */
export function subgraphErrorAnswer(service: string, status: number, body: unknown): SubgraphErrorAnswer | GraphQLError {
  const answer = body as { errors?: unknown; data?: unknown } | null;
  const errors = typeof answer === "object" && answer !== null && Array.isArray(answer.errors) ? answer.errors.filter(isFormattedError) : [];
  if (errors.length === 0) return subgraphUnavailable(service);
  const data = typeof answer!.data === "object" && answer!.data !== null ? (answer!.data as Record<string, unknown>) : null;
  return new SubgraphErrorAnswer(status, errors, data);
}

const isFormattedError = (error: unknown): error is GraphQLFormattedError => typeof error === "object" && error !== null && typeof (error as { message?: unknown }).message === "string";

/**
 * Extensions the gateway adds for itself: the subgraph an error came from (`serviceName`,
 * for Apollo's usage reporting, which the router does not use) and its copy of a subgraph's
 * HTTP answer (`response`: URL, status, raw body). Neither is the client's business.
 */
const GATEWAY_EXTENSIONS = ["serviceName", "response"] as const;

/**
 * The router's client-facing errors: the platform's shaping (typed codes kept, anything
 * unexpected masked, no stack traces) and nothing of the gateway's internals.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const shaped = formatSubgraphError(formatted, error);
  if (!shaped.extensions || !GATEWAY_EXTENSIONS.some((key) => key in shaped.extensions!)) return shaped;
  const extensions = { ...shaped.extensions };
  for (const key of GATEWAY_EXTENSIONS) delete extensions[key];
  return { ...shaped, extensions };
}

/**
 * An `operationName` the document does not have (or none, for a document of several): the
 * client's mistake, refused as Apollo Server refuses it without a gateway (400,
 * OPERATION_RESOLUTION_FAILURE). Through the gateway it would be a 500 INVALID_GRAPHQL.
 */
export const operationResolution: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, request }) {
        if (operation) return;
        const message = request.operationName ? `Unknown operation named "${request.operationName}".` : "Must provide operation name if query contains multiple operations.";
        throw new GraphQLError(message, { extensions: { code: "OPERATION_RESOLUTION_FAILURE", http: { status: 400 } } });
      },
    };
  },
};
