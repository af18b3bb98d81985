import { certificateIssueEvents } from "@supergraph/contracts/certificate-issues";
import { inResponseTo, on, policy, runCommand } from "@supergraph/platform";
import { onCertificateApplication } from "../commands/certificate-application.ts";

/**
 * The certificate manager issued the certificate: the application becomes ISSUED with its number,
 * publishing CertificateApplicationIssued (a redelivery changes nothing; an application the
 * customer canceled first stays CANCELED).
 */
export const recordCertificateIssued = policy("record-certificate-issued", on(certificateIssueEvents.CertificateIssued), {
  async handle(event, tx, record) {
    await runCommand(
      tx,
      record,
      onCertificateApplication(event.data.applicationId),
      { type: "RecordCertificateIssued", certificateNumber: event.data.certificateNumber, issuedAt: event.data.issuedAt },
      inResponseTo(event),
    );
  },
});
