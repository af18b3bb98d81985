import { GraphQLError } from "graphql";

/**
 * A business failure with a code from the owning subgraph's error-code enum
 * (documented in its SDL). Reaches clients as `extensions.code`.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

/** A callee of a sync call is down, slow or its breaker is open: the user should retry shortly. */
export class ServiceUnavailableError extends DomainError {
  constructor(code: string, message: string) {
    super(code, message);
    this.name = "ServiceUnavailableError";
  }
}

export const UNAUTHENTICATED = "UNAUTHENTICATED";
export const FORBIDDEN = "FORBIDDEN";

export function unauthenticated(message = "Sign in first: this operation needs a valid bearer token."): GraphQLError {
  return new GraphQLError(message, { extensions: { code: UNAUTHENTICATED, http: { status: 401 } } });
}

export function forbidden(message = "Your role does not allow this operation."): GraphQLError {
  return new GraphQLError(message, { extensions: { code: FORBIDDEN } });
}
