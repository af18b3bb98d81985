import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot } from "./support/schemas.ts";

/**
 * deploy/compose/postgres-init.sh run for real against the test PostgreSQL, with context
 * names of its own so it touches nothing else there.
 */
const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const admin = new URL(ADMIN_URL);
const tag = `init_${randomBytes(3).toString("hex")}`;
const contexts = [`${tag}_a`, `${tag}-b`];
const id = (context: string) => context.replace(/-/g, "_");

function runInit(env: Record<string, string> = {}) {
  return spawnSync("sh", [join(repoRoot, "deploy/compose/postgres-init.sh")], {
    encoding: "utf8",
    env: {
      PATH: process.env.PATH,
      PGHOST: admin.hostname,
      PGPORT: admin.port || "5432",
      PGPASSWORD: decodeURIComponent(admin.password),
      POSTGRES_USER: decodeURIComponent(admin.username) || "postgres",
      SUPERGRAPH_CONTEXTS: contexts.join(" "),
      ...Object.fromEntries(contexts.map((c) => [`${id(c).toUpperCase()}_DB_PASSWORD`, `secret '${c}`])),
      ...env,
    },
  });
}

async function query<R extends Record<string, unknown>>(url: string, text: string, params: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(text, params)).rows;
  } finally {
    await client.end();
  }
}
const urlFor = (database: string, user?: string) => {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${database}`;
  if (user) url.username = user;
  return url.toString();
};

afterAll(async () => {
  for (const c of contexts) {
    await query(ADMIN_URL, `DROP DATABASE IF EXISTS "supergraph_${id(c)}" WITH (FORCE)`).catch(() => undefined);
    await query(ADMIN_URL, `DROP ROLE IF EXISTS "${id(c)}"`).catch(() => undefined);
  }
});

describe("deploy/compose/postgres-init.sh", () => {
  it("makes one database per context, owned by the context's own role, and is safe to run again", async () => {
    for (const attempt of [1, 2]) {
      const result = runInit();
      expect(result.status, `run ${attempt}: ${result.stderr}`).toBe(0);
    }
    const rows = await query<{ datname: string; owner: string }>(
      ADMIN_URL,
      "SELECT datname, pg_get_userbyid(datdba) AS owner FROM pg_database WHERE datname LIKE $1 ORDER BY datname",
      [`supergraph_${tag}%`],
    );
    expect(rows).toEqual(contexts.map((c) => ({ datname: `supergraph_${id(c)}`, owner: id(c) })));
  });

  it("lets a context create its tables in its own database and keeps it out of the others'", async () => {
    const [a, b] = contexts.map(id) as [string, string];
    await query(urlFor(`supergraph_${a}`, a), "CREATE TABLE probe (id int)");
    // ensureDatabase looks the database up from `postgres` with the context's own role.
    expect(await query(urlFor("postgres", a), "SELECT 1 AS ok FROM pg_database WHERE datname = $1", [`supergraph_${a}`])).toEqual([{ ok: 1 }]);
    await expect(query(urlFor(`supergraph_${b}`, a), "SELECT 1")).rejects.toThrow(/permission denied/);
  });

  it("refuses to run without a context's password", () => {
    const result = runInit({ [`${id(contexts[1]!).toUpperCase()}_DB_PASSWORD`]: "" });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("_DB_PASSWORD is not set");
  });
});
