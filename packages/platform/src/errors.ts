import { GraphQLError } from "graphql";

/**
 * A business failure with a code from the owning subgraph's error-code enum
 * (documented in its SDL). Reaches clients as `extensions.code`. A context throws it
 * through its {@link domainErrors}, which holds `Code` to the enum generated from its SDL.
 */
export class DomainError<Code extends string = string> extends Error {
  constructor(
    readonly code: Code,
    message: string,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

/** A callee of a sync call is down, slow or its breaker is open: the user should retry shortly. */
export class ServiceUnavailableError<Code extends string = string> extends DomainError<Code> {
  constructor(
    code: Code,
    message: string,
    /** When a retry may succeed, if known (a breaker's reset): `extensions.retryAfterMs`. */
    readonly retryAfterMs?: number,
  ) {
    super(code, message);
    this.name = "ServiceUnavailableError";
  }
}

/** The codes of a generated error enum (`typeof RegistrationErrorCode`): the union of its values. */
export type ErrorCodeOf<Enum extends Readonly<Record<string, string>>> = Enum[keyof Enum];

/** The refusals of one context, each code a member of its SDL's error enum (any other is a type error). */
export interface DomainErrors<Enum extends Readonly<Record<string, string>>> {
  /** The error enum generated from the context's SDL. */
  readonly codes: Enum;
  /** A business refusal: the operation did not happen, and retrying it will not help. */
  refuse(code: ErrorCodeOf<Enum>, message: string): DomainError<ErrorCodeOf<Enum>>;
  /** Something the operation needs is down or overloaded: retry shortly (`extensions.retryable`). */
  unavailable(code: ErrorCodeOf<Enum>, message: string): ServiceUnavailableError<ErrorCodeOf<Enum>>;
}

/**
 * A context's typed error constructors, from the error enum generated from its SDL:
 * `const RegistrationError = domainErrors(RegistrationErrorCode)`, then
 * `throw RegistrationError.refuse("LECTURE_FULL", "The lecture is full.")`.
 */
export function domainErrors<const Enum extends Readonly<Record<string, string>>>(codes: Enum): DomainErrors<Enum> {
  return {
    codes,
    refuse: (code, message) => new DomainError(code, message),
    unavailable: (code, message) => new ServiceUnavailableError(code, message),
  };
}

export const UNAUTHENTICATED = "UNAUTHENTICATED";
export const FORBIDDEN = "FORBIDDEN";

/**
 * A field that needs a signed-in viewer, asked without a token: a field error like any other
 * (HTTP 200, the other fields' data beside it), not an HTTP 401 for the whole answer, which
 * the gateway would turn into "401: Unauthorized" with the subgraph's URL and raw body. A
 * token that fails verification is refused for the whole request (401) before any field runs.
 */
export function unauthenticated(message = "Sign in first: this operation needs a valid bearer token."): GraphQLError {
  return new GraphQLError(message, { extensions: { code: UNAUTHENTICATED } });
}

export function forbidden(message = "Your role does not allow this operation."): GraphQLError {
  return new GraphQLError(message, { extensions: { code: FORBIDDEN } });
}
