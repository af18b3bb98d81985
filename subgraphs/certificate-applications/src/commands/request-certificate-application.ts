import { randomUUID } from "node:crypto";
import { commandCausation, executeCommand, type UnitOfWork } from "@supergraph/platform";
import { certificateApplicationDecider, type CertificateApplication } from "../domain/certificate-application.ts";
import { saveCertificateApplication } from "../infra/certificate-application-store.ts";

export interface RequestCertificateApplicationInput {
  readonly title: string;
}

/** Requests a new certificate application for `ownerId`; the confirm-certificate-application policy confirms it once CertificateApplicationRequested is published. */
export async function requestCertificateApplication(transact: UnitOfWork, ownerId: string, input: RequestCertificateApplicationInput, now: Date): Promise<CertificateApplication> {
  const certificateApplicationId = randomUUID();
  const { state } = await executeCommand(
    transact,
    { decider: certificateApplicationDecider, load: async () => null, save: (tx, certificateApplication) => saveCertificateApplication(tx, certificateApplication) },
    { type: "RequestCertificateApplication", certificateApplicationId, ownerId, ...input },
    { now, causation: commandCausation(certificateApplicationId) },
  );
  return state!;
}
