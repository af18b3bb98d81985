import type { CertificateApplicationEvent } from "@supergraph/contracts/certificate-applications";
import { domainErrors, type Decider } from "@supergraph/platform";
import { CertificateApplicationsErrorCode, type CertificateApplicationStatus } from "../generated/graphql.ts";

/** Statuses of a certificate application: the SDL's enum (the Prisma schema's copy is checked by scripts/enums.test.ts). */
export type { CertificateApplicationStatus };

export interface CertificateApplication {
  readonly id: string;
  readonly ownerId: string;
  readonly title: string;
  readonly status: CertificateApplicationStatus;
  readonly requestedAt: Date;
  readonly confirmedAt: Date | null;
}

export type CertificateApplicationCommand =
  | { type: "RequestCertificateApplication"; certificateApplicationId: string; ownerId: string; title: string }
  /** The request was published: the certificate application is confirmed (the confirm-certificate-application policy). */
  | { type: "ConfirmCertificateApplication" };

/** Refusals of the certificate-applications context, their codes from its SDL's CertificateApplicationsErrorCode. */
export const CertificateApplicationError = domainErrors(CertificateApplicationsErrorCode);

/** Decides which events a command on a certificate application yields, or refuses it. */
export function decide(command: CertificateApplicationCommand, state: CertificateApplication | null): CertificateApplicationEvent[] {
  switch (command.type) {
    case "RequestCertificateApplication": {
      const title = command.title.trim();
      if (title.length < 1 || title.length > 200) throw CertificateApplicationError.refuse("INVALID_CERTIFICATE_APPLICATION", "The title must have 1 to 200 characters.");
      const { certificateApplicationId, ownerId } = command;
      return [{ type: "CertificateApplicationRequested", subject: certificateApplicationId, data: { certificateApplicationId, ownerId, title } }];
    }
    case "ConfirmCertificateApplication": {
      if (!state) throw CertificateApplicationError.refuse("CERTIFICATE_APPLICATION_NOT_FOUND", "No certificate application with that id.");
      // Confirmed already (its request delivered again): nothing more happens.
      if (state.status === "CONFIRMED") return [];
      return [{ type: "CertificateApplicationConfirmed", subject: state.id, data: { certificateApplicationId: state.id, ownerId: state.ownerId } }];
    }
    default: {
      const unknown: never = command;
      throw new Error(`unknown command ${JSON.stringify(unknown)}`);
    }
  }
}

/** Applies an event to the certificate application it is about, as of `at`. */
export function evolve(state: CertificateApplication | null, event: CertificateApplicationEvent, at: Date): CertificateApplication {
  switch (event.type) {
    case "CertificateApplicationRequested":
      return { id: event.data.certificateApplicationId, ownerId: event.data.ownerId, title: event.data.title, status: "REQUESTED", requestedAt: at, confirmedAt: null };
    case "CertificateApplicationConfirmed":
      if (!state) throw new Error("CertificateApplicationConfirmed for a certificate application that does not exist");
      return { ...state, status: "CONFIRMED", confirmedAt: at };
    default: {
      const unknown: never = event;
      throw new Error(`unknown event ${JSON.stringify(unknown)}`);
    }
  }
}

/** The certificate-applications context's decisions on a certificate application, for the platform's command layer. */
export const certificateApplicationDecider: Decider<CertificateApplication, CertificateApplicationCommand, CertificateApplicationEvent> = { decide, evolve };
