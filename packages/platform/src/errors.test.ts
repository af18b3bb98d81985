// graphql's CommonJS build, as Apollo Server loads it (see http/graphql-plugins.test.ts).
import { GraphQLError } from "graphql/index.js";
import { describe, expect, it } from "vitest";
import { DomainError, domainErrors, ServiceUnavailableError } from "./errors.ts";
import { formatError } from "./http/graphql-plugins.ts";

/** The shape of a generated error enum (subgraphs/<context>/src/generated/graphql.ts). */
const ShopErrorCode = { OUT_OF_STOCK: "OUT_OF_STOCK", SHOP_BUSY: "SHOP_BUSY" } as const;
const ShopError = domainErrors(ShopErrorCode);

/** What a client receives for an error a resolver threw. */
function clientSees(original: Error) {
  const error = new GraphQLError(original.message, { path: ["order"], originalError: original });
  return formatError({ message: original.message, path: ["order"], extensions: { code: "INTERNAL_SERVER_ERROR" } }, error);
}

describe("a context's typed errors", () => {
  it("given a refusal, then it is a DomainError with its code and message, not retryable", () => {
    const refused = ShopError.refuse("OUT_OF_STOCK", "Sold out.");

    expect(refused).toBeInstanceOf(DomainError);
    expect(refused).not.toBeInstanceOf(ServiceUnavailableError);
    expect([refused.code, refused.message, refused.name]).toEqual(["OUT_OF_STOCK", "Sold out.", "DomainError"]);
    expect(clientSees(refused)).toEqual({ message: "Sold out.", path: ["order"], extensions: { code: "OUT_OF_STOCK" } });
  });

  it("given an unavailable service, then the client sees its code marked retryable, as a ServiceUnavailableError", () => {
    const busy = ShopError.unavailable("SHOP_BUSY", "Try again shortly.");

    expect(busy).toBeInstanceOf(ServiceUnavailableError);
    expect(busy.name).toBe("ServiceUnavailableError");
    expect(clientSees(busy).extensions).toEqual({ code: "SHOP_BUSY", retryable: true });
  });

  it("given the same code thrown by hand, then the client sees exactly the same error", () => {
    expect(clientSees(ShopError.refuse("OUT_OF_STOCK", "Sold out."))).toEqual(clientSees(new DomainError("OUT_OF_STOCK", "Sold out.")));
    expect(clientSees(ShopError.unavailable("SHOP_BUSY", "Later."))).toEqual(clientSees(new ServiceUnavailableError("SHOP_BUSY", "Later.")));
  });

  it("keeps the enum it was built from", () => {
    expect(ShopError.codes).toBe(ShopErrorCode);
  });
});

// A code outside the enum does not compile: `tsc` checks it (it fails on an expected error
// that does not occur), vitest does not type-check.
// @ts-expect-error "NO_SUCH_CODE" is not a ShopErrorCode
const notACode = () => ShopError.refuse("NO_SUCH_CODE", "never thrown");
