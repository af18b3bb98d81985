import type { Sql } from "@supergraph/platform";

/*
 * The read models' queries, in SQL on pg: each screen is one indexed read (see Sql in the
 * platform for why not through Prisma). The tables are Prisma's (prisma/views/schema.prisma).
 */

export interface RegistrationSummaryRow {
  registrationId: string;
  lectureId: string | null;
  lectureTitle: string | null;
  status: string | null;
  paymentId: string | null;
  paymentStatus: string | null;
  amount: number | null;
  registeredAt: Date | null;
  updatedAt: Date;
}

export interface LectureEnrolmentRow {
  lectureId: string;
  instructorId: string | null;
  title: string | null;
  capacity: number | null;
  status: string | null;
  enrolledCount: number;
  updatedAt: Date;
}

/** A student's registrations, newest first. */
export function registrationBoard(sql: Sql, studentId: string): Promise<RegistrationSummaryRow[]> {
  return sql.$queryRaw<RegistrationSummaryRow[]>`
    SELECT registration_id AS "registrationId", lecture_id AS "lectureId", lecture_title AS "lectureTitle", status::text AS status,
      payment_id AS "paymentId", payment_status::text AS "paymentStatus", amount, registered_at AS "registeredAt", updated_at AS "updatedAt"
    FROM registration_view WHERE student_id = ${studentId}::uuid
    ORDER BY registered_at DESC NULLS FIRST, registration_id ASC LIMIT 500`;
}

/** An instructor's lectures with their enrolment. */
export function enrolmentBoard(sql: Sql, instructorId: string): Promise<LectureEnrolmentRow[]> {
  return sql.$queryRaw<LectureEnrolmentRow[]>`
    SELECT lecture_id AS "lectureId", instructor_id AS "instructorId", title, capacity, status::text AS status,
      enrolled_count AS "enrolledCount", updated_at AS "updatedAt"
    FROM lecture_view WHERE instructor_id = ${instructorId}::uuid ORDER BY lecture_id ASC`;
}
