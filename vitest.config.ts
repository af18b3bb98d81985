import { defineConfig } from "vitest/config";

const exclude = ["**/node_modules/**", "**/prisma-client/**"];

/**
 * Three tiers, told apart by file suffix: `*.test.ts` unit tests on pure code (parallel);
 * `*.integration.test.ts` against real PostgreSQL and NATS; `e2e/*.e2e.test.ts` through the
 * router with every service running. The last two start processes, so they run one file at
 * a time on this 2-core machine. Their stacks host each system's contexts in one Node process
 * (STACK_PROCESSES, packages/testkit/src/stack.ts): a stack loads its modules once per system,
 * not once per context.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["packages/*/src/**/*.test.ts", "subgraphs/*/src/**/*.test.ts", "router/src/**/*.test.ts", "scripts/**/*.test.ts", "deploy/tests/**/*.test.ts", "web/src/**/*.test.ts"],
          exclude: [...exclude, "**/*.integration.test.ts"],
        },
      },
      {
        test: {
          name: "integration",
          include: [
            "packages/*/src/**/*.integration.test.ts",
            "subgraphs/*/src/**/*.integration.test.ts",
            "router/src/**/*.integration.test.ts",
            "deploy/tests/**/*.integration.test.ts",
            "scripts/**/*.integration.test.ts",
            "e2e/**/*.e2e.test.ts",
          ],
          exclude,
          fileParallelism: false,
          env: { STACK_PROCESSES: "per-system" },
          // One file at a time in one worker: the test kit, platform and clients are imported once, not per file.
          isolate: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
