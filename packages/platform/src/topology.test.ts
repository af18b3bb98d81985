import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { envShapeOf } from "../../../deploy/tests/support/schemas.ts";
import { repoRoot } from "./context.ts";
import { CONTEXTS, contextNamed, contextsOf, ROUTER_PORT, subgraphUrlVariable } from "./topology.ts";

describe("the context declarations", () => {
  it("name each context and port once, apart from the router's", () => {
    const names = CONTEXTS.map((c) => c.name);
    const ports = CONTEXTS.map((c) => c.port);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(ports).size).toBe(ports.length);
    expect(ports).not.toContain(ROUTER_PORT);
    // Names become folders, hostnames, database names and environment variables.
    for (const name of names) expect(name).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
  });

  it("each have a subgraph schema and a Prisma schema in the folders named after them", () => {
    for (const { name } of CONTEXTS) {
      expect(existsSync(join(repoRoot, "subgraphs", name, "schema.graphql")), `subgraphs/${name}/schema.graphql`).toBe(true);
      expect(existsSync(join(repoRoot, "prisma", name, "schema.prisma")), `prisma/${name}/schema.prisma`).toBe(true);
    }
  });

  it("give only settings and secrets the context's env reads, at values it accepts", async () => {
    for (const c of CONTEXTS) {
      const shape = await envShapeOf(c.name);
      for (const key of [...Object.keys(c.settings ?? {}), ...(c.secrets ?? [])]) expect(Object.keys(shape), `${c.name}: ${key}`).toContain(key);
      for (const [key, value] of Object.entries(c.settings ?? {})) expect((shape[key] as z.ZodType).safeParse(value).success, `${c.name}: ${key}=${value}`).toBe(true);
      for (const key of Object.keys(c.notes ?? {})) expect([...Object.keys(c.settings ?? {}), ...(c.secrets ?? [])], `${c.name}: note on ${key}`).toContain(key);
    }
  });

  it("scale within sane bounds: two replicas at least, so a drain never takes a context down", () => {
    for (const { name, scaling } of CONTEXTS) {
      expect(scaling.minReplicas, name).toBeGreaterThanOrEqual(2);
      expect(scaling.maxReplicas, name).toBeGreaterThanOrEqual(scaling.minReplicas);
      expect(scaling.cpuPercent, name).toBeGreaterThan(0);
      expect(scaling.cpuPercent, name).toBeLessThanOrEqual(100);
      if (scaling.cpuRequest) expect(scaling.cpuRequest, name).toMatch(/^\d+m$|^\d+(\.\d+)?$/);
    }
  });

  it("are found by name and by system, the shared ones always included", () => {
    expect(contextNamed("lectures").port).toBe(4003);
    expect(() => contextNamed("nowhere")).toThrow(/no context named nowhere; known: identity/);
    const course = contextsOf("course-registration").map((c) => c.name);
    expect(course).toEqual(expect.arrayContaining(["identity", "payments", "views", "lectures", "registrations"]));
    expect(contextsOf().every((c) => c.system === "shared")).toBe(true);
    expect(subgraphUrlVariable("parking-lots")).toBe("SUBGRAPH_PARKING_LOTS_URL");
  });
});
