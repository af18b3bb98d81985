import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { CONTEXTS } from "@supergraph/platform/topology";
import { describe, expect, it } from "vitest";
import { generatedFiles, subgraphTypesPath, webTypesPath } from "./codegen.ts";

const root = resolve(import.meta.dirname, "..");

describe("the committed generated types", async () => {
  const files = await generatedFiles(root);

  it("cover every context of the topology and the web client", () => {
    expect([...files.keys()].sort()).toEqual([...CONTEXTS.map((c) => subgraphTypesPath(c.name)), webTypesPath].sort());
  });

  it.each([...files.keys()])("%s is what its SDL generates (run `npx tsx scripts/codegen.ts` after changing a schema)", (path) => {
    expect(readFileSync(join(root, path), "utf8")).toBe(files.get(path));
  });
});
