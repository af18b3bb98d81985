import type { Sql } from "@supergraph/platform";
import type { LectureStatus, PaymentStatus, RefundStatus, RegistrationStatus } from "../generated/graphql.ts";

/*
 * The read models' queries, in SQL on pg: each screen is one indexed read (see Sql in the
 * platform for why not through Prisma). The tables are Prisma's (prisma/views/schema.prisma).
 */

/** A row of the student's board: a registration whose CourseRegistered arrived, so all but the lecture's title is known. */
export interface RegistrationSummaryRow {
  /** The registration's id, the case's id (every read model's `id` is its case's). */
  id: string;
  lectureId: string;
  lectureTitle: string | null;
  status: RegistrationStatus;
  paymentId: string;
  paymentStatus: PaymentStatus;
  refund: RefundStatus | null;
  amount: number;
  registeredAt: Date;
  updatedAt: Date;
}

/** A row of the instructor's board: a lecture whose LectureOpened arrived. */
export interface LectureEnrolmentRow {
  /** The lecture's id, the case's id. */
  id: string;
  instructorId: string;
  title: string;
  capacity: number;
  status: LectureStatus;
  enrolledCount: number;
  updatedAt: Date;
}

/*
 * The status a row shows is never behind its payment's: payments refunds a registration's
 * payment only after the registration was canceled, so a row whose PaymentCanceled arrived
 * before its RegistrationCanceled (each event type has its own consumer) shows it canceled
 * already, not PAID beside a CANCELED payment. The enrolment count follows the registration's
 * own event (recountEnrolments), which always comes.
 */
const SHOWN_STATUS = `GREATEST(status, CASE WHEN payment_status = 'CANCELED' THEN 'CANCELED'::"RegistrationStatus" END)`;

/** A student's registrations, newest first: only those whose CourseRegistered arrived (it sets student_id). */
export function registrationBoard(sql: Sql, studentId: string): Promise<RegistrationSummaryRow[]> {
  return sql.$queryRawUnsafe<RegistrationSummaryRow[]>(
    `SELECT registration_id AS id, lecture_id AS "lectureId", lecture_title AS "lectureTitle", ${SHOWN_STATUS}::text AS status,
      payment_id AS "paymentId", payment_status::text AS "paymentStatus",
      CASE WHEN ${SHOWN_STATUS} = 'CANCELED' THEN (CASE WHEN payment_status = 'CANCELED' THEN 'REFUNDED' ELSE 'PENDING' END) END AS refund,
      amount, registered_at AS "registeredAt", updated_at AS "updatedAt"
    FROM registration_view WHERE student_id = $1::uuid
    ORDER BY registered_at DESC, registration_id ASC LIMIT 500`,
    studentId,
  );
}

/** An instructor's lectures with their enrolment: only those whose LectureOpened arrived (it sets the title). */
export function enrolmentBoard(sql: Sql, instructorId: string): Promise<LectureEnrolmentRow[]> {
  return sql.$queryRaw<LectureEnrolmentRow[]>`
    SELECT lecture_id AS id, instructor_id AS "instructorId", title, capacity, status::text AS status,
      enrolled_count AS "enrolledCount", updated_at AS "updatedAt"
    FROM lecture_view WHERE instructor_id = ${instructorId}::uuid AND title IS NOT NULL ORDER BY lecture_id ASC`;
}
