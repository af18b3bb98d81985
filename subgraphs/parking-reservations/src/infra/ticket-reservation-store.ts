import type { Sql } from "@supergraph/platform";
import type { TicketReservation } from "../domain/ticket-reservation.ts";

/*
 * The parking-reservations context's statements, in SQL on pg (see Sql in the platform for why
 * not through Prisma). The table is Prisma's (prisma/parking-reservations/), plus the partial
 * unique index written by hand: one live reservation per employee and date.
 */

const COLUMNS = `id, employee_id AS "employeeId", date::text AS date, status::text AS status, parking_lot_id AS "parkingLotId",
  delivery_id AS "deliveryId", reserved_at AS "reservedAt", allocated_at AS "allocatedAt", refused_at AS "refusedAt",
  delivered_at AS "deliveredAt", canceled_at AS "canceledAt"`;

/** The statuses a reservation counts as the employee's one for its date in. */
const LIVE = `('RESERVED', 'ALLOCATED', 'TICKET_DELIVERED')`;

/** The reservation, locked until the transaction ends. */
export async function lockTicketReservation(tx: Sql, id: string): Promise<TicketReservation | null> {
  const rows = await tx.$queryRawUnsafe<TicketReservation[]>(`SELECT ${COLUMNS} FROM ticket_reservation WHERE id = $1::uuid FOR UPDATE`, id);
  return rows[0] ?? null;
}

export async function findTicketReservations(sql: Sql, ids: readonly string[]): Promise<TicketReservation[]> {
  return sql.$queryRawUnsafe<TicketReservation[]>(`SELECT ${COLUMNS} FROM ticket_reservation WHERE id = ANY($1::uuid[])`, ids);
}

export async function ticketReservationsOf(sql: Sql, employeeId: string): Promise<TicketReservation[]> {
  return sql.$queryRawUnsafe<TicketReservation[]>(
    `SELECT ${COLUMNS} FROM ticket_reservation WHERE employee_id = $1::uuid ORDER BY date DESC, reserved_at DESC`,
    employeeId,
  );
}

/** Whether the employee has a live reservation for the date (the unique index decides a race). */
export async function hasLiveReservation(sql: Sql, employeeId: string, date: string): Promise<boolean> {
  const rows = await sql.$queryRawUnsafe<{ taken: boolean }[]>(
    `SELECT EXISTS (SELECT 1 FROM ticket_reservation WHERE employee_id = $1::uuid AND date = $2::date AND status IN ${LIVE}) AS taken`,
    employeeId,
    date,
  );
  return rows[0]?.taken ?? false;
}

export async function saveTicketReservation(tx: Sql, t: TicketReservation): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO ticket_reservation (id, employee_id, date, status, parking_lot_id, delivery_id, reserved_at, allocated_at, refused_at, delivered_at, canceled_at)
    VALUES (${t.id}::uuid, ${t.employeeId}::uuid, ${t.date}::date, ${t.status}::"TicketReservationStatus", ${t.parkingLotId}::uuid, ${t.deliveryId}::uuid,
            ${t.reservedAt}, ${t.allocatedAt}, ${t.refusedAt}, ${t.deliveredAt}, ${t.canceledAt})
    ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, parking_lot_id = EXCLUDED.parking_lot_id, delivery_id = EXCLUDED.delivery_id,
      allocated_at = EXCLUDED.allocated_at, refused_at = EXCLUDED.refused_at, delivered_at = EXCLUDED.delivered_at, canceled_at = EXCLUDED.canceled_at`;
}
