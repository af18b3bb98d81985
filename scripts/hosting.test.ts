import { describe, expect, it } from "vitest";
import { CONTEXTS, contextsOf } from "../packages/platform/src/topology.ts";
import { hostGroups, PROCESS_MODES } from "./hosting.ts";

describe("hostGroups", () => {
  it("hosts every declared context exactly once in each mode", () => {
    for (const mode of PROCESS_MODES) {
      const hosted = hostGroups(CONTEXTS, mode).flatMap((g) => g.contexts);
      expect(hosted.sort(), mode).toEqual(CONTEXTS.map((c) => c.name).sort());
    }
  });

  it("puts all in one process, one per system, or one per context", () => {
    expect(hostGroups(CONTEXTS, "one")).toHaveLength(1);
    expect(hostGroups(CONTEXTS, "per-context").map((g) => g.contexts)).toEqual(CONTEXTS.map((c) => [c.name]));
    const systems = hostGroups(CONTEXTS, "per-system");
    expect(systems.map((g) => g.name).sort()).toEqual([...new Set(CONTEXTS.map((c) => c.system))].sort());
    for (const group of systems) expect(group.contexts.every((name) => CONTEXTS.find((c) => c.name === name)!.system === group.name)).toBe(true);
  });

  it("hosts only the chosen systems' contexts with --only", () => {
    const shared = contextsOf();
    expect(hostGroups(shared, "per-system").map((g) => g.name)).toEqual(["shared"]);
  });
});
