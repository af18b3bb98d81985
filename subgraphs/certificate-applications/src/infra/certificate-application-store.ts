import type { Sql } from "@supergraph/platform";
import type { CertificateApplication } from "../domain/certificate-application.ts";

/*
 * The certificate-applications context's statements, in SQL on pg (see Sql in the platform for why not through
 * Prisma). The table is Prisma's (prisma/certificate-applications/schema.prisma, and its migrations).
 */

const COLUMNS = `id, owner_id AS "ownerId", title, status::text AS status, requested_at AS "requestedAt", confirmed_at AS "confirmedAt"`;

/** The certificate application, locked until the transaction ends. */
export async function lockCertificateApplication(tx: Sql, id: string): Promise<CertificateApplication | null> {
  const rows = await tx.$queryRawUnsafe<CertificateApplication[]>(`SELECT ${COLUMNS} FROM certificate_application WHERE id = $1::uuid FOR UPDATE`, id);
  return rows[0] ?? null;
}

export async function findCertificateApplications(sql: Sql, ids: readonly string[]): Promise<CertificateApplication[]> {
  return sql.$queryRawUnsafe<CertificateApplication[]>(`SELECT ${COLUMNS} FROM certificate_application WHERE id = ANY($1::uuid[])`, ids);
}

export async function saveCertificateApplication(tx: Sql, t: CertificateApplication): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO certificate_application (id, owner_id, title, status, requested_at, confirmed_at)
    VALUES (${t.id}::uuid, ${t.ownerId}::uuid, ${t.title}, ${t.status}::"CertificateApplicationStatus", ${t.requestedAt}, ${t.confirmedAt})
    ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, status = EXCLUDED.status, confirmed_at = EXCLUDED.confirmed_at`;
}
