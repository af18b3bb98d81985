import type { Sql } from "@supergraph/platform";
import type { LearningRecord } from "../domain/learning-record.ts";

/*
 * The learning context's statements, in SQL on pg (see Sql in the platform for why not through
 * Prisma). The table is Prisma's (prisma/learning/schema.prisma, and its migrations).
 */

const COLUMNS = `id, order_id AS "orderId", order_number AS "orderNumber", student_id AS "studentId", phone_number AS "phoneNumber",
  course_title AS "courseTitle", status::text AS status, manager_id AS "managerId", manager_name AS "managerName",
  interim_evaluations AS "interimEvaluations", last_interim_score AS "lastInterimScore", last_evaluation_id AS "lastEvaluationId",
  final_score AS "finalScore", opened_at AS "openedAt", started_at AS "startedAt", completed_at AS "completedAt", canceled_at AS "canceledAt"`;

/** A learning record by its own id, or by its order's (the key the order's events carry). */
export type LearningKey = { readonly id: string } | { readonly orderId: string };

/** The learning record, locked until the transaction ends. */
export async function lockLearningRecord(tx: Sql, key: LearningKey): Promise<LearningRecord | null> {
  const [column, value] = "id" in key ? ["id", key.id] : ["order_id", key.orderId];
  const rows = await tx.$queryRawUnsafe<LearningRecord[]>(`SELECT ${COLUMNS} FROM learning_record WHERE ${column} = $1::uuid FOR UPDATE`, value);
  return rows[0] ?? null;
}

export async function findLearningRecords(sql: Sql, ids: readonly string[]): Promise<LearningRecord[]> {
  return sql.$queryRawUnsafe<LearningRecord[]>(`SELECT ${COLUMNS} FROM learning_record WHERE id = ANY($1::uuid[])`, ids);
}

export async function learningRecordsOfOrders(sql: Sql, orderIds: readonly string[]): Promise<LearningRecord[]> {
  return sql.$queryRawUnsafe<LearningRecord[]>(`SELECT ${COLUMNS} FROM learning_record WHERE order_id = ANY($1::uuid[])`, orderIds);
}

/** The student's records, newest first. */
export async function learningRecordsOfStudent(sql: Sql, studentId: string): Promise<LearningRecord[]> {
  return sql.$queryRawUnsafe<LearningRecord[]>(`SELECT ${COLUMNS} FROM learning_record WHERE student_id = $1::uuid ORDER BY opened_at DESC`, studentId);
}

/** A manager's queue: the records awaiting a manager and theirs in progress (an ADMIN: everyone's in progress), oldest first. */
export async function learningQueue(sql: Sql, managerId: string | null, limit = 200): Promise<LearningRecord[]> {
  return sql.$queryRawUnsafe<LearningRecord[]>(
    `SELECT ${COLUMNS} FROM learning_record
     WHERE status = 'AWAITING_MANAGER' OR (status = 'IN_PROGRESS' AND ($1::uuid IS NULL OR manager_id = $1::uuid))
     ORDER BY opened_at LIMIT $2`,
    managerId,
    limit,
  );
}

export async function saveLearningRecord(tx: Sql, r: LearningRecord): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO learning_record (id, order_id, order_number, student_id, phone_number, course_title, status, manager_id, manager_name,
      interim_evaluations, last_interim_score, last_evaluation_id, final_score, opened_at, started_at, completed_at, canceled_at)
    VALUES (${r.id}::uuid, ${r.orderId}::uuid, ${r.orderNumber}, ${r.studentId}::uuid, ${r.phoneNumber}, ${r.courseTitle}, ${r.status}::"LearningStatus",
      ${r.managerId}::uuid, ${r.managerName}, ${r.interimEvaluations}::int, ${r.lastInterimScore}::int, ${r.lastEvaluationId}::uuid, ${r.finalScore}::int,
      ${r.openedAt}, ${r.startedAt}, ${r.completedAt}, ${r.canceledAt})
    ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, manager_id = EXCLUDED.manager_id, manager_name = EXCLUDED.manager_name,
      interim_evaluations = EXCLUDED.interim_evaluations, last_interim_score = EXCLUDED.last_interim_score, last_evaluation_id = EXCLUDED.last_evaluation_id,
      final_score = EXCLUDED.final_score, started_at = EXCLUDED.started_at, completed_at = EXCLUDED.completed_at, canceled_at = EXCLUDED.canceled_at`;
}
