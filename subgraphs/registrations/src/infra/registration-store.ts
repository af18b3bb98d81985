import { isUniqueViolation, type Sql } from "@supergraph/platform";
import type { OfferedLecture, Registration } from "../domain/registration.ts";

/*
 * Every statement of the registrations context, in SQL on pg (see Sql in the platform for why
 * not through Prisma; most run on the path of every registration). The tables and their
 * migrations are Prisma's (prisma/registrations/), plus one constraint written by hand: one
 * live registration per student and lecture.
 */

/** A registration row as the domain's Registration. */
const REGISTRATION_COLUMNS = `id, lecture_id AS "lectureId", student_id AS "studentId", payment_id AS "paymentId", amount, status::text AS status,
  cancellation_reason::text AS "cancellationReason", registered_at AS "registeredAt", paid_at AS "paidAt", canceled_at AS "canceledAt"`;

/** Reads the lecture replica and locks its row, serializing seat changes of one lecture. */
export async function lockLecture(tx: Sql, id: string): Promise<OfferedLecture | null> {
  const rows = await tx.$queryRaw<OfferedLecture[]>`
    SELECT id, title, price, capacity, status::text AS status, taken FROM offered_lecture WHERE id = ${id}::uuid FOR UPDATE`;
  return rows[0] ?? null;
}

/** Changes a lecture's count of seats taken (held or registered) by `delta`. */
export async function adjustTaken(tx: Sql, lectureId: string, delta: number): Promise<void> {
  await tx.$executeRaw`UPDATE offered_lecture SET taken = taken + ${delta} WHERE id = ${lectureId}::uuid`;
}

/** The registration, locked until the transaction ends. */
export async function lockRegistration(tx: Sql, id: string): Promise<Registration | null> {
  const rows = await tx.$queryRawUnsafe<Registration[]>(`SELECT ${REGISTRATION_COLUMNS} FROM registration WHERE id = $1::uuid FOR UPDATE`, id);
  return rows[0] ?? null;
}

export async function findRegistrations(sql: Sql, ids: readonly string[]): Promise<Registration[]> {
  return sql.$queryRawUnsafe<Registration[]>(`SELECT ${REGISTRATION_COLUMNS} FROM registration WHERE id = ANY($1::uuid[])`, ids);
}

export async function registrationsOfStudent(sql: Sql, studentId: string): Promise<Registration[]> {
  return sql.$queryRawUnsafe<Registration[]>(`SELECT ${REGISTRATION_COLUMNS} FROM registration WHERE student_id = $1::uuid ORDER BY registered_at DESC`, studentId);
}

/** Ids of a lecture's registrations that are not canceled. */
export async function liveRegistrationsOf(tx: Sql, lectureId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM registration WHERE lecture_id = ${lectureId}::uuid AND status <> 'CANCELED'`;
  return rows.map((r) => r.id);
}

/** Whether the student holds a seat of the lecture or has a registration for it that is not canceled. */
export async function hasLiveRegistration(tx: Sql, lectureId: string, studentId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ taken: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM registration WHERE lecture_id = ${lectureId}::uuid AND student_id = ${studentId}::uuid AND status <> 'CANCELED')
        OR EXISTS (SELECT 1 FROM seat_hold WHERE lecture_id = ${lectureId}::uuid AND student_id = ${studentId}::uuid) AS taken`;
  return rows[0]?.taken ?? false;
}

export interface SeatHold {
  registrationId: string;
  lectureId: string;
  studentId: string;
}

/** Holds a seat: the hold and the lecture's taken count; false when the student already holds one. */
export async function holdSeat(tx: Sql, hold: SeatHold): Promise<boolean> {
  try {
    await tx.$executeRaw`
      WITH held AS (INSERT INTO seat_hold (registration_id, lecture_id, student_id) VALUES (${hold.registrationId}::uuid, ${hold.lectureId}::uuid, ${hold.studentId}::uuid))
      UPDATE offered_lecture SET taken = taken + 1 WHERE id = ${hold.lectureId}::uuid`;
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

const HOLD_COLUMNS = `registration_id AS "registrationId", lecture_id AS "lectureId", student_id AS "studentId"`;

export async function findHold(tx: Sql, registrationId: string): Promise<SeatHold | null> {
  const rows = await tx.$queryRawUnsafe<SeatHold[]>(`SELECT ${HOLD_COLUMNS} FROM seat_hold WHERE registration_id = $1::uuid`, registrationId);
  return rows[0] ?? null;
}

/** Deletes a hold (not the seat count); whether there was one. */
export async function deleteHold(tx: Sql, registrationId: string): Promise<boolean> {
  return (await tx.$executeRaw`DELETE FROM seat_hold WHERE registration_id = ${registrationId}::uuid`) > 0;
}

/** Holds older than `olderThan` (left by a process that died while charging), up to 100 at a time. */
export async function staleHolds(sql: Sql, olderThan: Date): Promise<SeatHold[]> {
  return sql.$queryRawUnsafe<SeatHold[]>(`SELECT ${HOLD_COLUMNS} FROM seat_hold WHERE created_at < $1 LIMIT 100`, olderThan);
}

/** Writes a registration as a command left it: inserted when new, else updated in place. */
export async function saveRegistration(tx: Sql, r: Registration): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO registration (id, lecture_id, student_id, payment_id, amount, status, cancellation_reason, registered_at, paid_at, canceled_at)
    VALUES (${r.id}::uuid, ${r.lectureId}::uuid, ${r.studentId}::uuid, ${r.paymentId}::uuid, ${r.amount}, ${r.status}::"RegistrationStatus",
      ${r.cancellationReason}::"CancellationReason", ${r.registeredAt}, ${r.paidAt}, ${r.canceledAt})
    ON CONFLICT (id) DO UPDATE SET lecture_id = EXCLUDED.lecture_id, student_id = EXCLUDED.student_id, payment_id = EXCLUDED.payment_id,
      amount = EXCLUDED.amount, status = EXCLUDED.status, cancellation_reason = EXCLUDED.cancellation_reason,
      registered_at = EXCLUDED.registered_at, paid_at = EXCLUDED.paid_at, canceled_at = EXCLUDED.canceled_at`;
}

export interface OfferedLectureRow {
  id: string;
  title: string;
  price: number;
  capacity: number;
}

/** Adds a lecture to the replica as open; a lecture already known (even canceled) stays as it is. */
export async function offer(tx: Sql, l: OfferedLectureRow): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO offered_lecture (id, title, price, capacity, status) VALUES (${l.id}::uuid, ${l.title}, ${l.price}, ${l.capacity}, 'OPEN')
    ON CONFLICT (id) DO NOTHING`;
}

/** Marks a lecture of the replica canceled (known only through this event: kept as canceled). */
export async function withdraw(tx: Sql, lectureId: string): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO offered_lecture (id, title, price, capacity, status) VALUES (${lectureId}::uuid, '', 0, 0, 'CANCELED')
    ON CONFLICT (id) DO UPDATE SET status = 'CANCELED'`;
}
