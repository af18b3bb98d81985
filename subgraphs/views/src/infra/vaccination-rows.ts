import type { Sql } from "@supergraph/platform";
import type { CertificateApplicationStatus, InjectionStatus, VaccinationBookingStatus } from "../generated/graphql.ts";

/*
 * The vaccination "my page" read model, in SQL on pg (the tables are Prisma's,
 * prisma/views/schema.prisma): one row per booking (with its injection) and one per certificate
 * application (with its issue and certificate). Whichever event of a case comes first makes the
 * row; each statement then sets only what its event knows, statuses only move forward (GREATEST
 * over the enums' order) and set columns are kept (COALESCE), so any order of events and any
 * redelivery end in the same row. Rows are never deleted: canceled ones stay on the page.
 */

export interface BookingChange {
  bookingId: string;
  customerId: string;
  vaccineId: string;
  vaccineName?: string;
  date?: string;
  status?: VaccinationBookingStatus;
  /** Set by VaccinationBooked only: the row is shown from then on. */
  bookedAt?: Date;
  canceledAt?: Date;
  injectionId?: string;
  injectionStatus?: InjectionStatus;
  injectedAt?: Date;
}

/** Applies what one booking or injection event says about its booking, in one upsert. */
export async function applyBookingChange(tx: Sql, c: BookingChange): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO vaccination_booking_view (booking_id, customer_id, vaccine_id, vaccine_name, date, status, booked_at, canceled_at, injection_id, injection_status, injected_at)
    VALUES (${c.bookingId}::uuid, ${c.customerId}::uuid, ${c.vaccineId}::uuid, ${c.vaccineName ?? null}, ${c.date ?? null}::date,
      ${c.status ?? null}::"VaccinationBookingStatus", ${c.bookedAt ?? null}::timestamptz, ${c.canceledAt ?? null}::timestamptz,
      ${c.injectionId ?? null}::uuid, ${c.injectionStatus ?? null}::"InjectionStatus", ${c.injectedAt ?? null}::timestamptz)
    ON CONFLICT (booking_id) DO UPDATE SET
      vaccine_name = COALESCE(vaccination_booking_view.vaccine_name, EXCLUDED.vaccine_name),
      date = COALESCE(vaccination_booking_view.date, EXCLUDED.date),
      status = GREATEST(vaccination_booking_view.status, EXCLUDED.status),
      booked_at = COALESCE(vaccination_booking_view.booked_at, EXCLUDED.booked_at),
      canceled_at = COALESCE(vaccination_booking_view.canceled_at, EXCLUDED.canceled_at),
      injection_id = COALESCE(vaccination_booking_view.injection_id, EXCLUDED.injection_id),
      injection_status = GREATEST(vaccination_booking_view.injection_status, EXCLUDED.injection_status),
      injected_at = COALESCE(vaccination_booking_view.injected_at, EXCLUDED.injected_at),
      updated_at = now()`;
}

export interface ApplicationChange {
  applicationId: string;
  customerId: string;
  status: CertificateApplicationStatus;
  bookingId?: string;
  injectionId?: string;
  vaccineName?: string;
  /** Set by CertificateApplied only: the application is shown from then on. */
  appliedAt?: Date;
  canceledAt?: Date;
  issueId?: string;
  certificateNumber?: string;
  issuedAt?: Date;
}

/** Applies what one application or issue event says about its application, in one upsert. */
export async function applyApplicationChange(tx: Sql, c: ApplicationChange): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO certificate_application_view (application_id, customer_id, status, booking_id, injection_id, vaccine_name, applied_at, canceled_at, issue_id, certificate_number, issued_at)
    VALUES (${c.applicationId}::uuid, ${c.customerId}::uuid, ${c.status}::"CertificateApplicationStatus", ${c.bookingId ?? null}::uuid,
      ${c.injectionId ?? null}::uuid, ${c.vaccineName ?? null}, ${c.appliedAt ?? null}::timestamptz, ${c.canceledAt ?? null}::timestamptz,
      ${c.issueId ?? null}::uuid, ${c.certificateNumber ?? null}, ${c.issuedAt ?? null}::timestamptz)
    ON CONFLICT (application_id) DO UPDATE SET
      status = GREATEST(certificate_application_view.status, EXCLUDED.status),
      booking_id = COALESCE(certificate_application_view.booking_id, EXCLUDED.booking_id),
      injection_id = COALESCE(certificate_application_view.injection_id, EXCLUDED.injection_id),
      vaccine_name = COALESCE(certificate_application_view.vaccine_name, EXCLUDED.vaccine_name),
      applied_at = COALESCE(certificate_application_view.applied_at, EXCLUDED.applied_at),
      canceled_at = COALESCE(certificate_application_view.canceled_at, EXCLUDED.canceled_at),
      issue_id = COALESCE(certificate_application_view.issue_id, EXCLUDED.issue_id),
      certificate_number = COALESCE(certificate_application_view.certificate_number, EXCLUDED.certificate_number),
      issued_at = COALESCE(certificate_application_view.issued_at, EXCLUDED.issued_at),
      updated_at = now()`;
}

export interface CertificateApplicationRow {
  id: string;
  bookingId: string;
  status: CertificateApplicationStatus;
  appliedAt: Date;
  canceledAt: Date | null;
  issueRequested: boolean;
  certificate: { number: string; issuedAt: Date } | null;
  updatedAt: Date;
}

export interface VaccinationRow {
  id: string;
  vaccineId: string;
  vaccineName: string;
  date: string;
  status: VaccinationBookingStatus;
  bookedAt: Date;
  canceledAt: Date | null;
  injectionId: string | null;
  injectionStatus: InjectionStatus | null;
  injectedAt: Date | null;
  applications: CertificateApplicationRow[];
  updatedAt: Date;
}

type BookingRecord = Omit<VaccinationRow, "applications">;
type ApplicationRecord = Omit<CertificateApplicationRow, "certificate"> & { certificateNumber: string | null; issuedAt: Date | null };

/** A customer's page: their bookings whose VaccinationBooked arrived, latest date first, each with its applications. Two indexed reads. */
export async function vaccinationPage(sql: Sql, customerId: string): Promise<VaccinationRow[]> {
  const [bookings, applications] = await Promise.all([
    sql.$queryRaw<BookingRecord[]>`
      SELECT booking_id AS id, vaccine_id AS "vaccineId", vaccine_name AS "vaccineName", to_char(date, 'YYYY-MM-DD') AS date, status::text AS status,
        booked_at AS "bookedAt", canceled_at AS "canceledAt", injection_id AS "injectionId", injection_status::text AS "injectionStatus",
        injected_at AS "injectedAt", updated_at AS "updatedAt"
      FROM vaccination_booking_view WHERE customer_id = ${customerId}::uuid AND booked_at IS NOT NULL
      ORDER BY date DESC, booked_at DESC, booking_id ASC LIMIT 500`,
    sql.$queryRaw<ApplicationRecord[]>`
      SELECT application_id AS id, booking_id AS "bookingId", status::text AS status, applied_at AS "appliedAt", canceled_at AS "canceledAt",
        issue_id IS NOT NULL AS "issueRequested", certificate_number AS "certificateNumber", issued_at AS "issuedAt", updated_at AS "updatedAt"
      FROM certificate_application_view WHERE customer_id = ${customerId}::uuid AND applied_at IS NOT NULL
      ORDER BY applied_at ASC, application_id ASC LIMIT 2000`,
  ]);
  const byBooking = new Map<string, CertificateApplicationRow[]>();
  for (const { certificateNumber, issuedAt, ...a } of applications) {
    const certificate = certificateNumber && issuedAt ? { number: certificateNumber, issuedAt } : null;
    byBooking.set(a.bookingId, [...(byBooking.get(a.bookingId) ?? []), { ...a, certificate }]);
  }
  return bookings.map((b) => {
    const own = byBooking.get(b.id) ?? [];
    const updatedAt = new Date(Math.max(b.updatedAt.getTime(), ...own.map((a) => a.updatedAt.getTime())));
    return { ...b, applications: own, updatedAt };
  });
}
