import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { rememberedOperations } from "./federation-exports.ts";

describe("rememberedOperations", () => {
  const schema = {};
  const counting = () => {
    let calls = 0;
    const build = rememberedOperations(() => ({ built: ++calls }));
    return { build, calls: () => calls };
  };
  const { definitions } = parse("query Board { a } fragment F on Query { b }");

  it("builds an operation once for the executor's documents of the same nodes", () => {
    const { build, calls } = counting();
    const first = build(schema, { kind: "Document" as never, definitions: [...definitions] }, { validate: false });
    const again = build(schema, { kind: "Document" as never, definitions: [...definitions] }, { validate: false });
    expect(again).toBe(first);
    expect(calls()).toBe(1);
  });

  it("builds afresh for another schema, other definitions, another operation name or the planner's call", () => {
    const { build, calls } = counting();
    build(schema, { kind: "Document" as never, definitions: [...definitions] }, { validate: false });
    build({}, { kind: "Document" as never, definitions: [...definitions] }, { validate: false });
    build({}, { kind: "Document" as never, definitions: [definitions[0]!] }, { validate: false });
    build({}, { kind: "Document" as never, definitions: [definitions[0]!] }, { validate: false, operationName: "Board" });
    build({}, { kind: "Document" as never, definitions: [definitions[0]!] });
    build({}, { kind: "Document" as never, definitions: [definitions[0]!] });
    expect(calls()).toBe(6);
  });

  it("keeps no error", () => {
    let calls = 0;
    const build = rememberedOperations(() => {
      calls++;
      throw new Error("Unknown type");
    });
    const document = { kind: "Document" as never, definitions: [...definitions] };
    expect(() => build(schema, document, { validate: false })).toThrow("Unknown type");
    expect(() => build(schema, document, { validate: false })).toThrow("Unknown type");
    expect(calls).toBe(2);
  });
});
