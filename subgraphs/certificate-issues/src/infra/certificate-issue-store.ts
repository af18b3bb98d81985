import type { Sql } from "@supergraph/platform";
import type { CertificateIssue } from "../domain/certificate-issue.ts";

/*
 * The certificate-issues context's statements, in SQL on pg (see Sql in the platform for why not through
 * Prisma). The table is Prisma's (prisma/certificate-issues/), plus the sequence written by hand
 * that numbers certificates.
 */

const COLUMNS = `id, application_id AS "applicationId", booking_id AS "bookingId", customer_id AS "customerId", status::text AS status,
  requested_at AS "requestedAt", certificate_number AS "certificateNumber", issued_at AS "issuedAt", issued_by AS "issuedBy", canceled_at AS "canceledAt"`;

/** The issue request (by its id or its application's), locked until the transaction ends. */
export async function lockCertificateIssue(tx: Sql, by: { id: string } | { applicationId: string }): Promise<CertificateIssue | null> {
  const [column, value] = "id" in by ? ["id", by.id] : ["application_id", by.applicationId];
  const rows = await tx.$queryRawUnsafe<CertificateIssue[]>(`SELECT ${COLUMNS} FROM certificate_issue WHERE ${column} = $1::uuid FOR UPDATE`, value);
  return rows[0] ?? null;
}

export async function findCertificateIssues(sql: Sql, ids: readonly string[]): Promise<CertificateIssue[]> {
  return sql.$queryRawUnsafe<CertificateIssue[]>(`SELECT ${COLUMNS} FROM certificate_issue WHERE id = ANY($1::uuid[])`, ids);
}

export async function findIssuesOfApplications(sql: Sql, applicationIds: readonly string[]): Promise<CertificateIssue[]> {
  return sql.$queryRawUnsafe<CertificateIssue[]>(`SELECT ${COLUMNS} FROM certificate_issue WHERE application_id = ANY($1::uuid[])`, applicationIds);
}

/** Issue requests waiting for the certificate manager, oldest first. */
export async function pendingIssues(sql: Sql, limit = 500): Promise<CertificateIssue[]> {
  return sql.$queryRawUnsafe<CertificateIssue[]>(`SELECT ${COLUMNS} FROM certificate_issue WHERE status = 'REQUESTED' ORDER BY requested_at, id LIMIT $1`, limit);
}

/** The next certificate's sequence number (a sequence: unique, never reused; a refused issue leaves a gap). */
export async function nextCertificateSequence(tx: Sql): Promise<number> {
  const rows = await tx.$queryRawUnsafe<{ n: string }[]>(`SELECT nextval('certificate_number_seq')::text AS n`);
  return Number(rows[0]!.n);
}

export async function saveCertificateIssue(tx: Sql, i: CertificateIssue): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO certificate_issue (id, application_id, booking_id, customer_id, status, requested_at, certificate_number, issued_at, issued_by, canceled_at)
    VALUES (${i.id}::uuid, ${i.applicationId}::uuid, ${i.bookingId}::uuid, ${i.customerId}::uuid, ${i.status}::"CertificateIssueStatus",
            ${i.requestedAt}, ${i.certificateNumber}, ${i.issuedAt}, ${i.issuedBy}::uuid, ${i.canceledAt})
    ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, certificate_number = EXCLUDED.certificate_number,
      issued_at = EXCLUDED.issued_at, issued_by = EXCLUDED.issued_by, canceled_at = EXCLUDED.canceled_at`;
}
