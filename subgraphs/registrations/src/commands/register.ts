import { randomUUID } from "node:crypto";
import type { ChargeRequest, ChargeResult } from "@supergraph/contracts/payments";
import type { RegistrationEvent } from "@supergraph/contracts/registrations";
import { CallNotSentError, commandCausation, runCommand, ServiceUnavailableError, type Bulkhead, type Logger, type UnitOfWork } from "@supergraph/platform";
import { decide, RegistrationError, type OfferedLecture, type Registration } from "../domain/registration.ts";
import { adjustTaken, deleteHold, findHold, hasLiveRegistration, holdSeat, lockLecture } from "../infra/registration-store.ts";
import { withPaymentRequests } from "./payment-requests.ts";
import { registrationOf } from "./registration-of.ts";

export interface RegisterDeps {
  readonly transact: UnitOfWork;
  /** Payments' charge (a sync call in its breaker). */
  readonly charge: (request: ChargeRequest) => Promise<ChargeResult>;
  /**
   * The platform's admission on the charge (`admission({ callee: charge })`): registrations
   * (seat hold, charge, registration) a bounded number at a time, so a rush keeps both the
   * pool and payments within what they serve; while payments' breaker is open every attempt,
   * arriving or waiting, is refused at once, before anything is held.
   */
  readonly admit: Bulkhead;
  readonly clock: () => Date;
  readonly log: Logger;
}

/**
 * Registers a student for a lecture so that no registration exists without its payment:
 * 0. while payments' breaker is open, refuse at once (the admission): nothing written, held or published;
 * 1. hold a seat (capacity checked under the lecture's row lock);
 * 2. charge the payment synchronously, idempotent by the registration id;
 * 3. turn the hold into the registration, PAID, with its events, in one transaction.
 * A failed charge releases the seat; an uncertain one (timeout, callee down) also asks
 * payments to call the reference off, so a charge that lands late is canceled, as does a
 * failure to write step 3. One the breaker refused (it opened between this one's admission
 * and its charge) was never sent, so there is nothing to call off. Holds left by a crash are swept.
 */
export async function register(deps: RegisterDeps, lectureId: string, studentId: string): Promise<Registration> {
  const registrationId = randomUUID();

  // The whole attempt, charge included, admitted: the charges in flight stay bounded (payments
  // slowed by a crowd would time out, and open the breaker, for everyone), and one the breaker
  // would refuse is refused before it holds a connection, a row or an event.
  return deps.admit(() => holdChargeRegister(deps, registrationId, lectureId, studentId));
}

async function holdChargeRegister(deps: RegisterDeps, registrationId: string, lectureId: string, studentId: string): Promise<Registration> {
  const { transact, clock } = deps;
  const causation = commandCausation(registrationId);
  const lecture = await transact(async (tx) => {
    const offered = await lockLecture(tx, lectureId);
    decide({ type: "HoldSeat", lecture: offered, alreadyRegistered: offered ? await hasLiveRegistration(tx, lectureId, studentId) : false }, null);
    if (!(await holdSeat(tx, { registrationId, lectureId, studentId }))) {
      throw RegistrationError.refuse("ALREADY_REGISTERED", "You are already registered for this lecture.");
    }
    return offered as OfferedLecture;
  });

  let charged: ChargeResult;
  try {
    charged = await deps.charge({ reference: registrationId, purpose: "COURSE_REGISTRATION", payerId: studentId, amount: lecture.price });
  } catch (error) {
    const uncertain = error instanceof ServiceUnavailableError && !(error instanceof CallNotSentError);
    await releaseHold(deps, registrationId, uncertain, causation);
    throw error;
  }

  try {
    return await transact(async (tx, record) => {
      const current = await lockLecture(tx, lectureId);
      const command = { type: "Register", registrationId, lecture: current ?? lecture, studentId, paymentId: charged.paymentId } as const;
      const { state } = await runCommand(tx, record, registrationOf(registrationId), command, { now: clock(), causation });
      if (!(await deleteHold(tx, registrationId))) {
        // The sweeper gave the seat up while the charge was slow, and voided the payment.
        throw RegistrationError.unavailable("PAYMENT_UNAVAILABLE", "The payment took too long and was voided; please try again.");
      }
      return state!;
    });
  } catch (error) {
    // Charged, not registered: give the seat and the money back now. (Whether a commit that
    // failed half-way took effect is unknown; a hold already gone means it did.) Should the
    // release fail too (database down), the sweeper does it later.
    await releaseHold(deps, registrationId, true, causation).catch((failure) =>
      deps.log.warn({ err: failure, registrationId }, "could not release the seat hold; the sweeper will"),
    );
    throw error;
  }
}

/**
 * Frees a held seat; with `voidPayment`, records RegistrationAbandoned and asks payments to
 * call the reference off (any charge for it is canceled, a late one refused). No decision of
 * the registration's: there is none yet, only the seat it held.
 */
export async function releaseHold(
  deps: Pick<RegisterDeps, "transact">,
  registrationId: string,
  voidPayment: boolean,
  causation = commandCausation(registrationId),
): Promise<boolean> {
  return deps.transact(async (tx, record) => {
    const held = await findHold(tx, registrationId);
    if (!held) return false;
    await lockLecture(tx, held.lectureId);
    await deleteHold(tx, registrationId);
    await adjustTaken(tx, held.lectureId, -1);
    if (voidPayment) {
      const abandoned: RegistrationEvent = {
        type: "RegistrationAbandoned",
        subject: registrationId,
        data: { registrationId, lectureId: held.lectureId, studentId: held.studentId },
      };
      await record(withPaymentRequests([abandoned]), causation);
    }
    return true;
  });
}
