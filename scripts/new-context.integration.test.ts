import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { stripVTControlCharacters } from "node:util";
import type { ContextDeclaration } from "@supergraph/platform/topology";
import type { Stack as StackClass } from "@supergraph/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { composeProblems, kubernetesProblems } from "../deploy/tests/support/coverage.ts";
import { loadCompose, loadKubernetes, renderKubernetes } from "../deploy/tests/support/manifests.ts";
import { copyTree } from "./new-context/tree-copy.ts";

/**
 * scripts/new-context.ts run for real, in a copy of the working tree: the new context
 * composes into the supergraph, starts and answers through the router (with identity alone
 * beside it), and passes its own unit and integration tests, before any logic of its own.
 */
const root = join(import.meta.dirname, "..");
const NAME = "bike-rentals";
let copy: string;
let scaffold: ReturnType<typeof inCopy>;

/** A module of the copy, so its topology (with the new entry) is the one read. */
const fromCopy = <T>(path: string): Promise<T> => import(pathToFileURL(join(copy, path)).href) as Promise<T>;
function inCopy(command: string, args: string[]) {
  const result = spawnSync(join(copy, "node_modules", ".bin", command), args, { cwd: copy, encoding: "utf8", timeout: 170_000 });
  return { status: result.status, stdout: stripVTControlCharacters(result.stdout ?? ""), stderr: stripVTControlCharacters(result.stderr ?? "") };
}

beforeAll(() => {
  copy = copyTree(root);
  scaffold = inCopy("tsx", ["scripts/new-context.ts", NAME, "--system", "parking"]);
}, 180_000);
afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe("npx tsx scripts/new-context.ts bike-rentals --system parking", () => {
  it("writes the context's folders and declares it on the next free port", async () => {
    expect(scaffold.status, `${scaffold.stdout}\n${scaffold.stderr}`).toBe(0);
    for (const path of [
      "subgraphs/bike-rentals/schema.graphql",
      "subgraphs/bike-rentals/src/domain/bike-rental.ts",
      "subgraphs/bike-rentals/src/commands/bike-rental.ts",
      "subgraphs/bike-rentals/src/commands/request-bike-rental.ts",
      "subgraphs/bike-rentals/src/policies/confirm-bike-rental.ts",
      "subgraphs/bike-rentals/src/infra/bike-rental-store.ts",
      "subgraphs/bike-rentals/src/generated/graphql.ts",
      "prisma/bike-rentals/schema.prisma",
      "packages/contracts/src/bike-rentals.ts",
    ]) {
      expect(existsSync(join(copy, path)), path).toBe(true);
    }
    const migrations = readdirSync(join(copy, "prisma/bike-rentals/migrations"));
    expect(migrations).toEqual([expect.stringMatching(/^\d{14}_init$/)]);
    expect(readFileSync(join(copy, "prisma/bike-rentals/migrations", migrations[0]!, "migration.sql"), "utf8")).toContain('CREATE TABLE "bike_rental"');

    const { CONTEXTS } = await fromCopy<{ CONTEXTS: readonly ContextDeclaration[] }>("packages/platform/src/topology.ts");
    const declared = CONTEXTS.find((c) => c.name === NAME);
    const others = CONTEXTS.filter((c) => c.name !== NAME);
    expect(declared).toMatchObject({ system: "parking", port: Math.max(...others.map((c) => c.port)) + 1, prisma: false });
  });

  it("regenerates the deployment files: the context in compose and Kubernetes, as declared", async () => {
    const { CONTEXTS } = await fromCopy<{ CONTEXTS: readonly ContextDeclaration[] }>("packages/platform/src/topology.ts");
    expect(inCopy("tsx", ["scripts/deploy-manifests.ts", "--check"]).status).toBe(0);
    expect(composeProblems(loadCompose(copy), CONTEXTS)).toEqual([]);
    expect(kubernetesProblems(loadKubernetes(copy), CONTEXTS)).toEqual([]);
    const rendered = renderKubernetes(copy);
    if (rendered) expect(kubernetesProblems(rendered, CONTEXTS)).toEqual([]);
    expect(loadCompose(copy).services[NAME]).toBeDefined();
  });

  it("composes into the supergraph", () => {
    const supergraph = readFileSync(join(copy, "schema/supergraph.graphql"), "utf8");
    expect(supergraph).toMatch(/BIKE_RENTALS @join__graph\(name: "bike-rentals"/);
    expect(supergraph).toContain("requestBikeRental(input: RequestBikeRentalInput!): BikeRental!");
  });

  it("type-checks", () => {
    // Its own files and what they import, under the project's compiler options.
    writeFileSync(join(copy, "tsconfig.new-context.json"), JSON.stringify({ extends: "./tsconfig.json", include: [`subgraphs/${NAME}/src`, `packages/contracts/src`] }));
    const result = inCopy("tsc", ["-p", "tsconfig.new-context.json", "--noEmit", "--listFiles"]);
    const lines = result.stdout.split("\n");
    expect(lines).toContain(join(copy, "subgraphs/bike-rentals/src/resolvers/index.ts"));
    expect(lines.filter((line) => /error TS/.test(line) && /bike-rentals|contracts\/src/.test(line))).toEqual([]);
  });

  it("passes its own unit and integration tests", () => {
    const unit = inCopy("vitest", ["run", "--project", "unit", `subgraphs/${NAME}`]);
    expect(unit.status, unit.stdout + unit.stderr).toBe(0);
    expect(unit.stdout).toMatch(/Tests\s+6 passed/);
    const integration = inCopy("vitest", ["run", "--project", "integration", `subgraphs/${NAME}`]);
    expect(integration.status, integration.stdout + integration.stderr).toBe(0);
    expect(integration.stdout).toMatch(/Tests\s+2 passed/);
  });

  it("keeps the tree's own checks passing: declarations, deployment files, generated types, enum copies, error codes, supergraph", () => {
    const checks = ["packages/platform/src/topology.test.ts", "deploy/tests", "scripts/codegen.test.ts", "scripts/enums.test.ts", "scripts/error-codes.test.ts", "router/src/compose.test.ts"];
    const result = inCopy("vitest", ["run", "--project", "unit", ...checks]);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Test Files\s+\d+ passed/);
  });

  it("starts and answers through the router, with identity alone beside it", async () => {
    const { Stack, waitFor } = await fromCopy<typeof import("@supergraph/testkit")>("packages/testkit/src/index.ts");
    const stack: StackClass = await Stack.start({}, { only: [NAME] });
    try {
      expect([...stack.services.keys()].sort()).toEqual(["identity", NAME].sort());
      const user = await stack.signUp("STUDENT");
      const made = await stack.gql<{ requestBikeRental: { id: string; title: string; status: string; owner: { id: string } } }>(
        `mutation { requestBikeRental(input: { title: "  City bike  " }) { id title status owner { id } } }`,
        {},
        user.token,
      );
      expect(made.errors).toBeUndefined();
      expect(made.data?.requestBikeRental).toMatchObject({ title: "City bike", status: "REQUESTED", owner: { id: user.userId } });

      // The confirm-bike-rental policy, over the outbox, JetStream and its durable consumer.
      const id = made.data!.requestBikeRental.id;
      const confirmed = await waitFor(
        "the bike rental to be confirmed",
        async () => {
          const r = await stack.gql<{ bikeRental: { status: string; confirmedAt: string | null } | null }>(`query($id: ID!) { bikeRental(id: $id) { status confirmedAt } }`, { id }, user.token);
          return r.data?.bikeRental?.status === "CONFIRMED" ? r.data.bikeRental : undefined;
        },
        30_000,
      );
      expect(Date.parse(confirmed.confirmedAt!)).not.toBeNaN();

      const refused = await stack.gql(`mutation { requestBikeRental(input: { title: "   " }) { id } }`, {}, user.token);
      expect(refused.errors?.[0]?.extensions?.code).toBe("INVALID_BIKE_RENTAL");
      const stranger = await stack.signUp("STUDENT");
      expect((await stack.gql(`query($id: ID!) { bikeRental(id: $id) { id } }`, { id }, stranger.token)).data).toEqual({ bikeRental: null });
    } finally {
      await stack.stop();
    }
  });
});
