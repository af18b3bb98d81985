import type { RegistrationEvent } from "@supergraph/contracts/registrations";
import { domainErrors, type Decider } from "@supergraph/platform";
import { RegistrationErrorCode, type CancellationReason, type RegistrationStatus } from "../generated/graphql.ts";

/**
 * Where a registration stands: the SDL's RegistrationStatus. It is written only after its charge
 * completed, so it is PAID from the start.
 */
export type { CancellationReason, RegistrationStatus };

/** What registering needs to know of a lecture (the replica fed by lecture events). */
export interface OfferedLecture {
  readonly id: string;
  readonly title: string;
  readonly price: number;
  readonly capacity: number;
  readonly status: "OPEN" | "CANCELED";
  /** Seats held or registered. */
  readonly taken: number;
}

export interface Registration {
  readonly id: string;
  readonly lectureId: string;
  readonly studentId: string;
  readonly paymentId: string;
  readonly amount: number;
  readonly status: RegistrationStatus;
  readonly cancellationReason: CancellationReason | null;
  readonly registeredAt: Date;
  readonly paidAt: Date | null;
  readonly canceledAt: Date | null;
}

/** Refusals of the registrations context, their codes from its SDL's RegistrationErrorCode. */
export const RegistrationError = domainErrors(RegistrationErrorCode);

export type RegistrationCommand =
  | { type: "HoldSeat"; lecture: OfferedLecture | null; alreadyRegistered: boolean }
  | { type: "Register"; registrationId: string; lecture: OfferedLecture; studentId: string; paymentId: string }
  | { type: "Cancel"; byUserId: string; byAdmin: boolean; reason: CancellationReason };

/**
 * Decides the events of a command. `HoldSeat` yields none: it only admits (or refuses)
 * the student before the payment is charged. `Register` comes after the charge completed,
 * so the registration is paid as it is made: CourseRegistered (the registration exists), then
 * RegistrationPaid (its payment is taken), both published for the contexts that follow either.
 */
export function decide(command: RegistrationCommand, state: Registration | null): RegistrationEvent[] {
  switch (command.type) {
    case "HoldSeat": {
      const { lecture } = command;
      if (!lecture) throw RegistrationError.refuse("LECTURE_NOT_FOUND", "No open lecture with that id.");
      if (lecture.status === "CANCELED") throw RegistrationError.refuse("LECTURE_CANCELED", "The lecture was canceled by its instructor.");
      if (command.alreadyRegistered) throw RegistrationError.refuse("ALREADY_REGISTERED", "You are already registered for this lecture.");
      if (lecture.taken >= lecture.capacity) throw RegistrationError.refuse("LECTURE_FULL", "The lecture is full.");
      return [];
    }
    case "Register": {
      if (command.lecture.status === "CANCELED") {
        throw RegistrationError.refuse("LECTURE_CANCELED", "The lecture was canceled while you were paying; the payment is voided.");
      }
      const { registrationId, studentId, paymentId } = command;
      const lectureId = command.lecture.id;
      return [
        { type: "CourseRegistered", subject: registrationId, data: { registrationId, lectureId, studentId, paymentId, amount: command.lecture.price } },
        { type: "RegistrationPaid", subject: registrationId, data: { registrationId, lectureId, studentId, paymentId } },
      ];
    }
    case "Cancel": {
      if (!state) throw RegistrationError.refuse("REGISTRATION_NOT_FOUND", "No registration with that id.");
      if (state.studentId !== command.byUserId && !command.byAdmin && command.reason === "STUDENT_CANCELED") {
        throw RegistrationError.refuse("REGISTRATION_NOT_FOUND", "No registration with that id.");
      }
      if (state.status === "CANCELED") throw RegistrationError.refuse("REGISTRATION_ALREADY_CANCELED", "The registration is already canceled.");
      const { id: registrationId, lectureId, studentId, paymentId } = state;
      return [
        {
          type: "RegistrationCanceled",
          subject: registrationId,
          data: { registrationId, lectureId, studentId, paymentId, reason: command.reason },
        },
      ];
    }
    default: {
      const unknown: never = command;
      throw new Error(`unknown command ${JSON.stringify(unknown)}`);
    }
  }
}

/** Applies an event of this context to the registration it is about. */
export function evolve(state: Registration | null, event: RegistrationEvent, at: Date): Registration | null {
  switch (event.type) {
    case "CourseRegistered":
      // Registered once charged: paid as it is made.
      return {
        id: event.data.registrationId,
        lectureId: event.data.lectureId,
        studentId: event.data.studentId,
        paymentId: event.data.paymentId,
        amount: event.data.amount,
        status: "PAID",
        cancellationReason: null,
        registeredAt: at,
        paidAt: at,
        canceledAt: null,
      };
    case "RegistrationPaid":
      return state && { ...state, status: "PAID", paidAt: state.paidAt ?? at };
    case "RegistrationCanceled":
      return state && { ...state, status: "CANCELED", cancellationReason: event.data.reason, canceledAt: at };
    case "RegistrationAbandoned":
      return state;
    default: {
      const unknown: never = event;
      throw new Error(`unknown event ${JSON.stringify(unknown)}`);
    }
  }
}

/** The registration decisions, for the platform's command layer. */
export const registrationDecider: Decider<Registration, RegistrationCommand, RegistrationEvent> = { decide, evolve };
