import { GraphQLError } from "graphql";

/**
 * A subgraph that could not be reached: the rest of the response still comes back, and
 * the client gets a typed, retryable error naming the service.
 */
export function subgraphUnavailable(service: string): GraphQLError {
  return new GraphQLError(`The ${service} service is unavailable right now; the fields it serves are null. Retry shortly.`, {
    extensions: { code: "SUBGRAPH_UNAVAILABLE", service, retryable: true },
  });
}
