import { z } from "zod";
import { defineEvents, type EventsOf } from "./define.ts";

/*
 * The certificate-applications context's contract: a customer's application for a vaccination
 * certificate, accepted only once the booking's injection was given (the sync call
 * `injections.injectionStatus`), at most one live (APPLIED or ISSUED) application per injection.
 * Statuses APPLIED -> ISSUED | CANCELED.
 *
 * The race "the customer cancels while the certificate manager issues" is decided by
 * certificate-applications alone, on its own row: a cancel is refused (APPLICATION_ALREADY_ISSUED)
 * once it applied certificate-issues' CertificateIssued. A cancel that certificate-applications
 * accepted before that event arrived stands: the application is CANCELED and stays so: the
 * CertificateIssued that arrives after it changes nothing here (no CertificateApplicationIssued
 * follows; the application shows no certificate number). On the certificate-issues side a
 * CertificateApplicationCanceled that arrives after the issue does not take the certificate back
 * (the issue stays ISSUED; it publishes no CertificateIssueCanceled). So in that narrow window a
 * certificate may exist for a canceled application: it is visible as such on both sides.
 */

const Application = z.object({
  applicationId: z.uuid(),
  bookingId: z.uuid(),
  customerId: z.uuid(),
});

/** A customer applied for the certificate of a booking whose injection was given. */
export const CertificateApplied = Application.extend({ injectionId: z.uuid(), vaccineName: z.string(), appliedAt: z.string() });

/** The customer canceled the application before its certificate was issued. */
export const CertificateApplicationCanceled = Application.extend({ injectionId: z.uuid(), canceledAt: z.string() });

/** The application's certificate was issued (certificate-applications applies certificate-issues' CertificateIssued). */
export const CertificateApplicationIssued = Application.extend({ certificateNumber: z.string(), issuedAt: z.string() });

/** The events the certificate-applications context publishes. */
export const certificateApplicationEvents = defineEvents("certificate-applications", {
  CertificateApplied,
  CertificateApplicationCanceled,
  CertificateApplicationIssued,
});

export type CertificateApplicationEvent = EventsOf<typeof certificateApplicationEvents>;
