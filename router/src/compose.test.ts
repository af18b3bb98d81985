import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { composeSupergraph, supergraphPath } from "./compose.ts";

const root = resolve(import.meta.dirname, "../..");

describe("the committed supergraph", () => {
  it("is what the subgraphs' SDL composes to (run `npm run compose` after changing a schema)", () => {
    expect(readFileSync(supergraphPath(root), "utf8")).toBe(composeSupergraph(root));
  });
});
