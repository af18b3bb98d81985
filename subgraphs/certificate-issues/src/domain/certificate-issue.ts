import type { CertificateIssueEvent } from "@supergraph/contracts/certificate-issues";
import { domainErrors, type Decider } from "@supergraph/platform";
import { CertificateIssuesErrorCode, type CertificateIssueStatus } from "../generated/graphql.ts";

/** Statuses of an issue request: the SDL's enum (the Prisma schema's copy is checked by scripts/enums.test.ts). */
export type { CertificateIssueStatus };

export interface CertificateIssue {
  readonly id: string;
  readonly applicationId: string;
  readonly bookingId: string;
  readonly customerId: string;
  readonly status: CertificateIssueStatus;
  readonly requestedAt: Date;
  readonly certificateNumber: string | null;
  readonly issuedAt: Date | null;
  readonly issuedBy: string | null;
  readonly canceledAt: Date | null;
}

export type CertificateIssueCommand =
  /** certificate-applications' CertificateApplied. */
  | { type: "RequestCertificateIssue"; issueId: string; applicationId: string; bookingId: string; customerId: string; requestedAt: Date }
  /** certificate-applications' CertificateApplicationCanceled (it names the booking, so a cancel seen first still makes the record). */
  | { type: "CancelCertificateIssue"; issueId: string; applicationId: string; bookingId: string; customerId: string; canceledAt: Date }
  /** The certificate manager's issue; `sequence` is the next value of the certificate number sequence. */
  | { type: "IssueCertificate"; managerId: string; sequence: number; issuedAt: Date };

/** Refusals of the certificate-issues context, their codes from its SDL's CertificateIssuesErrorCode. */
export const CertificateIssueError = domainErrors(CertificateIssuesErrorCode);

export const issueNotFound = () => CertificateIssueError.refuse("CERTIFICATE_ISSUE_NOT_FOUND", "No certificate issue request with that id.");

/** The certificate number of the `sequence`-th certificate, issued at `at`: VC-<UTC year>-<six digits>, e.g. VC-2026-000042. */
export function certificateNumber(sequence: number, at: Date): string {
  return `VC-${at.getUTCFullYear()}-${String(sequence).padStart(6, "0")}`;
}

/** Decides which events a command on an issue request yields, or refuses it. */
export function decide(command: CertificateIssueCommand, state: CertificateIssue | null): CertificateIssueEvent[] {
  switch (command.type) {
    case "RequestCertificateIssue": {
      // Requested already (a redelivery, another replica), or canceled first: nothing more.
      if (state) return [];
      const { issueId, applicationId, bookingId, customerId } = command;
      return [{ type: "CertificateIssueRequested", subject: issueId, data: { issueId, applicationId, bookingId, customerId, requestedAt: command.requestedAt.toISOString() } }];
    }
    case "CancelCertificateIssue": {
      // Canceled already: nothing more. ISSUED: the certificate stands (the customer's cancel
      // came after the manager's issue); certificate-applications decides what the application shows.
      if (state && state.status !== "REQUESTED") return [];
      const issueId = state?.id ?? command.issueId;
      const { applicationId, bookingId, customerId } = command;
      return [{ type: "CertificateIssueCanceled", subject: issueId, data: { issueId, applicationId, customerId, canceledAt: command.canceledAt.toISOString(), bookingId } }];
    }
    case "IssueCertificate": {
      if (!state) throw issueNotFound();
      if (state.status === "CANCELED") throw CertificateIssueError.refuse("ISSUE_REQUEST_CANCELED", "The application was canceled; there is no certificate to issue.");
      if (state.status === "ISSUED") throw CertificateIssueError.refuse("CERTIFICATE_ALREADY_ISSUED", "The certificate of that request is already issued.");
      const { id: issueId, applicationId, bookingId, customerId } = state;
      return [
        {
          type: "CertificateIssued",
          subject: issueId,
          data: {
            issueId,
            applicationId,
            bookingId,
            customerId,
            certificateNumber: certificateNumber(command.sequence, command.issuedAt),
            issuedAt: command.issuedAt.toISOString(),
            managerId: command.managerId,
          },
        },
      ];
    }
    default: {
      const unknown: never = command;
      throw new Error(`unknown command ${JSON.stringify(unknown)}`);
    }
  }
}

/**
 * Applies an event to the issue request it is about. A cancel seen before the request (the
 * application's events delivered out of order) makes a CANCELED record from the cancel's own
 * data, so the request arriving later finds it and changes nothing.
 */
export function evolve(state: CertificateIssue | null, event: CertificateIssueEvent, at: Date): CertificateIssue | null {
  switch (event.type) {
    case "CertificateIssueRequested":
      return {
        id: event.data.issueId,
        applicationId: event.data.applicationId,
        bookingId: event.data.bookingId,
        customerId: event.data.customerId,
        status: "REQUESTED",
        requestedAt: new Date(event.data.requestedAt),
        certificateNumber: null,
        issuedAt: null,
        issuedBy: null,
        canceledAt: null,
      };
    case "CertificateIssued":
      return state && { ...state, status: "ISSUED", certificateNumber: event.data.certificateNumber, issuedAt: new Date(event.data.issuedAt), issuedBy: event.data.managerId };
    case "CertificateIssueCanceled":
      return state
        ? { ...state, status: "CANCELED", canceledAt: new Date(event.data.canceledAt) }
        : {
            id: event.data.issueId,
            applicationId: event.data.applicationId,
            bookingId: bookingOf(event.data.bookingId),
            customerId: event.data.customerId,
            status: "CANCELED",
            requestedAt: at,
            certificateNumber: null,
            issuedAt: null,
            issuedBy: null,
            canceledAt: new Date(event.data.canceledAt),
          };
    default: {
      const unknown: never = event;
      throw new Error(`unknown event ${JSON.stringify(unknown)}`);
    }
  }
}

function bookingOf(bookingId: string | undefined): string {
  if (bookingId === undefined) throw new Error("CertificateIssueCanceled without its bookingId for an issue request that does not exist");
  return bookingId;
}

/** The certificate-issues context's decisions on an issue request, for the platform's command layer. */
export const certificateIssueDecider: Decider<CertificateIssue, CertificateIssueCommand, CertificateIssueEvent> = { decide, evolve };
