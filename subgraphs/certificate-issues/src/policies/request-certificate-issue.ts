import { randomUUID } from "node:crypto";
import { certificateApplicationEvents } from "@supergraph/contracts/certificate-applications";
import { inResponseTo, on, policy, runCommand } from "@supergraph/platform";
import { onCertificateIssue } from "../commands/certificate-issue.ts";

/**
 * A customer applied for a certificate: its issue request is made (REQUESTED), once per
 * application however often the event is delivered or however many replicas take it (the
 * inbox, and the request locked or made by its unique application id).
 */
export const requestCertificateIssue = policy("request-certificate-issue", on(certificateApplicationEvents.CertificateApplied), {
  async handle(event, tx, record) {
    const { applicationId, bookingId, customerId } = event.data;
    await runCommand(
      tx,
      record,
      onCertificateIssue({ applicationId }),
      { type: "RequestCertificateIssue", issueId: randomUUID(), applicationId, bookingId, customerId, requestedAt: new Date(event.time) },
      inResponseTo(event),
    );
  },
});
