import type { Sql } from "@supergraph/platform";
import type { CertificateIssue } from "../domain/certificate-issue.ts";

/*
 * The certificate-issues context's statements, in SQL on pg (see Sql in the platform for why not through
 * Prisma). The table is Prisma's (prisma/certificate-issues/schema.prisma, and its migrations).
 */

const COLUMNS = `id, owner_id AS "ownerId", title, status::text AS status, requested_at AS "requestedAt", confirmed_at AS "confirmedAt"`;

/** The certificate issue, locked until the transaction ends. */
export async function lockCertificateIssue(tx: Sql, id: string): Promise<CertificateIssue | null> {
  const rows = await tx.$queryRawUnsafe<CertificateIssue[]>(`SELECT ${COLUMNS} FROM certificate_issue WHERE id = $1::uuid FOR UPDATE`, id);
  return rows[0] ?? null;
}

export async function findCertificateIssues(sql: Sql, ids: readonly string[]): Promise<CertificateIssue[]> {
  return sql.$queryRawUnsafe<CertificateIssue[]>(`SELECT ${COLUMNS} FROM certificate_issue WHERE id = ANY($1::uuid[])`, ids);
}

export async function saveCertificateIssue(tx: Sql, t: CertificateIssue): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO certificate_issue (id, owner_id, title, status, requested_at, confirmed_at)
    VALUES (${t.id}::uuid, ${t.ownerId}::uuid, ${t.title}, ${t.status}::"CertificateIssueStatus", ${t.requestedAt}, ${t.confirmedAt})
    ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, status = EXCLUDED.status, confirmed_at = EXCLUDED.confirmed_at`;
}
