import { buildSchema, parse, specifiedRules, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { limitRules } from "./limits.ts";

const schema = buildSchema("type Query { node: Query, id: Int }");
const refusals = (query: string) => validate(schema, parse(query), [...specifiedRules, ...limitRules({ maxDepth: 2, maxAliases: 1, maxCost: 5_000 })]);

describe("limitRules", () => {
  it("given an operation deeper than the limit, then it is refused as a limit, not as a syntax error", () => {
    const [error, ...more] = refusals("{ node { node { node { id } } } }");

    expect(more).toEqual([]);
    expect(error!.message).toBe("Operation refused: Query depth limit of 2 exceeded, found 4.");
    expect(error!.extensions.code).toBe("OPERATION_LIMIT_EXCEEDED");
  });

  it("given more aliases than the limit, then the refusal names the aliases limit", () => {
    const [error] = refusals("{ a: id b: id c: id }");

    expect(error!.message).toBe("Operation refused: Aliases limit of 1 exceeded, found 3.");
  });

  it("given an operation within the limits, then nothing is refused", () => {
    expect(refusals("{ node { id } }")).toEqual([]);
  });
});
