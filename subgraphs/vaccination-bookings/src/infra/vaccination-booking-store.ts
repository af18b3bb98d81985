import type { Sql } from "@supergraph/platform";
import type { VaccinationBooking } from "../domain/vaccination-booking.ts";

/*
 * The vaccination-bookings context's statements, in SQL on pg (see Sql in the platform for why
 * not through Prisma). The table is Prisma's (prisma/vaccination-bookings/), plus the partial
 * unique index written by hand: one BOOKED booking per customer.
 */

const COLUMNS = `id, customer_id AS "customerId", vaccine_id AS "vaccineId", vaccine_name AS "vaccineName", date::text AS date,
  status::text AS status, injection_id AS "injectionId", booked_at AS "bookedAt", injected_at AS "injectedAt", canceled_at AS "canceledAt"`;

/** The booking, locked until the transaction ends. */
export async function lockBooking(tx: Sql, id: string): Promise<VaccinationBooking | null> {
  const rows = await tx.$queryRawUnsafe<VaccinationBooking[]>(`SELECT ${COLUMNS} FROM vaccination_booking WHERE id = $1::uuid FOR UPDATE`, id);
  return rows[0] ?? null;
}

export async function findBookings(sql: Sql, ids: readonly string[]): Promise<VaccinationBooking[]> {
  return sql.$queryRawUnsafe<VaccinationBooking[]>(`SELECT ${COLUMNS} FROM vaccination_booking WHERE id = ANY($1::uuid[])`, ids);
}

export async function bookingsOf(sql: Sql, customerId: string): Promise<VaccinationBooking[]> {
  return sql.$queryRawUnsafe<VaccinationBooking[]>(`SELECT ${COLUMNS} FROM vaccination_booking WHERE customer_id = $1::uuid ORDER BY booked_at DESC`, customerId);
}

/** Whether the customer has a BOOKED booking (the unique index decides a race). */
export async function hasLiveBooking(sql: Sql, customerId: string): Promise<boolean> {
  const rows = await sql.$queryRawUnsafe<{ taken: boolean }[]>(
    `SELECT EXISTS (SELECT 1 FROM vaccination_booking WHERE customer_id = $1::uuid AND status = 'BOOKED') AS taken`,
    customerId,
  );
  return rows[0]?.taken ?? false;
}

export async function saveBooking(tx: Sql, b: VaccinationBooking): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO vaccination_booking (id, customer_id, vaccine_id, vaccine_name, date, status, injection_id, booked_at, injected_at, canceled_at)
    VALUES (${b.id}::uuid, ${b.customerId}::uuid, ${b.vaccineId}::uuid, ${b.vaccineName}, ${b.date}::date, ${b.status}::"VaccinationBookingStatus",
            ${b.injectionId}::uuid, ${b.bookedAt}, ${b.injectedAt}, ${b.canceledAt})
    ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, injection_id = EXCLUDED.injection_id, injected_at = EXCLUDED.injected_at, canceled_at = EXCLUDED.canceled_at`;
}
