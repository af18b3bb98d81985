import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PartialSupergraph } from "./supergraph.ts";

/** The subgraphs a supergraph names, from its join__Graph enum. */
const graphsOf = (sdl: string) => [...sdl.matchAll(/^\s+([A-Z_]+) @join__graph\(name: "([^"]+)"/gm)].map((m) => m[2]).sort();

describe("a supergraph of some contexts", () => {
  it("given identity and lectures, then it names those two and the router's live schema with lectures' subscriptions alone", () => {
    const supergraph = PartialSupergraph.write(["identity", "lectures"]);
    try {
      const sdl = readFileSync(supergraph.path, "utf8");

      expect(graphsOf(sdl)).toEqual(["identity", "lectures", "live"]);
      expect(sdl).toContain("lecture(id: ID!): Lecture");
      expect(sdl).not.toContain("myRegistrationBoard");
      expect(sdl).toContain("lectureEnrolmentChanges(lectureId: ID!, after: String): LectureEnrolmentChange!");
      expect(sdl).not.toContain("myRegistrationChanges");
    } finally {
      supergraph.remove();
    }
    expect(existsSync(supergraph.path)).toBe(false);
  });
});
