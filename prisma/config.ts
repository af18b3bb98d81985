import { dirname, join } from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

/**
 * Prisma configuration shared by every context: the JS engine over the pg driver adapter,
 * so `prisma generate` and `prisma migrate diff` run with no downloaded binary.
 */
export function contextPrismaConfig(configFile: string): ReturnType<typeof defineConfig> {
  const dir = dirname(configFile);
  return defineConfig({
    experimental: { adapter: true },
    engine: "js",
    schema: join(dir, "schema.prisma"),
    migrations: { path: join(dir, "migrations") },
    adapter: async () =>
      new PrismaPg({ connectionString: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres" }),
  });
}
