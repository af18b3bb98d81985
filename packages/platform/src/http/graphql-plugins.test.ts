// Apollo Server, loaded by Node, checks `instanceof` against graphql's CommonJS build, while Vite
// resolves a bare `graphql` import to its ESM build (index.mjs): build errors from the one Apollo sees.
import { GraphQLError, type GraphQLFormattedError } from "graphql/index.js";
import { describe, expect, it } from "vitest";
import { DomainError, ServiceUnavailableError } from "../errors.ts";
import { formatError } from "./graphql-plugins.ts";

const locations = [{ line: 1, column: 3 }];

/** What Apollo Server passes for an error a resolver threw: formatted, and the wrapped original. */
function thrownByResolver(original: Error): [GraphQLFormattedError, GraphQLError] {
  const error = new GraphQLError(original.message, { path: ["registerForLecture"], originalError: original });
  return [{ message: original.message, locations, path: ["registerForLecture"], extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["Error: ..."] } }, error];
}

describe("client-facing errors", () => {
  it("given a DomainError from a resolver, then its code and message reach the client without a stack", () => {
    expect(formatError(...thrownByResolver(new DomainError("LECTURE_FULL", "The lecture is full.")))).toEqual({
      message: "The lecture is full.",
      locations,
      path: ["registerForLecture"],
      extensions: { code: "LECTURE_FULL" },
    });
  });

  it("given a callee that is unavailable, then the error is also marked retryable", () => {
    const [formatted, error] = thrownByResolver(new ServiceUnavailableError("PAYMENT_UNAVAILABLE", "Payments are unavailable; retry shortly."));

    expect(formatError(formatted, error).extensions).toEqual({ code: "PAYMENT_UNAVAILABLE", retryable: true });
  });

  it.each([
    ["a refused connection", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })],
    ["PostgreSQL shutting down", Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" })],
    ["a connection lost under Prisma's adapter", new Error("Invalid `prisma.registration.create()` invocation", { cause: new Error("Connection terminated unexpectedly") })],
  ])("given %s, then it is DATABASE_UNAVAILABLE, retryable, with no details", (_what, cause) => {
    expect(formatError(...thrownByResolver(cause))).toEqual({
      message: "This service cannot reach its database right now; nothing was changed. Retry shortly.",
      locations,
      path: ["registerForLecture"],
      extensions: { code: "DATABASE_UNAVAILABLE", retryable: true },
    });
  });

  it("given an unexpected error, then it is INTERNAL_SERVER_ERROR with no details", () => {
    expect(formatError(...thrownByResolver(new Error("password authentication failed for user \"app\"")))).toEqual({
      message: "Internal server error",
      locations,
      path: ["registerForLecture"],
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
  });

  it("given an error with no code, then it is masked as INTERNAL_SERVER_ERROR", () => {
    expect(formatError({ message: "secret detail" }, new Error("secret detail"))).toEqual({ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } });
  });

  it("given a typed GraphQL error (bad input, authentication), then it keeps its code and message, and loses only its stack", () => {
    const formatted: GraphQLFormattedError = { message: "Sign in first.", locations, extensions: { code: "UNAUTHENTICATED", stacktrace: ["GraphQLError: ..."] } };

    expect(formatError(formatted, new GraphQLError("Sign in first."))).toEqual({ message: "Sign in first.", locations, extensions: { code: "UNAUTHENTICATED" } });
  });
});
