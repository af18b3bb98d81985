import { commandCausation, runCommand, type UnitOfWork } from "@supergraph/platform";
import type { CertificateIssue } from "../domain/certificate-issue.ts";
import { nextCertificateSequence } from "../infra/certificate-issue-store.ts";
import { onCertificateIssue } from "./certificate-issue.ts";

/**
 * The certificate manager issues the certificate of a request: ISSUED with the next certificate
 * number and CertificateIssued in one transaction; certificate-applications marks the application
 * ISSUED on that event. A canceled request is refused (ISSUE_REQUEST_CANCELED), a second issue too
 * (CERTIFICATE_ALREADY_ISSUED). The request is locked while it is decided, so an issue and the
 * cancel policy on the same request run one after the other.
 */
export async function issueCertificate(transact: UnitOfWork, issueId: string, managerId: string, now: Date): Promise<CertificateIssue> {
  return transact(async (tx, record) => {
    const sequence = await nextCertificateSequence(tx);
    const { state } = await runCommand(tx, record, onCertificateIssue({ id: issueId }), { type: "IssueCertificate", managerId, sequence, issuedAt: now }, { now, causation: commandCausation(issueId) });
    return state!;
  });
}
