import type { Sql } from "@supergraph/platform";
import type { TicketReservation } from "../domain/ticket-reservation.ts";

/*
 * The parking-reservations context's statements, in SQL on pg (see Sql in the platform for why not through
 * Prisma). The table is Prisma's (prisma/parking-reservations/schema.prisma, and its migrations).
 */

const COLUMNS = `id, owner_id AS "ownerId", title, status::text AS status, requested_at AS "requestedAt", confirmed_at AS "confirmedAt"`;

/** The ticket reservation, locked until the transaction ends. */
export async function lockTicketReservation(tx: Sql, id: string): Promise<TicketReservation | null> {
  const rows = await tx.$queryRawUnsafe<TicketReservation[]>(`SELECT ${COLUMNS} FROM ticket_reservation WHERE id = $1::uuid FOR UPDATE`, id);
  return rows[0] ?? null;
}

export async function findTicketReservations(sql: Sql, ids: readonly string[]): Promise<TicketReservation[]> {
  return sql.$queryRawUnsafe<TicketReservation[]>(`SELECT ${COLUMNS} FROM ticket_reservation WHERE id = ANY($1::uuid[])`, ids);
}

export async function saveTicketReservation(tx: Sql, t: TicketReservation): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO ticket_reservation (id, owner_id, title, status, requested_at, confirmed_at)
    VALUES (${t.id}::uuid, ${t.ownerId}::uuid, ${t.title}, ${t.status}::"TicketReservationStatus", ${t.requestedAt}, ${t.confirmedAt})
    ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, status = EXCLUDED.status, confirmed_at = EXCLUDED.confirmed_at`;
}
