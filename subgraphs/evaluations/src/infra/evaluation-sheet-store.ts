import type { EvaluationEvent } from "@supergraph/contracts/evaluations";
import type { Sql } from "@supergraph/platform";
import type { Evaluation, EvaluationSheet } from "../domain/evaluation-sheet.ts";

/*
 * The evaluations context's statements, in SQL on pg (see Sql in the platform for why not
 * through Prisma). The tables are Prisma's (prisma/evaluations/), plus the partial unique
 * index written by hand: one FINAL evaluation per sheet.
 */

const SHEET = `id, learning_id AS "learningId", order_id AS "orderId", student_id AS "studentId", manager_id AS "managerId",
  status::text AS status, final_evaluation_id AS "finalEvaluationId", opened_at AS "openedAt", canceled_at AS "canceledAt"`;
const EVALUATION = `id, sheet_id AS "sheetId", learning_id AS "learningId", order_id AS "orderId", student_id AS "studentId",
  manager_id AS "managerId", kind::text AS kind, score, note, status::text AS status, registered_at AS "registeredAt"`;

type SheetRow = Omit<EvaluationSheet, "evaluations">;

async function withEvaluations(sql: Sql, rows: SheetRow[]): Promise<EvaluationSheet[]> {
  if (rows.length === 0) return [];
  const evaluations = await evaluationsOfSheets(sql, rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, evaluations: evaluations.filter((e) => e.sheetId === r.id) }));
}

/** The sheet found by `column` (learning_id or final_evaluation_id), locked until the transaction ends, with its evaluations. */
async function lockSheetBy(tx: Sql, column: "learning_id" | "final_evaluation_id", id: string): Promise<EvaluationSheet | null> {
  const rows = await tx.$queryRawUnsafe<SheetRow[]>(`SELECT ${SHEET} FROM evaluation_sheet WHERE ${column} = $1::uuid FOR UPDATE`, id);
  return (await withEvaluations(tx, rows))[0] ?? null;
}

/** The learning's sheet, locked. */
export const lockSheetOfLearning = (tx: Sql, learningId: string) => lockSheetBy(tx, "learning_id", learningId);

/** The sheet whose final evaluation id is `evaluationId`, locked. */
export const lockSheetOfFinalEvaluation = (tx: Sql, evaluationId: string) => lockSheetBy(tx, "final_evaluation_id", evaluationId);

/** The learnings' sheets (unlocked reads), with their evaluations. */
export async function findSheetsOfLearnings(sql: Sql, learningIds: readonly string[]): Promise<EvaluationSheet[]> {
  return withEvaluations(sql, await sql.$queryRawUnsafe<SheetRow[]>(`SELECT ${SHEET} FROM evaluation_sheet WHERE learning_id = ANY($1::uuid[])`, learningIds));
}

export async function findSheets(sql: Sql, ids: readonly string[]): Promise<EvaluationSheet[]> {
  return withEvaluations(sql, await sql.$queryRawUnsafe<SheetRow[]>(`SELECT ${SHEET} FROM evaluation_sheet WHERE id = ANY($1::uuid[])`, ids));
}

export async function findEvaluations(sql: Sql, ids: readonly string[]): Promise<Evaluation[]> {
  return sql.$queryRawUnsafe<Evaluation[]>(`SELECT ${EVALUATION} FROM evaluation WHERE id = ANY($1::uuid[])`, ids);
}

async function evaluationsOfSheets(sql: Sql, sheetIds: readonly string[]): Promise<Evaluation[]> {
  return sql.$queryRawUnsafe<Evaluation[]>(`SELECT ${EVALUATION} FROM evaluation WHERE sheet_id = ANY($1::uuid[]) ORDER BY registered_at, id`, sheetIds);
}

/** Saves the sheet and what its events changed: the evaluations they registered, or canceled. */
export async function saveSheet(tx: Sql, s: EvaluationSheet, events: readonly EvaluationEvent[]): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO evaluation_sheet (id, learning_id, order_id, student_id, manager_id, status, final_evaluation_id, opened_at, canceled_at)
    VALUES (${s.id}::uuid, ${s.learningId}::uuid, ${s.orderId}::uuid, ${s.studentId}::uuid, ${s.managerId}::uuid, ${s.status}::"EvaluationSheetStatus",
            ${s.finalEvaluationId}::uuid, ${s.openedAt}, ${s.canceledAt})
    ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, canceled_at = EXCLUDED.canceled_at`;
  for (const event of events) {
    if (event.type === "EvaluationsCanceled") {
      await tx.$executeRaw`UPDATE evaluation SET status = 'CANCELED' WHERE sheet_id = ${s.id}::uuid`;
    } else if (event.type === "InterimEvaluationRegistered" || event.type === "FinalEvaluationRegistered") {
      const e = s.evaluations.find((x) => x.id === event.data.evaluationId)!;
      await tx.$executeRaw`
        INSERT INTO evaluation (id, sheet_id, learning_id, order_id, student_id, manager_id, kind, score, note, status, registered_at)
        VALUES (${e.id}::uuid, ${e.sheetId}::uuid, ${e.learningId}::uuid, ${e.orderId}::uuid, ${e.studentId}::uuid, ${e.managerId}::uuid,
                ${e.kind}::"EvaluationKind", ${e.score}, ${e.note}, ${e.status}::"EvaluationStatus", ${e.registeredAt})`;
    }
  }
}
