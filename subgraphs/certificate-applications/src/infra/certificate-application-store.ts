import type { Sql } from "@supergraph/platform";
import type { CertificateApplication } from "../domain/certificate-application.ts";

/*
 * The certificate-applications context's statements, in SQL on pg (see Sql in the platform for why not through
 * Prisma). The tables are Prisma's (prisma/certificate-applications/), plus the partial unique index written
 * by hand: one live (APPLIED or ISSUED) application per injection.
 */

const COLUMNS = `id, booking_id AS "bookingId", injection_id AS "injectionId", customer_id AS "customerId", vaccine_name AS "vaccineName",
  status::text AS status, applied_at AS "appliedAt", canceled_at AS "canceledAt", certificate_number AS "certificateNumber", issued_at AS "issuedAt"`;

/** The certificate application, locked until the transaction ends. */
export async function lockCertificateApplication(tx: Sql, id: string): Promise<CertificateApplication | null> {
  const rows = await tx.$queryRawUnsafe<CertificateApplication[]>(`SELECT ${COLUMNS} FROM certificate_application WHERE id = $1::uuid FOR UPDATE`, id);
  return rows[0] ?? null;
}

export async function findCertificateApplications(sql: Sql, ids: readonly string[]): Promise<CertificateApplication[]> {
  return sql.$queryRawUnsafe<CertificateApplication[]>(`SELECT ${COLUMNS} FROM certificate_application WHERE id = ANY($1::uuid[])`, ids);
}

export async function applicationsOf(sql: Sql, customerId: string): Promise<CertificateApplication[]> {
  return sql.$queryRawUnsafe<CertificateApplication[]>(`SELECT ${COLUMNS} FROM certificate_application WHERE customer_id = $1::uuid ORDER BY applied_at DESC, id`, customerId);
}

export async function applicationsOfBooking(sql: Sql, bookingId: string): Promise<CertificateApplication[]> {
  return sql.$queryRawUnsafe<CertificateApplication[]>(`SELECT ${COLUMNS} FROM certificate_application WHERE booking_id = $1::uuid ORDER BY applied_at DESC, id`, bookingId);
}

/** Whether the booking has a live (APPLIED or ISSUED) application (the unique index on its injection decides a race). */
export async function hasLiveApplication(sql: Sql, bookingId: string): Promise<boolean> {
  const rows = await sql.$queryRawUnsafe<{ taken: boolean }[]>(
    `SELECT EXISTS (SELECT 1 FROM certificate_application WHERE booking_id = $1::uuid AND status IN ('APPLIED', 'ISSUED')) AS taken`,
    bookingId,
  );
  return rows[0]?.taken ?? false;
}

export async function saveCertificateApplication(tx: Sql, a: CertificateApplication): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO certificate_application (id, booking_id, injection_id, customer_id, vaccine_name, status, applied_at, canceled_at, certificate_number, issued_at)
    VALUES (${a.id}::uuid, ${a.bookingId}::uuid, ${a.injectionId}::uuid, ${a.customerId}::uuid, ${a.vaccineName}, ${a.status}::"CertificateApplicationStatus",
            ${a.appliedAt}, ${a.canceledAt}, ${a.certificateNumber}, ${a.issuedAt})
    ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, canceled_at = EXCLUDED.canceled_at,
      certificate_number = EXCLUDED.certificate_number, issued_at = EXCLUDED.issued_at`;
}

/** What certificate-applications knows of a booking (from VaccinationBooked). */
export interface KnownBooking {
  readonly id: string;
  readonly customerId: string;
  readonly vaccineName: string;
}

export async function findKnownBooking(sql: Sql, id: string): Promise<KnownBooking | null> {
  const rows = await sql.$queryRawUnsafe<KnownBooking[]>(`SELECT id, customer_id AS "customerId", vaccine_name AS "vaccineName" FROM known_booking WHERE id = $1::uuid`, id);
  return rows[0] ?? null;
}

/** Records a booking once (a redelivered VaccinationBooked changes nothing). */
export async function saveKnownBooking(tx: Sql, b: KnownBooking): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO known_booking (id, customer_id, vaccine_name) VALUES (${b.id}::uuid, ${b.customerId}::uuid, ${b.vaccineName})
    ON CONFLICT (id) DO NOTHING`;
}
