import type { CertificateApplicationEvent } from "@supergraph/contracts/certificate-applications";
import type { CommandSpec } from "@supergraph/platform";
import { certificateApplicationDecider, type CertificateApplication, type CertificateApplicationCommand } from "../domain/certificate-application.ts";
import { lockCertificateApplication, saveCertificateApplication } from "../infra/certificate-application-store.ts";

/** A command on the certificate application `certificateApplicationId`: locked while it is decided, saved whole. */
export function onCertificateApplication(certificateApplicationId: string): CommandSpec<CertificateApplication, CertificateApplicationCommand, CertificateApplicationEvent> {
  return {
    decider: certificateApplicationDecider,
    load: (tx) => lockCertificateApplication(tx, certificateApplicationId),
    save: (tx, certificateApplication) => saveCertificateApplication(tx, certificateApplication),
  };
}
