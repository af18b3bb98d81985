/**
 * Prisma tasks for every context under prisma/<context>/, offline:
 *   tsx scripts/prisma.ts generate            generate clients whose schema changed
 *   tsx scripts/prisma.ts migration <ctx> <n> write the SQL from the committed migrations to
 *                                             the schema as prisma/<ctx>/migrations/<n>/
 * Prisma's CLI checks for engine binaries it does not use with the JS engine; pointing the
 * two variables at any existing file stops that download.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const prismaDir = join(root, "prisma");
const bin = join(root, "node_modules", ".bin", "prisma");
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.execPath,
  PRISMA_QUERY_ENGINE_LIBRARY: process.execPath,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  PRISMA_HIDE_PREVIEW_FLAG_WARNINGS: "1",
  DATABASE_URL: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
};

export function contexts(): string[] {
  return readdirSync(prismaDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(prismaDir, d.name, "schema.prisma")))
    .map((d) => d.name)
    .sort();
}

function prisma(context: string, args: string[]): string {
  const result = spawnSync(bin, [...args, "--config", join(prismaDir, context, "prisma.config.ts")], {
    cwd: root,
    env,
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(`prisma ${args[0]} for ${context} failed:\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

function generate(): void {
  for (const context of contexts()) {
    const schema = readFileSync(join(prismaDir, context, "schema.prisma"));
    const hash = createHash("sha256").update(schema).update(bin).digest("hex");
    const out = join(root, "subgraphs", context, "src", "infra", "prisma-client");
    const stamp = join(out, ".schema-hash");
    if (existsSync(stamp) && readFileSync(stamp, "utf8") === hash) continue;
    prisma(context, ["generate"]);
    writeFileSync(stamp, hash);
    console.log(`prisma client generated for ${context}`);
  }
}

function migration(context: string, name: string): void {
  const migrations = join(prismaDir, context, "migrations");
  const from = existsSync(migrations) && readdirSync(migrations).length > 0
    ? ["--from-migrations", migrations, "--shadow-database-url", env.DATABASE_URL.replace(/\/[^/]*$/, "/prisma_shadow")]
    : ["--from-empty"];
  const sql = prisma(context, ["migrate", "diff", ...from, "--to-schema-datamodel", join(prismaDir, context, "schema.prisma"), "--script"]);
  if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
    console.log(`${context}: schema and migrations agree; nothing to write`);
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = join(migrations, `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "migration.sql"), sql.replace(/^-- CreateSchema\nCREATE SCHEMA IF NOT EXISTS "public";\n\n/m, ""));
  console.log(`wrote ${dir}/migration.sql`);
}

const [command, ...rest] = process.argv.slice(2);
if (command === "generate") generate();
else if (command === "migration" && rest.length === 2) migration(rest[0]!, rest[1]!);
else {
  console.error("usage: tsx scripts/prisma.ts generate | migration <context> <name>");
  process.exit(2);
}
