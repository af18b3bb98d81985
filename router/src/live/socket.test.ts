import { buildSchema, GraphQLError, parse, validate, type DocumentNode } from "graphql";
import { describe, expect, it } from "vitest";
import { DocumentCache, withoutSuggestions } from "./socket.ts";

const schema = () => buildSchema("type Query { a: Int b: Int c: Int }");

function counting(): { cache: DocumentCache; checks: string[] } {
  const checks: string[] = [];
  const cache = new DocumentCache((_schema, query) => {
    checks.push(query);
    return parse(query);
  }, 2);
  return { cache, checks };
}

describe("DocumentCache", () => {
  it("given the same query twice for one schema, then it is checked once and the document is shared", () => {
    const { cache, checks } = counting();
    const s = schema();

    const first = cache.get(s, "{ a }") as DocumentNode;

    expect(cache.get(s, "{ a }")).toBe(first);
    expect(checks).toEqual(["{ a }"]);
  });

  it("given a new schema, then every query is checked again against it", () => {
    const { cache, checks } = counting();
    cache.get(schema(), "{ a }");

    cache.get(schema(), "{ a }");

    expect(checks).toEqual(["{ a }", "{ a }"]);
  });

  it("given more queries than it holds, then the least recently used one is dropped", () => {
    const { cache, checks } = counting();
    const s = schema();
    cache.get(s, "{ a }");
    cache.get(s, "{ b }");
    cache.get(s, "{ a }");

    cache.get(s, "{ c }");
    cache.get(s, "{ a }");
    cache.get(s, "{ b }");

    expect(checks).toEqual(["{ a }", "{ b }", "{ c }", "{ b }"]);
  });
});

describe("withoutSuggestions", () => {
  it("given a misspelled field, then the error names it but suggests nothing", () => {
    const [error] = validate(schema(), parse("{ aa }"));

    expect(error!.message).toMatch(/Did you mean/);
    expect(withoutSuggestions(error!).message).toBe('Cannot query field "aa" on type "Query".');
  });

  it("given an error without a suggestion, then it is the same error", () => {
    const error = new GraphQLError("Syntax Error: Unexpected Name.", { extensions: { code: "X" } });

    expect(withoutSuggestions(error)).toBe(error);
  });
});
