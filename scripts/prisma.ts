/**
 * Prisma tasks for every context under prisma/<context>/, offline:
 *   tsx scripts/prisma.ts generate            generate clients whose schema changed
 *   tsx scripts/prisma.ts migration <ctx> <n> write the SQL from the schema as of the last
 *                                             committed migration to the schema now, as
 *                                             prisma/<ctx>/migrations/<n>/
 * Prisma 6.19 cannot diff from the migrations themselves through the pg adapter (it needs a
 * shadow database the adapter does not offer), so the starting point is the schema file as it
 * was committed with the latest migration (git). Hand-written SQL in migrations (the partial
 * unique index in registrations) is thereby never proposed for dropping.
 * Prisma's CLI checks for engine binaries it does not use with the JS engine; pointing the
 * two variables at any existing file stops that download.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";

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

/** The context's schema as committed with its latest migration; null when it has none. */
function schemaAtLatestMigration(context: string, migrations: string): string | null {
  const latest = existsSync(migrations) ? readdirSync(migrations, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort().at(-1) : undefined;
  if (!latest) return null;
  const git = (...args: string[]) => execFileSync("git", args, { cwd: root, encoding: "utf8" }).trim();
  const commit = git("log", "-1", "--format=%H", "--", relative(root, join(migrations, latest)));
  if (!commit) throw new Error(`${context}: commit the latest migration (${latest}) with its schema.prisma first; the next migration is diffed from that schema`);
  const file = join(mkdtempSync(join(tmpdir(), "prisma-from-")), "schema.prisma");
  writeFileSync(file, git("show", `${commit}:${relative(root, join(prismaDir, context, "schema.prisma"))}`));
  return file;
}

function migration(context: string, name: string): void {
  const migrations = join(prismaDir, context, "migrations");
  const previous = schemaAtLatestMigration(context, migrations);
  const from = previous ? ["--from-schema-datamodel", previous] : ["--from-empty"];
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
