import type { Sql } from "@supergraph/platform";
import type { TicketDelivery } from "../domain/ticket-delivery.ts";

/*
 * The ticket-deliveries context's statements, in SQL on pg (see Sql in the platform for why not through
 * Prisma). The table is Prisma's (prisma/ticket-deliveries/schema.prisma, and its migrations).
 */

const COLUMNS = `id, owner_id AS "ownerId", title, status::text AS status, requested_at AS "requestedAt", confirmed_at AS "confirmedAt"`;

/** The ticket delivery, locked until the transaction ends. */
export async function lockTicketDelivery(tx: Sql, id: string): Promise<TicketDelivery | null> {
  const rows = await tx.$queryRawUnsafe<TicketDelivery[]>(`SELECT ${COLUMNS} FROM ticket_delivery WHERE id = $1::uuid FOR UPDATE`, id);
  return rows[0] ?? null;
}

export async function findTicketDeliverys(sql: Sql, ids: readonly string[]): Promise<TicketDelivery[]> {
  return sql.$queryRawUnsafe<TicketDelivery[]>(`SELECT ${COLUMNS} FROM ticket_delivery WHERE id = ANY($1::uuid[])`, ids);
}

export async function saveTicketDelivery(tx: Sql, t: TicketDelivery): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO ticket_delivery (id, owner_id, title, status, requested_at, confirmed_at)
    VALUES (${t.id}::uuid, ${t.ownerId}::uuid, ${t.title}, ${t.status}::"TicketDeliveryStatus", ${t.requestedAt}, ${t.confirmedAt})
    ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, status = EXCLUDED.status, confirmed_at = EXCLUDED.confirmed_at`;
}
