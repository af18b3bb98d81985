import { z } from "zod";
import { defineEvents, type EventsOf } from "./define.ts";

/** A signed-in user requested a certificate application. */
export const CertificateApplicationRequested = z.object({
  certificateApplicationId: z.uuid(),
  ownerId: z.uuid(),
  title: z.string(),
});

/** The certificate-applications context confirmed a requested certificate application. */
export const CertificateApplicationConfirmed = z.object({
  certificateApplicationId: z.uuid(),
  ownerId: z.uuid(),
});

/** The events the certificate-applications context publishes. */
export const certificateApplicationEvents = defineEvents("certificate-applications", { CertificateApplicationRequested, CertificateApplicationConfirmed });

export type CertificateApplicationEvent = EventsOf<typeof certificateApplicationEvents>;
