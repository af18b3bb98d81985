import { buildSchema, GraphQLError, parse, validate, type DocumentNode } from "graphql";
import { describe, expect, it } from "vitest";
import { limitRules } from "../limits.ts";
import { checkOperation, DocumentCache, operationType, tokenLimitRefusal, withoutSuggestions } from "./operation.ts";

const schema = () => buildSchema("type Query { a: Int b: Int c: Int }");

function counting(): { cache: DocumentCache<DocumentNode>; checks: string[] } {
  const checks: string[] = [];
  const cache = new DocumentCache<DocumentNode>((_schema, query) => {
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

describe("checkOperation", () => {
  const nested = buildSchema("type Query { node: Node } type Node { id: ID name: String child: Node }");
  const options = { rules: limitRules({ maxDepth: 3, maxAliases: 2, maxCost: 5_000 }), maxTokens: 40, hideSchemaDetails: false };

  it("given a well-formed operation, then its document is shared without locations", () => {
    const checked = checkOperation(nested, "{ node { id } }", options);

    expect(checked.errors).toBeUndefined();
    expect(checked.document?.loc).toBeUndefined();
  });

  it("given a syntax error, then GRAPHQL_PARSE_FAILED with graphql's message and where it is", () => {
    const [error] = checkOperation(nested, "{ node { id }", options).errors!;

    expect(error!.toJSON()).toEqual({ message: "Syntax Error: Expected Name, found <EOF>.", locations: [{ line: 1, column: 14 }], extensions: { code: "GRAPHQL_PARSE_FAILED" } });
  });

  it("given an unknown field, then GRAPHQL_VALIDATION_FAILED pointing at it, with the suggestion unless schema details are hidden", () => {
    const shown = checkOperation(nested, "{\n  node { nme }\n}", options);
    const hidden = checkOperation(nested, "{\n  node { nme }\n}", { ...options, hideSchemaDetails: true });

    expect(shown.errors![0]!.toJSON()).toEqual({ message: 'Cannot query field "nme" on type "Node". Did you mean "name"?', locations: [{ line: 2, column: 10 }], extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
    expect(hidden.errors![0]!.toJSON()).toEqual({ message: 'Cannot query field "nme" on type "Node".', locations: [{ line: 2, column: 10 }], extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
    expect(operationType(hidden, undefined)).toBe("query");
  });

  it("given an operation over the depth or token limit, then OPERATION_LIMIT_EXCEEDED, said as a limit", () => {
    const deep = checkOperation(nested, "subscription { node { child { child { id } } } }", options);
    const long = checkOperation(nested, `{ node { ${"id ".repeat(40)} } }`, options);

    expect(deep.errors![0]!.extensions.code).toBe("OPERATION_LIMIT_EXCEEDED");
    expect(deep.errors![0]!.message).toMatch(/^Operation refused: .*depth/i);
    expect(operationType(deep, undefined)).toBe("subscription");
    expect(long.errors![0]!.toJSON()).toMatchObject({ message: "Operation refused: Document contains more than 40 tokens.", extensions: { code: "OPERATION_LIMIT_EXCEEDED" } });
  });
});

describe("tokenLimitRefusal", () => {
  it("given graphql's token limit message, then the refusal; given another syntax error, then nothing", () => {
    expect(tokenLimitRefusal("Syntax Error: Document contains more that 2000 tokens. Parsing aborted.")).toBe("Operation refused: Document contains more than 2000 tokens.");
    expect(tokenLimitRefusal("Syntax Error: Unexpected Name.")).toBeUndefined();
  });
});
