import type { Sql } from "@supergraph/platform";
import type { Evaluation } from "../domain/evaluation.ts";

/*
 * The evaluations context's statements, in SQL on pg (see Sql in the platform for why not through
 * Prisma). The table is Prisma's (prisma/evaluations/schema.prisma, and its migrations).
 */

const COLUMNS = `id, owner_id AS "ownerId", title, status::text AS status, requested_at AS "requestedAt", confirmed_at AS "confirmedAt"`;

/** The evaluation, locked until the transaction ends. */
export async function lockEvaluation(tx: Sql, id: string): Promise<Evaluation | null> {
  const rows = await tx.$queryRawUnsafe<Evaluation[]>(`SELECT ${COLUMNS} FROM evaluation WHERE id = $1::uuid FOR UPDATE`, id);
  return rows[0] ?? null;
}

export async function findEvaluations(sql: Sql, ids: readonly string[]): Promise<Evaluation[]> {
  return sql.$queryRawUnsafe<Evaluation[]>(`SELECT ${COLUMNS} FROM evaluation WHERE id = ANY($1::uuid[])`, ids);
}

export async function saveEvaluation(tx: Sql, t: Evaluation): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO evaluation (id, owner_id, title, status, requested_at, confirmed_at)
    VALUES (${t.id}::uuid, ${t.ownerId}::uuid, ${t.title}, ${t.status}::"EvaluationStatus", ${t.requestedAt}, ${t.confirmedAt})
    ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, status = EXCLUDED.status, confirmed_at = EXCLUDED.confirmed_at`;
}
