import type { Sql } from "@supergraph/platform";
import type { LearningRecord } from "../domain/learning-record.ts";

/*
 * The learning context's statements, in SQL on pg (see Sql in the platform for why not through
 * Prisma). The table is Prisma's (prisma/learning/schema.prisma, and its migrations).
 */

const COLUMNS = `id, owner_id AS "ownerId", title, status::text AS status, requested_at AS "requestedAt", confirmed_at AS "confirmedAt"`;

/** The learning record, locked until the transaction ends. */
export async function lockLearningRecord(tx: Sql, id: string): Promise<LearningRecord | null> {
  const rows = await tx.$queryRawUnsafe<LearningRecord[]>(`SELECT ${COLUMNS} FROM learning_record WHERE id = $1::uuid FOR UPDATE`, id);
  return rows[0] ?? null;
}

export async function findLearningRecords(sql: Sql, ids: readonly string[]): Promise<LearningRecord[]> {
  return sql.$queryRawUnsafe<LearningRecord[]>(`SELECT ${COLUMNS} FROM learning_record WHERE id = ANY($1::uuid[])`, ids);
}

export async function saveLearningRecord(tx: Sql, t: LearningRecord): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO learning_record (id, owner_id, title, status, requested_at, confirmed_at)
    VALUES (${t.id}::uuid, ${t.ownerId}::uuid, ${t.title}, ${t.status}::"LearningRecordStatus", ${t.requestedAt}, ${t.confirmedAt})
    ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, status = EXCLUDED.status, confirmed_at = EXCLUDED.confirmed_at`;
}
