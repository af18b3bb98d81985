import { z } from "zod";
import { defineEvents, type EventsOf } from "./define.ts";

/** A signed-in user requested a certificate issue. */
export const CertificateIssueRequested = z.object({
  certificateIssueId: z.uuid(),
  ownerId: z.uuid(),
  title: z.string(),
});

/** The certificate-issues context confirmed a requested certificate issue. */
export const CertificateIssueConfirmed = z.object({
  certificateIssueId: z.uuid(),
  ownerId: z.uuid(),
});

/** The events the certificate-issues context publishes. */
export const certificateIssueEvents = defineEvents("certificate-issues", { CertificateIssueRequested, CertificateIssueConfirmed });

export type CertificateIssueEvent = EventsOf<typeof certificateIssueEvents>;
