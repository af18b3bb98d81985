import type { Sql } from "@supergraph/platform";
import type { Course } from "../domain/course-order.ts";

/* The catalog's statements: it is seeded by the context's migration and only read. */

const COLUMNS = `id, code, title, duration_days AS "durationDays"`;

/** The courses whose title or code contains `search` (case-insensitive), all without one; by title. */
export async function searchCourses(sql: Sql, search: string | null | undefined): Promise<Course[]> {
  const term = search?.trim() ?? "";
  if (term === "") return sql.$queryRawUnsafe<Course[]>(`SELECT ${COLUMNS} FROM course ORDER BY title`);
  const pattern = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql.$queryRawUnsafe<Course[]>(`SELECT ${COLUMNS} FROM course WHERE title ILIKE $1 OR code ILIKE $1 ORDER BY title`, pattern);
}

export async function findCourses(sql: Sql, ids: readonly string[]): Promise<Course[]> {
  return sql.$queryRawUnsafe<Course[]>(`SELECT ${COLUMNS} FROM course WHERE id = ANY($1::uuid[])`, ids);
}
