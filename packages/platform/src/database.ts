import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import type { Logger } from "./logger.ts";

/**
 * SQL on a pg pool, or on the client of one transaction. Tagged templates pass their values
 * as parameters ($1, $2, ...), never spliced into the text. The method names are Prisma's,
 * so a statement reads the same on a context's Prisma client and here.
 *
 * The platform's unit of work runs on pg rather than on a Prisma interactive transaction:
 * Prisma 6.19 compiles every statement on the event loop, and a transaction of three
 * statements cost 1.1 ms of CPU through Prisma against 0.3 ms through pg (docs/performance.md).
 */
export interface Sql {
  /** Rows of a query; `T` is the array type. */
  $queryRaw<T = unknown[]>(strings: TemplateStringsArray, ...values: unknown[]): Promise<T>;
  /** Rows affected. */
  $executeRaw(strings: TemplateStringsArray, ...values: unknown[]): Promise<number>;
  $queryRawUnsafe<T = unknown[]>(text: string, ...values: unknown[]): Promise<T>;
  $executeRawUnsafe(text: string, ...values: unknown[]): Promise<number>;
}

const texts = new WeakMap<TemplateStringsArray, string>();

/** A tagged template as pg's text with numbered parameters, joined once per template. */
function text(strings: TemplateStringsArray): string {
  let joined = texts.get(strings);
  if (joined === undefined) {
    joined = strings.reduce((sql, part, i) => `${sql}$${i}${part}`);
    texts.set(strings, joined);
  }
  return joined;
}

/** {@link Sql} on a pool (each statement on its own connection) or on a checked-out client. */
export function sqlOn(client: pg.Pool | pg.PoolClient): Sql {
  const rows = async <T>(query: string, values: unknown[]) => (await client.query(query, values)).rows as T;
  const count = async (query: string, values: unknown[]) => (await client.query(query, values)).rowCount ?? 0;
  return {
    $queryRaw: (strings, ...values) => rows(text(strings), values),
    $executeRaw: (strings, ...values) => count(text(strings), values),
    $queryRawUnsafe: (query, ...values) => rows(query, values),
    $executeRawUnsafe: (query, ...values) => count(query, values),
  };
}

/** Whether a write failed on a unique constraint (PostgreSQL 23505), e.g. a second hold of one seat. */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "23505";
}

export function createPool(url: string, max: number): pg.Pool {
  // A transaction waits at most 10 s for a connection, then fails (retryable) instead of queueing forever.
  const pool = new pg.Pool({ connectionString: url, max, idleTimeoutMillis: 30_000, connectionTimeoutMillis: 10_000 });
  // An idle client losing its server (a PostgreSQL restart) must not crash the process.
  pool.on("error", () => undefined);
  return pool;
}

/**
 * Checks a client out of the pool for work of our own (a transaction). pg reports a
 * connection lost between two queries (PostgreSQL restarting) as an 'error' event, which the
 * pool listens for only while the client is idle: unheard, it would crash the process. Heard
 * here, the next query fails instead, and `release()` drops the broken client.
 */
export async function checkOut(pool: pg.Pool): Promise<pg.PoolClient> {
  const client = await pool.connect();
  let lost: Error | undefined;
  const onError = (error: Error) => {
    lost = error;
  };
  client.on("error", onError);
  const release = client.release;
  client.release = (error?: Error | boolean) => {
    client.removeListener("error", onError);
    release(error ?? lost);
  };
  return client;
}

/** Runs `work` in one transaction on a checked-out client: committed if it returns, rolled back if it throws. */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await checkOut(pool);
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

export const platformMigrations = resolve(dirname(fileURLToPath(import.meta.url)), "../migrations");

/** The committed migrations of a context: prisma/<context>/migrations. */
export function contextMigrations(repoRoot: string, context: string): string {
  return join(repoRoot, "prisma", context, "migrations");
}

interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

function readMigrations(dir: string, scope: string): Migration[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, "migration.sql"), "utf8");
      return { name: `${scope}/${name}`, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

const MIGRATION_LOCK = 7_412_001;

/**
 * Applies committed migration SQL in order, once each, one transaction per migration,
 * recorded in `platform_migrations`. An advisory lock makes concurrent replicas wait for
 * each other. (Prisma 6.19's `migrate deploy` cannot run through the pg adapter.)
 */
export async function applyMigrations(
  pool: pg.Pool,
  sources: { dir: string; scope: string }[],
  log: Logger,
): Promise<string[]> {
  const migrations = sources.flatMap((s) => readMigrations(s.dir, s.scope));
  const client = await checkOut(pool);
  const applied: string[] = [];
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS platform_migrations (name TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`,
    );
    const done = new Map(
      (await client.query<{ name: string; checksum: string }>("SELECT name, checksum FROM platform_migrations")).rows.map(
        (r) => [r.name, r.checksum],
      ),
    );
    for (const m of migrations) {
      const previous = done.get(m.name);
      if (previous !== undefined) {
        if (previous !== m.checksum) log.warn({ migration: m.name }, "applied migration was edited since; not re-applied");
        continue;
      }
      await client.query("BEGIN");
      try {
        await client.query(m.sql);
        await client.query("INSERT INTO platform_migrations (name, checksum) VALUES ($1, $2)", [m.name, m.checksum]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`migration ${m.name} failed: ${(error as Error).message}`);
      }
      applied.push(m.name);
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
  if (applied.length > 0) log.info({ applied }, "migrations applied");
  return applied;
}

/** Creates the database named in `url` when it does not exist (real PostgreSQL only). */
export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!name || name === "postgres") return;
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (exists.rowCount === 0) {
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`).catch((error: { code?: string }) => {
        if (error.code !== "42P04") throw error; // created meanwhile by a sibling replica
      });
    }
  } finally {
    await client.end();
  }
}
