import type { CertificateIssueEvent } from "@supergraph/contracts/certificate-issues";
import type { CommandSpec } from "@supergraph/platform";
import { certificateIssueDecider, type CertificateIssue, type CertificateIssueCommand } from "../domain/certificate-issue.ts";
import { lockCertificateIssue, saveCertificateIssue } from "../infra/certificate-issue-store.ts";

/** A command on the certificate issue `certificateIssueId`: locked while it is decided, saved whole. */
export function onCertificateIssue(certificateIssueId: string): CommandSpec<CertificateIssue, CertificateIssueCommand, CertificateIssueEvent> {
  return {
    decider: certificateIssueDecider,
    load: (tx) => lockCertificateIssue(tx, certificateIssueId),
    save: (tx, certificateIssue) => saveCertificateIssue(tx, certificateIssue),
  };
}
