import { randomUUID } from "node:crypto";
import { InjectionStatusErrorCode, type InjectionStatusRequest, type InjectionStatusResult } from "@supergraph/contracts/injections";
import { commandCausation, DomainError, executeCommand, isUniqueViolation, isUuid, ServiceUnavailableError, type Bulkhead, type Sql, type UnitOfWork } from "@supergraph/platform";
import { alreadyApplied, bookingNotFound, checkApplicationRequest, checkInjection, type CertificateApplication } from "../domain/certificate-application.ts";
import { findKnownBooking, hasLiveApplication } from "../infra/certificate-application-store.ts";
import { onCertificateApplication } from "./certificate-application.ts";

export interface ApplyForCertificateDeps {
  readonly sql: Sql;
  readonly transact: UnitOfWork;
  /** Injections' injection-status call (a sync call in its breaker, a read): asked by the booking's id. */
  readonly injectionStatus: (request: InjectionStatusRequest) => Promise<InjectionStatusResult>;
  /**
   * The platform's admission on the call (`admission({ callee: injectionStatus })`): a bounded
   * number of applications at a time, and each refused at once, unsent, while injections' breaker is open.
   */
  readonly admit: Bulkhead;
}

/**
 * Applies for the certificate of the customer's booking:
 * 0. the booking must be known here (from VaccinationBooked) and the customer's own, with no live application;
 * 1. injections is asked by a sync call whether the booking's injection was given (refused:
 *    INJECTION_NOT_COMPLETED; down, slow or its breaker open: INJECTIONS_UNAVAILABLE, retryable);
 * 2. the application is stored with CertificateApplied in one transaction (the partial unique
 *    index lets one of two concurrent applies through: APPLICATION_ALREADY_EXISTS).
 * The call is a read, so a lost answer leaves nothing to undo: nothing is stored before it.
 */
export async function applyForCertificate(deps: ApplyForCertificateDeps, customerId: string, bookingId: string, now: Date): Promise<CertificateApplication> {
  if (!isUuid(bookingId)) throw bookingNotFound();
  const booking = await findKnownBooking(deps.sql, bookingId);
  checkApplicationRequest({ booking, customerId, hasLiveApplication: booking !== null && (await hasLiveApplication(deps.sql, bookingId)) });
  const answer = await deps.admit(() => askInjections(deps, bookingId));
  checkInjection(answer, customerId);
  const applicationId = randomUUID();
  try {
    const { state } = await executeCommand(
      deps.transact,
      onCertificateApplication(applicationId),
      { type: "ApplyForCertificate", applicationId, bookingId, injectionId: answer!.injectionId, customerId, vaccineName: booking!.vaccineName, appliedAt: now },
      { now, causation: commandCausation(bookingId) },
    );
    return state!;
  } catch (error) {
    // Two applies for one injection at once: the index lets one through.
    if (isUniqueViolation(error)) throw alreadyApplied();
    throw error;
  }
}

/** The injection of the booking as injections tells it, or null when it has none (yet). */
async function askInjections(deps: ApplyForCertificateDeps, bookingId: string): Promise<InjectionStatusResult | null> {
  try {
    return await deps.injectionStatus({ bookingId });
  } catch (error) {
    if (error instanceof ServiceUnavailableError) throw error;
    // No injection record for the booking (injections has not recorded it yet): not given.
    if (error instanceof DomainError && error.code === InjectionStatusErrorCode.INJECTION_NOT_FOUND) return null;
    // Any other refusal (a malformed request) is this caller's bug, not a code of its SDL.
    if (error instanceof DomainError) throw new Error(`injections refused the injection-status call: ${error.code}: ${error.message}`);
    throw error;
  }
}
