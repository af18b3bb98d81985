import type { Sql } from "@supergraph/platform";
import type { Notification } from "../domain/notification.ts";

/*
 * The notifications context's statements, in SQL on pg (see Sql in the platform for why not
 * through Prisma). The table is Prisma's (prisma/notifications/).
 */

const COLUMNS = `id, request_event_id AS "requestEventId", requested_by AS "requestedBy", recipient_id AS "recipientId", channel::text AS channel,
  address, kind, text, case_id AS "caseId", case_label AS "caseLabel", status::text AS status, failed_attempts AS "failedAttempts",
  last_error AS "lastError", requested_at AS "requestedAt", sent_at AS "sentAt"`;

/** The notification found by `column`, locked until the transaction ends. */
async function lockBy(tx: Sql, column: "id" | "request_event_id", id: string): Promise<Notification | null> {
  const rows = await tx.$queryRawUnsafe<Notification[]>(`SELECT ${COLUMNS} FROM notification WHERE ${column} = $1::uuid FOR UPDATE`, id);
  return rows[0] ?? null;
}

export const lockNotification = (tx: Sql, id: string) => lockBy(tx, "id", id);
export const lockNotificationOfRequest = (tx: Sql, requestEventId: string) => lockBy(tx, "request_event_id", requestEventId);

export async function findNotifications(sql: Sql, ids: readonly string[]): Promise<Notification[]> {
  return sql.$queryRawUnsafe<Notification[]>(`SELECT ${COLUMNS} FROM notification WHERE id = ANY($1::uuid[])`, ids);
}

/** A user's SMS, newest first. */
export async function smsHistoryOf(sql: Sql, recipientId: string): Promise<Notification[]> {
  return sql.$queryRawUnsafe<Notification[]>(
    `SELECT ${COLUMNS} FROM notification WHERE recipient_id = $1::uuid AND channel = 'SMS' ORDER BY requested_at DESC, id`,
    recipientId,
  );
}

export async function saveNotification(tx: Sql, n: Notification): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO notification (id, request_event_id, requested_by, recipient_id, channel, address, kind, text, case_id, case_label,
                              status, failed_attempts, last_error, requested_at, sent_at)
    VALUES (${n.id}::uuid, ${n.requestEventId}::uuid, ${n.requestedBy}, ${n.recipientId}::uuid, ${n.channel}::"NotificationChannel", ${n.address},
            ${n.kind}, ${n.text}, ${n.caseId}, ${n.caseLabel}, ${n.status}::"NotificationStatus", ${n.failedAttempts}, ${n.lastError},
            ${n.requestedAt}, ${n.sentAt})
    ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, failed_attempts = EXCLUDED.failed_attempts, last_error = EXCLUDED.last_error,
                                   sent_at = EXCLUDED.sent_at`;
}
