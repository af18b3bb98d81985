import type { Sql } from "@supergraph/platform";
import type { Notification } from "../domain/notification.ts";

/*
 * The notifications context's statements, in SQL on pg (see Sql in the platform for why not through
 * Prisma). The table is Prisma's (prisma/notifications/schema.prisma, and its migrations).
 */

const COLUMNS = `id, owner_id AS "ownerId", title, status::text AS status, requested_at AS "requestedAt", confirmed_at AS "confirmedAt"`;

/** The notification, locked until the transaction ends. */
export async function lockNotification(tx: Sql, id: string): Promise<Notification | null> {
  const rows = await tx.$queryRawUnsafe<Notification[]>(`SELECT ${COLUMNS} FROM notification WHERE id = $1::uuid FOR UPDATE`, id);
  return rows[0] ?? null;
}

export async function findNotifications(sql: Sql, ids: readonly string[]): Promise<Notification[]> {
  return sql.$queryRawUnsafe<Notification[]>(`SELECT ${COLUMNS} FROM notification WHERE id = ANY($1::uuid[])`, ids);
}

export async function saveNotification(tx: Sql, t: Notification): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO notification (id, owner_id, title, status, requested_at, confirmed_at)
    VALUES (${t.id}::uuid, ${t.ownerId}::uuid, ${t.title}, ${t.status}::"NotificationStatus", ${t.requestedAt}, ${t.confirmedAt})
    ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, status = EXCLUDED.status, confirmed_at = EXCLUDED.confirmed_at`;
}
