import type { Sql } from "@supergraph/platform";

/*
 * Writes of the course-registration read model, in SQL on pg (the tables are Prisma's,
 * prisma/views/schema.prisma). Events of one case can arrive in any order (each event type
 * has its own consumer): every statement upserts only the columns its event knows, and
 * statuses only move forward (enum order: GREATEST never moves a row back).
 */

export interface LectureFacts {
  lectureId: string;
  instructorId: string;
  title: string;
  capacity: number;
}

export interface RegisteredRow {
  registrationId: string;
  studentId: string;
  lectureId: string;
  paymentId: string;
  amount: number;
  registeredAt: Date;
}

export async function openLectureRow(tx: Sql, l: LectureFacts): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO lecture_view (lecture_id, instructor_id, title, capacity, status)
    VALUES (${l.lectureId}::uuid, ${l.instructorId}::uuid, ${l.title}, ${l.capacity}, 'OPEN')
    ON CONFLICT (lecture_id) DO UPDATE SET instructor_id = EXCLUDED.instructor_id, title = EXCLUDED.title,
      capacity = EXCLUDED.capacity, status = GREATEST(lecture_view.status, EXCLUDED.status), updated_at = now()`;
  await tx.$executeRaw`UPDATE registration_view SET lecture_title = ${l.title}, updated_at = now() WHERE lecture_id = ${l.lectureId}::uuid`;
}

export async function cancelLectureRow(tx: Sql, lectureId: string, instructorId: string): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO lecture_view (lecture_id, instructor_id, status) VALUES (${lectureId}::uuid, ${instructorId}::uuid, 'CANCELED')
    ON CONFLICT (lecture_id) DO UPDATE SET status = 'CANCELED', updated_at = now()`;
}

/**
 * Locks the lectures' rows (made when not there yet), in id order so concurrent batches lock
 * in one order. Whatever changes which registrations of a lecture are live takes this lock
 * first, so a recount after it sees every such change committed before.
 */
export async function lockLectureRows(tx: Sql, lectureIds: Iterable<string>): Promise<string[]> {
  const ids = [...new Set(lectureIds)].sort();
  await tx.$executeRaw`
    INSERT INTO lecture_view (lecture_id) SELECT id FROM unnest(${ids}::uuid[]) AS t (id) ORDER BY id
    ON CONFLICT (lecture_id) DO UPDATE SET updated_at = now()`;
  return ids;
}

/**
 * Rows for registrations, in one statement; the lecture's title when the lecture is known here.
 * A registration is written once its charge completed, so its CourseRegistered makes it PAID
 * with its payment COMPLETED (never further back than what a later event already set).
 */
export async function addRegistrationRows(tx: Sql, registered: readonly RegisteredRow[]): Promise<void> {
  // One row per registration (an upsert may not touch a row twice), the latest event's.
  const rows = [...new Map(registered.map((r) => [r.registrationId, r])).values()];
  await tx.$executeRaw`
    INSERT INTO registration_view (registration_id, student_id, lecture_id, lecture_title, status, payment_id, payment_status, amount, registered_at)
    SELECT r.registration_id, r.student_id, r.lecture_id, l.title, 'PAID', r.payment_id, 'COMPLETED', r.amount, r.registered_at
    FROM unnest(${rows.map((r) => r.registrationId)}::uuid[], ${rows.map((r) => r.studentId)}::uuid[], ${rows.map((r) => r.lectureId)}::uuid[],
      ${rows.map((r) => r.paymentId)}::uuid[], ${rows.map((r) => r.amount)}::int[], ${rows.map((r) => r.registeredAt)}::timestamptz[])
      AS r (registration_id, student_id, lecture_id, payment_id, amount, registered_at)
    LEFT JOIN lecture_view l ON l.lecture_id = r.lecture_id
    ON CONFLICT (registration_id) DO UPDATE SET student_id = EXCLUDED.student_id, lecture_id = EXCLUDED.lecture_id,
      lecture_title = EXCLUDED.lecture_title, payment_id = EXCLUDED.payment_id, amount = EXCLUDED.amount,
      registered_at = EXCLUDED.registered_at,
      status = GREATEST(registration_view.status, EXCLUDED.status),
      payment_status = GREATEST(registration_view.payment_status, EXCLUDED.payment_status), updated_at = now()`;
}

/** Moves registrations' status forward (to PAID or CANCELED), in one statement. */
export async function setRegistrationStatuses(tx: Sql, registrationIds: readonly string[], status: "PAID" | "CANCELED"): Promise<void> {
  const ids = [...new Set(registrationIds)];
  await tx.$executeRaw`
    INSERT INTO registration_view (registration_id, status) SELECT id, ${status}::"RegistrationStatus" FROM unnest(${ids}::uuid[]) AS t (id)
    ON CONFLICT (registration_id) DO UPDATE SET status = GREATEST(registration_view.status, EXCLUDED.status), updated_at = now()`;
}

export async function setPaymentStatus(tx: Sql, registrationId: string, paymentId: string, status: "COMPLETED" | "CANCELED"): Promise<void> {
  // A payment voided before its registration existed has no registration: nothing to show.
  await tx.$executeRaw`
    INSERT INTO registration_view (registration_id, payment_id, payment_status)
    VALUES (${registrationId}::uuid, ${paymentId}::uuid, ${status}::"PaymentStatus")
    ON CONFLICT (registration_id) DO UPDATE SET payment_id = EXCLUDED.payment_id,
      payment_status = GREATEST(registration_view.payment_status, EXCLUDED.payment_status), updated_at = now()`;
}

/**
 * Sets each lecture's enrolled count to the number of its live registration rows. It is not
 * a counter of its own: it is derived from the rows the student boards show, recounted under
 * the lecture's lock (lockLectureRows) in the transaction that changed them, so no order of
 * events, redelivery or concurrent batch makes it drift from them.
 */
export async function recountEnrolments(tx: Sql, lockedLectureIds: readonly string[]): Promise<void> {
  // One count grouped by lecture, not a count per lecture: the planner takes the lecture index
  // for a few lectures and one scan for a batch of many (a backlog's batch of 1,000 touched all
  // 50 lectures of bench/event-path.ts; 50 index counts of 100,000 rows took 400 ms, this 40-170 ms on the same shared machine).
  // PAID is a FILTER, not a WHERE: with the status in WHERE, a table grown since its last
  // ANALYZE (a backlog) looked to the planner like a hundred rows, and it sorted the 100,000 by
  // lecture, spilling to disk (58 ms a batch at the end); counted by hash, 22 ms.
  await tx.$executeRaw`
    UPDATE lecture_view l SET enrolled_count = COALESCE(c.n, 0), updated_at = now()
    FROM unnest(${lockedLectureIds}::uuid[]) AS ids (id)
    LEFT JOIN (
      SELECT r.lecture_id, count(*) FILTER (WHERE r.status = 'PAID') AS n FROM registration_view r
      WHERE r.lecture_id = ANY(${lockedLectureIds}::uuid[]) GROUP BY r.lecture_id
    ) c ON c.lecture_id = ids.id
    WHERE l.lecture_id = ids.id`;
}
