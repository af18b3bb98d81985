import type { Sql } from "@supergraph/platform";
import type { TicketDelivery } from "../domain/ticket-delivery.ts";

/*
 * The ticket-deliveries context's statements, in SQL on pg (see Sql in the platform for why not
 * through Prisma). The table is Prisma's (prisma/ticket-deliveries/).
 */

const COLUMNS = `id, reservation_id AS "reservationId", parking_lot_id AS "parkingLotId", employee_id AS "employeeId", date::text AS date,
  status::text AS status, created_at AS "createdAt", shipped_at AS "shippedAt", shipped_by AS "shippedBy", canceled_at AS "canceledAt"`;

/**
 * The reservation's ticket, locked until the transaction ends. The reservation's advisory lock
 * comes first, so the Occupied that makes a ticket and a cancel that comes before it queue on
 * each other even while there is no row to lock.
 */
export async function lockTicketOfReservation(tx: Sql, reservationId: string): Promise<TicketDelivery | null> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${reservationId}, 0))`;
  const rows = await tx.$queryRawUnsafe<TicketDelivery[]>(`SELECT ${COLUMNS} FROM ticket_delivery WHERE reservation_id = $1::uuid FOR UPDATE`, reservationId);
  return rows[0] ?? null;
}

export async function findTicketDeliveries(sql: Sql, ids: readonly string[]): Promise<TicketDelivery[]> {
  return sql.$queryRawUnsafe<TicketDelivery[]>(`SELECT ${COLUMNS} FROM ticket_delivery WHERE id = ANY($1::uuid[])`, ids);
}

export async function findTicketsOfReservations(sql: Sql, reservationIds: readonly string[]): Promise<TicketDelivery[]> {
  return sql.$queryRawUnsafe<TicketDelivery[]>(`SELECT ${COLUMNS} FROM ticket_delivery WHERE reservation_id = ANY($1::uuid[])`, reservationIds);
}

/** Tickets still to deliver, by date then age; of one day when `date` is given. */
export async function ticketsToDeliver(sql: Sql, date: string | null): Promise<TicketDelivery[]> {
  return sql.$queryRawUnsafe<TicketDelivery[]>(
    `SELECT ${COLUMNS} FROM ticket_delivery WHERE status = 'TO_DELIVER' AND ($1::date IS NULL OR date = $1::date) ORDER BY date, created_at LIMIT 500`,
    date,
  );
}

/** Whether the reservation's DeliveryCanceled is still in the outbox, not yet in the stream (the outbox's partial index keeps this to the unpublished rows). */
export async function cancellationUnpublished(sql: Sql, reservationId: string): Promise<boolean> {
  const rows = await sql.$queryRaw<{ waiting: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM platform_outbox WHERE published_at IS NULL AND payload->>'type' = 'DeliveryCanceled' AND payload->>'subject' = ${reservationId}) AS waiting`;
  return rows[0]?.waiting ?? false;
}

export async function saveTicketDelivery(tx: Sql, t: TicketDelivery): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO ticket_delivery (id, reservation_id, parking_lot_id, employee_id, date, status, created_at, shipped_at, shipped_by, canceled_at)
    VALUES (${t.id}::uuid, ${t.reservationId}::uuid, ${t.parkingLotId}::uuid, ${t.employeeId}::uuid, ${t.date}::date, ${t.status}::"TicketDeliveryStatus",
            ${t.createdAt}, ${t.shippedAt}, ${t.shippedBy}::uuid, ${t.canceledAt})
    ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, shipped_at = EXCLUDED.shipped_at, shipped_by = EXCLUDED.shipped_by, canceled_at = EXCLUDED.canceled_at`;
}
