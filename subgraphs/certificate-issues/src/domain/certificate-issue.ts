import type { CertificateIssueEvent } from "@supergraph/contracts/certificate-issues";
import { domainErrors, type Decider } from "@supergraph/platform";
import { CertificateIssuesErrorCode, type CertificateIssueStatus } from "../generated/graphql.ts";

/** Statuses of a certificate issue: the SDL's enum (the Prisma schema's copy is checked by scripts/enums.test.ts). */
export type { CertificateIssueStatus };

export interface CertificateIssue {
  readonly id: string;
  readonly ownerId: string;
  readonly title: string;
  readonly status: CertificateIssueStatus;
  readonly requestedAt: Date;
  readonly confirmedAt: Date | null;
}

export type CertificateIssueCommand =
  | { type: "RequestCertificateIssue"; certificateIssueId: string; ownerId: string; title: string }
  /** The request was published: the certificate issue is confirmed (the confirm-certificate-issue policy). */
  | { type: "ConfirmCertificateIssue" };

/** Refusals of the certificate-issues context, their codes from its SDL's CertificateIssuesErrorCode. */
export const CertificateIssueError = domainErrors(CertificateIssuesErrorCode);

/** Decides which events a command on a certificate issue yields, or refuses it. */
export function decide(command: CertificateIssueCommand, state: CertificateIssue | null): CertificateIssueEvent[] {
  switch (command.type) {
    case "RequestCertificateIssue": {
      const title = command.title.trim();
      if (title.length < 1 || title.length > 200) throw CertificateIssueError.refuse("INVALID_CERTIFICATE_ISSUE", "The title must have 1 to 200 characters.");
      const { certificateIssueId, ownerId } = command;
      return [{ type: "CertificateIssueRequested", subject: certificateIssueId, data: { certificateIssueId, ownerId, title } }];
    }
    case "ConfirmCertificateIssue": {
      if (!state) throw CertificateIssueError.refuse("CERTIFICATE_ISSUE_NOT_FOUND", "No certificate issue with that id.");
      // Confirmed already (its request delivered again): nothing more happens.
      if (state.status === "CONFIRMED") return [];
      return [{ type: "CertificateIssueConfirmed", subject: state.id, data: { certificateIssueId: state.id, ownerId: state.ownerId } }];
    }
    default: {
      const unknown: never = command;
      throw new Error(`unknown command ${JSON.stringify(unknown)}`);
    }
  }
}

/** Applies an event to the certificate issue it is about, as of `at`. */
export function evolve(state: CertificateIssue | null, event: CertificateIssueEvent, at: Date): CertificateIssue {
  switch (event.type) {
    case "CertificateIssueRequested":
      return { id: event.data.certificateIssueId, ownerId: event.data.ownerId, title: event.data.title, status: "REQUESTED", requestedAt: at, confirmedAt: null };
    case "CertificateIssueConfirmed":
      if (!state) throw new Error("CertificateIssueConfirmed for a certificate issue that does not exist");
      return { ...state, status: "CONFIRMED", confirmedAt: at };
    default: {
      const unknown: never = event;
      throw new Error(`unknown event ${JSON.stringify(unknown)}`);
    }
  }
}

/** The certificate-issues context's decisions on a certificate issue, for the platform's command layer. */
export const certificateIssueDecider: Decider<CertificateIssue, CertificateIssueCommand, CertificateIssueEvent> = { decide, evolve };
