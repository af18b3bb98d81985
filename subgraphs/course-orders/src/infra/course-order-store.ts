import type { Sql } from "@supergraph/platform";
import type { CourseOrder } from "../domain/course-order.ts";

/*
 * The course-orders context's statements, in SQL on pg (see Sql in the platform for why not through
 * Prisma). The table is Prisma's (prisma/course-orders/schema.prisma, and its migrations).
 */

const COLUMNS = `id, order_number AS "orderNumber", student_id AS "studentId", course_id AS "courseId", course_code AS "courseCode",
  course_title AS "courseTitle", phone_number AS "phoneNumber", ordered_at AS "orderedAt", begin_date::text AS "beginDate",
  end_date::text AS "endDate", status::text AS status, final_score AS "finalScore", final_evaluation_id AS "finalEvaluationId",
  final_score_recorded_at AS "finalScoreRecordedAt", canceled_at AS "canceledAt"`;

/** The course order, locked until the transaction ends. */
export async function lockCourseOrder(tx: Sql, id: string): Promise<CourseOrder | null> {
  const rows = await tx.$queryRawUnsafe<CourseOrder[]>(`SELECT ${COLUMNS} FROM course_order WHERE id = $1::uuid FOR UPDATE`, id);
  return rows[0] ?? null;
}

export async function findCourseOrders(sql: Sql, ids: readonly string[]): Promise<CourseOrder[]> {
  return sql.$queryRawUnsafe<CourseOrder[]>(`SELECT ${COLUMNS} FROM course_order WHERE id = ANY($1::uuid[])`, ids);
}

/** The student's orders, newest first. */
export async function ordersOfStudent(sql: Sql, studentId: string): Promise<CourseOrder[]> {
  return sql.$queryRawUnsafe<CourseOrder[]>(`SELECT ${COLUMNS} FROM course_order WHERE student_id = $1::uuid ORDER BY ordered_at DESC, order_seq DESC`, studentId);
}

/** The next value of the order sequence: the number of a new order. */
export async function nextOrderSeq(tx: Sql): Promise<number> {
  const rows = await tx.$queryRawUnsafe<{ seq: number }[]>(`SELECT nextval(pg_get_serial_sequence('course_order', 'order_seq'))::int AS seq`);
  return rows[0]!.seq;
}

export async function saveCourseOrder(tx: Sql, o: CourseOrder): Promise<void> {
  // The order number's last part is the sequence value it was made from (nextOrderSeq).
  const seq = Number(o.orderNumber.slice(o.orderNumber.lastIndexOf("-") + 1));
  await tx.$executeRaw`
    INSERT INTO course_order (id, order_seq, order_number, student_id, course_id, course_code, course_title, phone_number, ordered_at,
      begin_date, end_date, status, final_score, final_evaluation_id, final_score_recorded_at, canceled_at)
    VALUES (${o.id}::uuid, ${seq}::int, ${o.orderNumber}, ${o.studentId}::uuid, ${o.courseId}::uuid, ${o.courseCode}, ${o.courseTitle}, ${o.phoneNumber},
      ${o.orderedAt}, ${o.beginDate}::date, ${o.endDate}::date, ${o.status}::"CourseOrderStatus", ${o.finalScore}::int, ${o.finalEvaluationId}::uuid,
      ${o.finalScoreRecordedAt}, ${o.canceledAt})
    ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, final_score = EXCLUDED.final_score, final_evaluation_id = EXCLUDED.final_evaluation_id,
      final_score_recorded_at = EXCLUDED.final_score_recorded_at, canceled_at = EXCLUDED.canceled_at`;
}
