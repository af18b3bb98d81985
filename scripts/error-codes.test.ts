import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { CONTEXTS } from "@supergraph/platform/topology";
import { describe, expect, it } from "vitest";
import { codeFiles, sdlEnums } from "./enum-copies.ts";

const root = resolve(import.meta.dirname, "..");
const contextCode = (context: string) => codeFiles(root).filter((f) => f.startsWith(`subgraphs/${context}/src/`));

/**
 * A context's refusals go through `domainErrors(<its SDL's error enum>)`, whose `refuse` and
 * `unavailable` take only that enum's codes: a `new DomainError(...)` by hand would take any
 * string, so the type checker could no longer hold the codes to the SDL.
 */
const builtByHand = (file: string) =>
  readFileSync(join(root, file), "utf8")
    .split("\n")
    .flatMap((line, i) => (/\bnew (DomainError|ServiceUnavailableError)\s*\(/.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : []));

describe.each(CONTEXTS.map((c) => c.name))("the %s context", (context) => {
  it("throws no DomainError built by hand", () => {
    expect(contextCode(context).flatMap(builtByHand)).toEqual([]);
  });

  it("builds its typed errors from each error enum of its SDL", () => {
    const errorEnums = sdlEnums(`subgraphs/${context}/schema.graphql`, readFileSync(join(root, "subgraphs", context, "schema.graphql"), "utf8"))
      .map((e) => e.name)
      .filter((name) => name.endsWith("ErrorCode"));
    const code = contextCode(context).map((file) => readFileSync(join(root, file), "utf8")).join("\n");
    expect(errorEnums.filter((name) => !new RegExp(`domainErrors\\(\\s*\\w*${name}\\w*\\s*\\)`).test(code))).toEqual([]);
  });
});
