import type { CertificateApplicationEvent } from "@supergraph/contracts/certificate-applications";
import { domainErrors, type Decider } from "@supergraph/platform";
import { CertificateApplicationsErrorCode, type CertificateApplicationStatus } from "../generated/graphql.ts";

/** Statuses of a certificate application: the SDL's enum (the Prisma schema's copy is checked by scripts/enums.test.ts). */
export type { CertificateApplicationStatus };

export interface CertificateApplication {
  readonly id: string;
  readonly bookingId: string;
  readonly injectionId: string;
  readonly customerId: string;
  readonly vaccineName: string;
  readonly status: CertificateApplicationStatus;
  readonly appliedAt: Date;
  readonly canceledAt: Date | null;
  readonly certificateNumber: string | null;
  readonly issuedAt: Date | null;
}

export type CertificateApplicationCommand =
  /** Made once injections answered that the booking's injection was given (`injectionId` from its answer). */
  | { type: "ApplyForCertificate"; applicationId: string; bookingId: string; injectionId: string; customerId: string; vaccineName: string; appliedAt: Date }
  | { type: "CancelCertificateApplication"; byUserId: string; byAdmin: boolean; canceledAt: Date }
  /** certificate-issues' CertificateIssued. */
  | { type: "RecordCertificateIssued"; certificateNumber: string; issuedAt: string };

/** Refusals of the certificate-applications context, their codes from its SDL's CertificateApplicationsErrorCode. */
export const CertificateApplicationError = domainErrors(CertificateApplicationsErrorCode);

export const applicationNotFound = () => CertificateApplicationError.refuse("CERTIFICATE_APPLICATION_NOT_FOUND", "No certificate application with that id.");
export const bookingNotFound = () => CertificateApplicationError.refuse("VACCINATION_BOOKING_NOT_FOUND", "No vaccination booking of yours with that id.");
export const injectionNotCompleted = () =>
  CertificateApplicationError.refuse("INJECTION_NOT_COMPLETED", "The booking's injection has not been given yet; apply after it.");
export const alreadyApplied = () => CertificateApplicationError.refuse("APPLICATION_ALREADY_EXISTS", "That injection already has a certificate application.");

/**
 * What an application request must be before injections is asked (the answer is a sync call,
 * so these are checked before it, not in `decide` after it): the booking known here and the
 * customer's own, and no live application for it yet (the partial unique index decides a race).
 */
export function checkApplicationRequest(request: { booking: { customerId: string } | null; customerId: string; hasLiveApplication: boolean }): void {
  if (!request.booking || request.booking.customerId !== request.customerId) throw bookingNotFound();
  if (request.hasLiveApplication) throw alreadyApplied();
}

/** What injections answered, as the application needs it: refused unless given, and the customer's own. */
export function checkInjection(answer: { customerId: string; completed: boolean } | null, customerId: string): void {
  if (answer && answer.customerId !== customerId) throw bookingNotFound();
  if (!answer || !answer.completed) throw injectionNotCompleted();
}

/** Decides which events a command on a certificate application yields, or refuses it. */
export function decide(command: CertificateApplicationCommand, state: CertificateApplication | null): CertificateApplicationEvent[] {
  switch (command.type) {
    case "ApplyForCertificate": {
      const { applicationId, bookingId, injectionId, customerId, vaccineName } = command;
      return [{ type: "CertificateApplied", subject: applicationId, data: { applicationId, bookingId, injectionId, customerId, vaccineName, appliedAt: command.appliedAt.toISOString() } }];
    }
    case "CancelCertificateApplication": {
      if (!state || (state.customerId !== command.byUserId && !command.byAdmin)) throw applicationNotFound();
      if (state.status === "CANCELED") throw CertificateApplicationError.refuse("APPLICATION_ALREADY_CANCELED", "The application is already canceled.");
      if (state.status === "ISSUED") throw CertificateApplicationError.refuse("APPLICATION_ALREADY_ISSUED", "The certificate was issued; the application can no longer be canceled.");
      const { id: applicationId, bookingId, injectionId, customerId } = state;
      return [{ type: "CertificateApplicationCanceled", subject: applicationId, data: { applicationId, bookingId, injectionId, customerId, canceledAt: command.canceledAt.toISOString() } }];
    }
    case "RecordCertificateIssued": {
      if (!state) throw applicationNotFound();
      // ISSUED already (a redelivery): nothing more. CANCELED first (the customer's cancel reached
      // us before the issue did): the cancel stands; certificate-issues keeps the certificate it issued.
      if (state.status !== "APPLIED") return [];
      const { id: applicationId, bookingId, customerId } = state;
      return [
        { type: "CertificateApplicationIssued", subject: applicationId, data: { applicationId, bookingId, customerId, certificateNumber: command.certificateNumber, issuedAt: command.issuedAt } },
      ];
    }
    default: {
      const unknown: never = command;
      throw new Error(`unknown command ${JSON.stringify(unknown)}`);
    }
  }
}

/** Applies an event to the certificate application it is about, as of `at`. */
export function evolve(state: CertificateApplication | null, event: CertificateApplicationEvent): CertificateApplication | null {
  switch (event.type) {
    case "CertificateApplied":
      return {
        id: event.data.applicationId,
        bookingId: event.data.bookingId,
        injectionId: event.data.injectionId,
        customerId: event.data.customerId,
        vaccineName: event.data.vaccineName,
        status: "APPLIED",
        appliedAt: new Date(event.data.appliedAt),
        canceledAt: null,
        certificateNumber: null,
        issuedAt: null,
      };
    case "CertificateApplicationCanceled":
      return state && { ...state, status: "CANCELED", canceledAt: new Date(event.data.canceledAt) };
    case "CertificateApplicationIssued":
      return state && { ...state, status: "ISSUED", certificateNumber: event.data.certificateNumber, issuedAt: new Date(event.data.issuedAt) };
    default: {
      const unknown: never = event;
      throw new Error(`unknown event ${JSON.stringify(unknown)}`);
    }
  }
}

/** The certificate-applications context's decisions on a certificate application, for the platform's command layer. */
export const certificateApplicationDecider: Decider<CertificateApplication, CertificateApplicationCommand, CertificateApplicationEvent> = { decide, evolve };
