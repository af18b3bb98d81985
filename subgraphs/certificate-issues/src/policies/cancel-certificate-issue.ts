import { randomUUID } from "node:crypto";
import { certificateApplicationEvents } from "@supergraph/contracts/certificate-applications";
import { inResponseTo, on, policy, runCommand } from "@supergraph/platform";
import { onCertificateIssue } from "../commands/certificate-issue.ts";

/**
 * The customer canceled the application: its issue request is CANCELED, so the manager can no
 * longer issue it. Already ISSUED: the certificate stands (nothing happens). Seen before the
 * request: a CANCELED record is made, which the request arriving later leaves as it is.
 */
export const cancelCertificateIssue = policy("cancel-certificate-issue", on(certificateApplicationEvents.CertificateApplicationCanceled), {
  async handle(event, tx, record) {
    const { applicationId, bookingId, customerId, canceledAt } = event.data;
    await runCommand(
      tx,
      record,
      onCertificateIssue({ applicationId }),
      { type: "CancelCertificateIssue", issueId: randomUUID(), applicationId, bookingId, customerId, canceledAt: new Date(canceledAt) },
      inResponseTo(event),
    );
  },
});
