import { defineConfig } from "vitest/config";

const exclude = ["**/node_modules/**", "**/prisma-client/**"];

/**
 * Three tiers, told apart by file suffix: `*.test.ts` unit tests on pure code (parallel);
 * `*.integration.test.ts` against real PostgreSQL and NATS; `e2e/*.e2e.test.ts` through the
 * router with every service running. The last two start processes, so they run one file at
 * a time on this 2-core machine.
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
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
