import { changedBy, defineLiveStatus } from "./define.live.ts";
import { certificateApplicationEvents } from "./certificate-applications.ts";

/**
 * A certificate application's status, pushed to its customer: APPLIED when it is taken, ISSUED
 * when the certificate manager issued its certificate (certificate-applications applies
 * certificate-issues' CertificateIssued and publishes its own CertificateApplicationIssued, which
 * carries the certificate number), CANCELED when the customer canceled. Every change comes from
 * the owner's own events.
 */
export const certificateApplicationLiveStatus = defineLiveStatus({
  owner: "certificate-applications",
  entity: {
    type: "CertificateApplication",
    query: "certificateApplication",
    idArgument: "id",
    field: "application",
    description: "The certificate application as it is now, resolved through the graph.",
  },
  change: {
    type: "CertificateApplicationStatusChange",
    description: "A certificate application moved to a new status.",
    fields: {
      status: { type: "CertificateApplicationStatus!", description: "The status the application moved to with this change (the current one may be later)." },
      certificateNumber: { type: "String", description: "The certificate's number, on the change to ISSUED." },
    },
  },
  sources: [
    changedBy(certificateApplicationEvents.CertificateApplied, (e) => ({ id: e.applicationId, ownerId: e.customerId, fields: { status: "APPLIED", certificateNumber: null } })),
    changedBy(certificateApplicationEvents.CertificateApplicationIssued, (e) => ({ id: e.applicationId, ownerId: e.customerId, fields: { status: "ISSUED", certificateNumber: e.certificateNumber } })),
    changedBy(certificateApplicationEvents.CertificateApplicationCanceled, (e) => ({ id: e.applicationId, ownerId: e.customerId, fields: { status: "CANCELED", certificateNumber: null } })),
  ],
  subscriptions: {
    myCertificateApplicationChanges: { kind: "mine", description: "Status changes of the signed-in customer's certificate applications. Needs a token." },
    certificateApplicationChanges: { kind: "byId", argument: "id", description: "Status changes of one certificate application: yours, or any as ADMIN." },
  },
});
