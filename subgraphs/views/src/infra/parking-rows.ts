import type { Sql } from "@supergraph/platform";
import type { TicketReservationStatus } from "../generated/graphql.ts";

/*
 * The parking reservation status read model, in SQL on pg (the table is Prisma's,
 * prisma/views/schema.prisma). Every parking event names its reservation, employee and date,
 * so whichever event of a case comes first makes the row; each statement then sets only what
 * its event knows, statuses only move forward (GREATEST over the enum's order: RESERVED,
 * ALLOCATED, REFUSED_FULL, TICKET_DELIVERED, CANCELED) and flags are only ever set, so any
 * order of events and any redelivery end in the same row. Rows are never deleted: a canceled
 * reservation stays on its employee's board.
 */

export interface ParkingCase {
  reservationId: string;
  employeeId: string;
  date: string;
}

export interface ParkingChange extends ParkingCase {
  status: TicketReservationStatus;
  parkingLotId?: string;
  deliveryId?: string;
  ticketCanceled?: boolean;
  spaceReleased?: boolean;
  /** When the reservation was taken (TicketReserved only): the row is shown from then on. */
  reservedAt?: Date;
}

/** Applies what one event says about its reservation, in one upsert. */
export async function applyParkingChange(tx: Sql, c: ParkingChange): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO ticket_reservation_view (reservation_id, employee_id, date, status, parking_lot_id, delivery_id, ticket_canceled, space_released, reserved_at)
    VALUES (${c.reservationId}::uuid, ${c.employeeId}::uuid, ${c.date}::date, ${c.status}::"TicketReservationStatus", ${c.parkingLotId ?? null}::uuid,
      ${c.deliveryId ?? null}::uuid, ${c.ticketCanceled ?? false}, ${c.spaceReleased ?? false}, ${c.reservedAt ?? null}::timestamptz)
    ON CONFLICT (reservation_id) DO UPDATE SET
      status = GREATEST(ticket_reservation_view.status, EXCLUDED.status),
      parking_lot_id = COALESCE(EXCLUDED.parking_lot_id, ticket_reservation_view.parking_lot_id),
      delivery_id = COALESCE(EXCLUDED.delivery_id, ticket_reservation_view.delivery_id),
      ticket_canceled = ticket_reservation_view.ticket_canceled OR EXCLUDED.ticket_canceled,
      space_released = ticket_reservation_view.space_released OR EXCLUDED.space_released,
      reserved_at = COALESCE(ticket_reservation_view.reserved_at, EXCLUDED.reserved_at),
      updated_at = now()`;
}

export interface TicketReservationSummaryRow {
  id: string;
  date: string;
  status: TicketReservationStatus;
  parkingLotId: string | null;
  deliveryId: string | null;
  ticketCanceled: boolean;
  spaceReleased: boolean;
  reservedAt: Date;
  updatedAt: Date;
}

/** An employee's reservations whose TicketReserved arrived, latest date first: one indexed read. */
export function parkingReservationBoard(sql: Sql, employeeId: string): Promise<TicketReservationSummaryRow[]> {
  return sql.$queryRaw<TicketReservationSummaryRow[]>`
    SELECT reservation_id AS id, to_char(date, 'YYYY-MM-DD') AS date, status::text AS status, parking_lot_id AS "parkingLotId",
      delivery_id AS "deliveryId", ticket_canceled AS "ticketCanceled", space_released AS "spaceReleased",
      reserved_at AS "reservedAt", updated_at AS "updatedAt"
    FROM ticket_reservation_view WHERE employee_id = ${employeeId}::uuid AND reserved_at IS NOT NULL
    ORDER BY date DESC, reserved_at DESC, reservation_id ASC LIMIT 500`;
}
