import { createRequire } from "node:module";
import Module from "node:module";
import { describe, expect, it } from "vitest";
import { fastBuiltinRequires } from "./builtin-requires.ts";

const loader = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };

describe("fastBuiltinRequires", () => {
  it("resolves built-ins without the hooks below it, and everything else through them", () => {
    const seen: string[] = [];
    const original = loader._resolveFilename;
    loader._resolveFilename = function (this: unknown, request: string, ...rest: unknown[]) {
      seen.push(request);
      return original.call(this, request, ...rest);
    };
    try {
      fastBuiltinRequires();
      fastBuiltinRequires(); // a second call adds no second layer
      const require = createRequire(import.meta.url);
      expect(require("crypto")).toBe(require("node:crypto"));
      expect(require("zod")).toBeDefined();
      expect(seen).toContain("zod");
      expect(seen).not.toContain("crypto");
      expect(() => require("no-such-package-here")).toThrow(/Cannot find module/);
    } finally {
      loader._resolveFilename = original;
    }
  });
});
