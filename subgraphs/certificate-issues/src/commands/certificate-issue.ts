import type { CertificateIssueEvent } from "@supergraph/contracts/certificate-issues";
import type { CommandSpec } from "@supergraph/platform";
import { certificateIssueDecider, type CertificateIssue, type CertificateIssueCommand } from "../domain/certificate-issue.ts";
import { lockCertificateIssue, saveCertificateIssue } from "../infra/certificate-issue-store.ts";

/** A command on the issue request named by its id or its application's: locked while it is decided, saved whole. */
export function onCertificateIssue(by: { id: string } | { applicationId: string }): CommandSpec<CertificateIssue, CertificateIssueCommand, CertificateIssueEvent> {
  return {
    decider: certificateIssueDecider,
    load: (tx) => lockCertificateIssue(tx, by),
    save: (tx, issue) => saveCertificateIssue(tx, issue),
  };
}
