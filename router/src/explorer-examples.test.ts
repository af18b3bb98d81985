import { readFileSync } from "node:fs";
import { buildSchema, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { EXAMPLE_TABS } from "../explorer/src/examples.ts";

// The composed supergraph is a valid GraphQL schema (its join__/link__ definitions included):
// what clients can select is what it holds, subscriptions too.
const supergraph = buildSchema(readFileSync(new URL("../../schema/supergraph.graphql", import.meta.url), "utf8"));

describe("the explorer's example tabs", () => {
  it.each(EXAMPLE_TABS.map((tab, i) => [i, tab.query] as const))("given tab %i, then every operation in it is valid against the supergraph", (_, query) => {
    const errors = validate(supergraph, parse(query)).map((e) => e.message);
    expect(errors).toEqual([]);
  });

  it("given a field the graph does not have, then validation names it (the check above can fail)", () => {
    expect(validate(supergraph, parse("{ myPizzaOrderBoard { noSuchField } }")).map((e) => e.message)).toEqual([
      'Cannot query field "noSuchField" on type "PizzaOrderSummary".',
    ]);
  });

  it("given the tabs, then one tab per system and one across them", () => {
    expect(EXAMPLE_TABS).toHaveLength(6);
  });
});
