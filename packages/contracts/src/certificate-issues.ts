import { z } from "zod";
import { defineEvents, type EventsOf } from "./define.ts";

/*
 * The certificate-issues context's contract: an issue request per certificate application (on
 * certificate-applications' CertificateApplied, status REQUESTED), issued by the certificate
 * manager (ISSUED, with a human-readable unique certificate number such as `VC-2026-000042`) or
 * canceled with its application (CANCELED, on CertificateApplicationCanceled).
 *
 * Cancel while the manager issues: issuing a CANCELED request is refused (ISSUE_REQUEST_CANCELED);
 * a CertificateApplicationCanceled that arrives after the issue leaves the request ISSUED and
 * keeps the certificate (no CertificateIssueCanceled follows). certificate-applications refuses a
 * cancel once it applied CertificateIssued; see certificate-applications.ts for the window between.
 */

/** An application got its issue request; the certificate manager has it to issue. */
export const CertificateIssueRequested = z.object({
  issueId: z.uuid(),
  applicationId: z.uuid(),
  bookingId: z.uuid(),
  customerId: z.uuid(),
  requestedAt: z.string(),
});

/** The certificate manager issued the certificate. */
export const CertificateIssued = z.object({
  issueId: z.uuid(),
  applicationId: z.uuid(),
  bookingId: z.uuid(),
  customerId: z.uuid(),
  /** Human-readable and unique, e.g. `VC-2026-000042`. */
  certificateNumber: z.string(),
  issuedAt: z.string(),
  managerId: z.uuid(),
});

/** The application was canceled before its certificate was issued: nothing to issue. */
export const CertificateIssueCanceled = z.object({
  issueId: z.uuid(),
  applicationId: z.uuid(),
  customerId: z.uuid(),
  canceledAt: z.string(),
  /** The booking (added beyond the agreed fields; certificate-issues always sets it). */
  bookingId: z.uuid().optional(),
});

/** The events the certificate-issues context publishes. */
export const certificateIssueEvents = defineEvents("certificate-issues", { CertificateIssueRequested, CertificateIssued, CertificateIssueCanceled });

export type CertificateIssueEvent = EventsOf<typeof certificateIssueEvents>;
