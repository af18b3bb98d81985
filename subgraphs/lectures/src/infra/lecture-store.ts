import type { Sql } from "@supergraph/platform";
import type { Lecture } from "../domain/lecture.ts";

/*
 * The lectures context's statements on the hot paths (the enrolment count, entity reads),
 * in SQL on pg (see Sql in the platform for why not through Prisma). The table is Prisma's
 * (prisma/lectures/schema.prisma); the lists are read through the Prisma client.
 */

const LECTURE_COLUMNS = `id, instructor_id AS "instructorId", title, price, capacity, status::text AS status, enrolled_count AS "enrolledCount",
  opened_at AS "openedAt", canceled_at AS "canceledAt"`;

/** The lecture, locked until the transaction ends. */
export async function lockLecture(tx: Sql, id: string): Promise<Lecture | null> {
  const rows = await tx.$queryRawUnsafe<Lecture[]>(`SELECT ${LECTURE_COLUMNS} FROM lecture WHERE id = $1::uuid FOR UPDATE`, id);
  return rows[0] ?? null;
}

export async function findLectures(sql: Sql, ids: readonly string[]): Promise<Lecture[]> {
  return sql.$queryRawUnsafe<Lecture[]>(`SELECT ${LECTURE_COLUMNS} FROM lecture WHERE id = ANY($1::uuid[])`, ids);
}

export async function saveLecture(tx: Sql, l: Lecture): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO lecture (id, instructor_id, title, price, capacity, status, enrolled_count, opened_at, canceled_at)
    VALUES (${l.id}::uuid, ${l.instructorId}::uuid, ${l.title}, ${l.price}, ${l.capacity}, ${l.status}::"LectureStatus", ${l.enrolledCount}, ${l.openedAt}, ${l.canceledAt})
    ON CONFLICT (id) DO UPDATE SET instructor_id = EXCLUDED.instructor_id, title = EXCLUDED.title, price = EXCLUDED.price, capacity = EXCLUDED.capacity,
      status = EXCLUDED.status, enrolled_count = EXCLUDED.enrolled_count, opened_at = EXCLUDED.opened_at, canceled_at = EXCLUDED.canceled_at`;
}
