import type { CertificateApplicationEvent } from "@supergraph/contracts/certificate-applications";
import type { CommandSpec } from "@supergraph/platform";
import { certificateApplicationDecider, type CertificateApplication, type CertificateApplicationCommand } from "../domain/certificate-application.ts";
import { lockCertificateApplication, saveCertificateApplication } from "../infra/certificate-application-store.ts";

/** A command on the certificate application `applicationId` (none yet: a new one): locked while it is decided, saved whole. */
export function onCertificateApplication(applicationId: string): CommandSpec<CertificateApplication, CertificateApplicationCommand, CertificateApplicationEvent> {
  return {
    decider: certificateApplicationDecider,
    load: (tx) => lockCertificateApplication(tx, applicationId),
    save: (tx, application) => saveCertificateApplication(tx, application),
  };
}
