import { randomUUID } from "node:crypto";
import { commandCausation, executeCommand, type UnitOfWork } from "@supergraph/platform";
import { certificateIssueDecider, type CertificateIssue } from "../domain/certificate-issue.ts";
import { saveCertificateIssue } from "../infra/certificate-issue-store.ts";

export interface RequestCertificateIssueInput {
  readonly title: string;
}

/** Requests a new certificate issue for `ownerId`; the confirm-certificate-issue policy confirms it once CertificateIssueRequested is published. */
export async function requestCertificateIssue(transact: UnitOfWork, ownerId: string, input: RequestCertificateIssueInput, now: Date): Promise<CertificateIssue> {
  const certificateIssueId = randomUUID();
  const { state } = await executeCommand(
    transact,
    { decider: certificateIssueDecider, load: async () => null, save: (tx, certificateIssue) => saveCertificateIssue(tx, certificateIssue) },
    { type: "RequestCertificateIssue", certificateIssueId, ownerId, ...input },
    { now, causation: commandCausation(certificateIssueId) },
  );
  return state!;
}
