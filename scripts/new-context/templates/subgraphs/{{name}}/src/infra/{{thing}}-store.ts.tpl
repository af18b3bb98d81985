import type { Sql } from "@supergraph/platform";
import type { {{Thing}} } from "../domain/{{thing}}.ts";

/*
 * The {{name}} context's statements, in SQL on pg (see Sql in the platform for why not through
 * Prisma). The table is Prisma's (prisma/{{name}}/schema.prisma, and its migrations).
 */

const COLUMNS = `id, owner_id AS "ownerId", title, status::text AS status, requested_at AS "requestedAt", confirmed_at AS "confirmedAt"`;

/** The {{thingText}}, locked until the transaction ends. */
export async function lock{{Thing}}(tx: Sql, id: string): Promise<{{Thing}} | null> {
  const rows = await tx.$queryRawUnsafe<{{Thing}}[]>(`SELECT ${COLUMNS} FROM {{thing_}} WHERE id = $1::uuid FOR UPDATE`, id);
  return rows[0] ?? null;
}

export async function find{{Thing}}s(sql: Sql, ids: readonly string[]): Promise<{{Thing}}[]> {
  return sql.$queryRawUnsafe<{{Thing}}[]>(`SELECT ${COLUMNS} FROM {{thing_}} WHERE id = ANY($1::uuid[])`, ids);
}

export async function save{{Thing}}(tx: Sql, t: {{Thing}}): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO {{thing_}} (id, owner_id, title, status, requested_at, confirmed_at)
    VALUES (${t.id}::uuid, ${t.ownerId}::uuid, ${t.title}, ${t.status}::"{{Thing}}Status", ${t.requestedAt}, ${t.confirmedAt})
    ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, status = EXCLUDED.status, confirmed_at = EXCLUDED.confirmed_at`;
}
