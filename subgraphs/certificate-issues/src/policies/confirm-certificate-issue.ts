import { certificateIssueEvents } from "@supergraph/contracts/certificate-issues";
import { inResponseTo, on, policy, runCommand } from "@supergraph/platform";
import { onCertificateIssue } from "../commands/certificate-issue.ts";

/**
 * A requested certificate issue is confirmed once its request is published: a step that runs after
 * the request's transaction, in the consumer's own (with its inbox record, so a redelivered
 * request confirms nothing twice). A policy on another context's event names it the same way,
 * through its publisher's contract: `on(lectureEvents.LectureOpened)`.
 */
export const confirmCertificateIssue = policy("confirm-certificate-issue", on(certificateIssueEvents.CertificateIssueRequested), {
  async handle(event, tx, record) {
    await runCommand(tx, record, onCertificateIssue(event.data.certificateIssueId), { type: "ConfirmCertificateIssue" }, inResponseTo(event));
  },
});
