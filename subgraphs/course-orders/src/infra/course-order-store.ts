import type { Sql } from "@supergraph/platform";
import type { CourseOrder } from "../domain/course-order.ts";

/*
 * The course-orders context's statements, in SQL on pg (see Sql in the platform for why not through
 * Prisma). The table is Prisma's (prisma/course-orders/schema.prisma, and its migrations).
 */

const COLUMNS = `id, owner_id AS "ownerId", title, status::text AS status, requested_at AS "requestedAt", confirmed_at AS "confirmedAt"`;

/** The course order, locked until the transaction ends. */
export async function lockCourseOrder(tx: Sql, id: string): Promise<CourseOrder | null> {
  const rows = await tx.$queryRawUnsafe<CourseOrder[]>(`SELECT ${COLUMNS} FROM course_order WHERE id = $1::uuid FOR UPDATE`, id);
  return rows[0] ?? null;
}

export async function findCourseOrders(sql: Sql, ids: readonly string[]): Promise<CourseOrder[]> {
  return sql.$queryRawUnsafe<CourseOrder[]>(`SELECT ${COLUMNS} FROM course_order WHERE id = ANY($1::uuid[])`, ids);
}

export async function saveCourseOrder(tx: Sql, t: CourseOrder): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO course_order (id, owner_id, title, status, requested_at, confirmed_at)
    VALUES (${t.id}::uuid, ${t.ownerId}::uuid, ${t.title}, ${t.status}::"CourseOrderStatus", ${t.requestedAt}, ${t.confirmedAt})
    ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, status = EXCLUDED.status, confirmed_at = EXCLUDED.confirmed_at`;
}
