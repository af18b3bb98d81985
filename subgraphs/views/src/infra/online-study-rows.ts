import type { Sql } from "@supergraph/platform";
import type { CourseOrderStatus, LearningStatus } from "../generated/graphql.ts";

/*
 * The online study "my learning" read model, in SQL on pg (the tables are Prisma's,
 * prisma/views/schema.prisma): one row per course order (with its learning record) and one per
 * interim evaluation. Every event of the case names its order, so whichever comes first makes the
 * row; each statement sets only what its event knows, statuses only move forward (GREATEST over
 * the enums' order) and set columns are kept (COALESCE), so any order of events and any
 * redelivery end in the same row. Rows are never deleted: a canceled order stays on the page.
 */

export interface StudyChange {
  orderId: string;
  studentId: string;
  orderNumber?: string;
  courseId?: string;
  courseCode?: string;
  courseTitle?: string;
  beginDate?: string;
  endDate?: string;
  /** Set by CourseOrdered only: the row is shown from then on. */
  orderedAt?: Date;
  orderStatus?: CourseOrderStatus;
  learningId?: string;
  learningStatus?: LearningStatus;
  managerId?: string;
  managerName?: string;
  startedAt?: Date;
  finalScore?: number;
  finalEvaluationId?: string;
  completedAt?: Date;
  canceledAt?: Date;
}

/** Applies what one course-orders or learning event says about its order, in one upsert. */
export async function applyStudyChange(tx: Sql, c: StudyChange): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO course_order_view (order_id, student_id, order_number, course_id, course_code, course_title, begin_date, end_date, ordered_at,
      order_status, learning_id, learning_status, manager_id, manager_name, started_at, final_score, final_evaluation_id, completed_at, canceled_at)
    VALUES (${c.orderId}::uuid, ${c.studentId}::uuid, ${c.orderNumber ?? null}, ${c.courseId ?? null}::uuid, ${c.courseCode ?? null},
      ${c.courseTitle ?? null}, ${c.beginDate ?? null}::date, ${c.endDate ?? null}::date, ${c.orderedAt ?? null}::timestamptz,
      ${c.orderStatus ?? null}::"CourseOrderStatus", ${c.learningId ?? null}::uuid, ${c.learningStatus ?? null}::"LearningStatus",
      ${c.managerId ?? null}::uuid, ${c.managerName ?? null}, ${c.startedAt ?? null}::timestamptz, ${c.finalScore ?? null}::int,
      ${c.finalEvaluationId ?? null}::uuid, ${c.completedAt ?? null}::timestamptz, ${c.canceledAt ?? null}::timestamptz)
    ON CONFLICT (order_id) DO UPDATE SET
      order_number = COALESCE(course_order_view.order_number, EXCLUDED.order_number),
      course_id = COALESCE(course_order_view.course_id, EXCLUDED.course_id),
      course_code = COALESCE(course_order_view.course_code, EXCLUDED.course_code),
      course_title = COALESCE(course_order_view.course_title, EXCLUDED.course_title),
      begin_date = COALESCE(course_order_view.begin_date, EXCLUDED.begin_date),
      end_date = COALESCE(course_order_view.end_date, EXCLUDED.end_date),
      ordered_at = COALESCE(course_order_view.ordered_at, EXCLUDED.ordered_at),
      order_status = GREATEST(course_order_view.order_status, EXCLUDED.order_status),
      learning_id = COALESCE(course_order_view.learning_id, EXCLUDED.learning_id),
      learning_status = GREATEST(course_order_view.learning_status, EXCLUDED.learning_status),
      manager_id = COALESCE(course_order_view.manager_id, EXCLUDED.manager_id),
      manager_name = COALESCE(course_order_view.manager_name, EXCLUDED.manager_name),
      started_at = COALESCE(course_order_view.started_at, EXCLUDED.started_at),
      final_score = COALESCE(course_order_view.final_score, EXCLUDED.final_score),
      final_evaluation_id = COALESCE(course_order_view.final_evaluation_id, EXCLUDED.final_evaluation_id),
      completed_at = COALESCE(course_order_view.completed_at, EXCLUDED.completed_at),
      canceled_at = COALESCE(course_order_view.canceled_at, EXCLUDED.canceled_at),
      updated_at = now()`;
}

export interface InterimScore {
  evaluationId: string;
  orderId: string;
  studentId: string;
  score: number;
  note: string | null;
  evaluatedAt: Date;
}

/** Records one interim evaluation of an order, once per evaluation id. */
export async function applyInterimScore(tx: Sql, s: InterimScore): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO learning_interim_score_view (evaluation_id, order_id, student_id, score, note, evaluated_at)
    VALUES (${s.evaluationId}::uuid, ${s.orderId}::uuid, ${s.studentId}::uuid, ${s.score}::int, ${s.note}, ${s.evaluatedAt}::timestamptz)
    ON CONFLICT (evaluation_id) DO NOTHING`;
}

export interface MyLearningRow {
  id: string;
  orderNumber: string;
  courseId: string;
  courseCode: string;
  courseTitle: string;
  beginDate: string;
  endDate: string;
  orderedAt: Date;
  orderStatus: CourseOrderStatus;
  learningId: string | null;
  learningStatus: LearningStatus | null;
  managerId: string | null;
  managerName: string | null;
  startedAt: Date | null;
  finalScore: number | null;
  completedAt: Date | null;
  canceledAt: Date | null;
  updatedAt: Date;
  interimScores: { evaluationId: string; score: number; note: string | null; evaluatedAt: string }[];
}

/**
 * A student's course orders whose CourseOrdered arrived, newest first, each with its interim
 * scores oldest first: one indexed read (the scores aggregated per order in the same statement).
 */
export function myLearningRows(sql: Sql, studentId: string): Promise<MyLearningRow[]> {
  return sql.$queryRaw<MyLearningRow[]>`
    SELECT o.order_id AS id, o.order_number AS "orderNumber", o.course_id AS "courseId", o.course_code AS "courseCode",
      o.course_title AS "courseTitle", to_char(o.begin_date, 'YYYY-MM-DD') AS "beginDate", to_char(o.end_date, 'YYYY-MM-DD') AS "endDate",
      o.ordered_at AS "orderedAt", o.order_status::text AS "orderStatus", o.learning_id AS "learningId",
      o.learning_status::text AS "learningStatus", o.manager_id AS "managerId", o.manager_name AS "managerName",
      o.started_at AS "startedAt", o.final_score AS "finalScore", o.completed_at AS "completedAt", o.canceled_at AS "canceledAt",
      o.updated_at AS "updatedAt",
      COALESCE((SELECT json_agg(json_build_object('evaluationId', s.evaluation_id, 'score', s.score, 'note', s.note,
          'evaluatedAt', to_char(s.evaluated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) ORDER BY s.evaluated_at, s.evaluation_id)
        FROM learning_interim_score_view s WHERE s.order_id = o.order_id), '[]'::json) AS "interimScores"
    FROM course_order_view o WHERE o.student_id = ${studentId}::uuid AND o.ordered_at IS NOT NULL
    ORDER BY o.ordered_at DESC, o.order_id ASC LIMIT 500`;
}
