import { commandCausation, executeCommand, type UnitOfWork, type Viewer } from "@supergraph/platform";
import type { CertificateApplication } from "../domain/certificate-application.ts";
import { onCertificateApplication } from "./certificate-application.ts";

/**
 * Cancels an application until its certificate is issued: CANCELED at once, with
 * CertificateApplicationCanceled in its outbox, on which certificate-issues cancels the issue
 * request (by an event, so a cancel is taken while certificate-issues is down).
 */
export async function cancelCertificateApplication(transact: UnitOfWork, applicationId: string, viewer: Viewer, now: Date): Promise<CertificateApplication> {
  const { state } = await executeCommand(
    transact,
    onCertificateApplication(applicationId),
    { type: "CancelCertificateApplication", byUserId: viewer.userId, byAdmin: viewer.roles.includes("ADMIN"), canceledAt: now },
    { now, causation: commandCausation(applicationId) },
  );
  return state!;
}
