import type { InjectionEvent } from "@supergraph/contracts/injections";
import { domainErrors, type Decider } from "@supergraph/platform";
import { InjectionsErrorCode, type InjectionStatus } from "../generated/graphql.ts";

/** Statuses of an injection: the SDL's enum (the Prisma schema's copy is checked by scripts/enums.test.ts). */
export type { InjectionStatus };

export interface Injection {
  readonly id: string;
  readonly bookingId: string;
  readonly customerId: string;
  readonly vaccineId: string;
  /** The booked day, YYYY-MM-DD. */
  readonly date: string;
  readonly status: InjectionStatus;
  readonly scheduledAt: Date;
  readonly completedAt: Date | null;
  readonly completedBy: string | null;
  readonly canceledAt: Date | null;
}

export type InjectionCommand =
  /** Bookings' VaccinationBooked. */
  | { type: "ScheduleInjection"; injectionId: string; bookingId: string; customerId: string; vaccineId: string; date: string }
  | { type: "CompleteInjection"; managerId: string }
  /** Bookings' VaccinationBookingCanceled. */
  | { type: "CancelInjection" };

/** Refusals of the injections context, their codes from its SDL's InjectionsErrorCode. */
export const InjectionError = domainErrors(InjectionsErrorCode);

const notFound = () => InjectionError.refuse("INJECTION_NOT_FOUND", "No injection with that id.");

/** Decides which events a command on a booking's injection yields, or refuses it. */
export function decide(command: InjectionCommand, state: Injection | null): InjectionEvent[] {
  switch (command.type) {
    case "ScheduleInjection": {
      // The booking has its record already (its event delivered again).
      if (state) return [];
      const { injectionId, bookingId, customerId, vaccineId, date } = command;
      return [{ type: "InjectionScheduled", subject: bookingId, data: { injectionId, bookingId, customerId, vaccineId, date } }];
    }
    case "CompleteInjection": {
      if (!state) throw notFound();
      if (state.status === "COMPLETED") throw InjectionError.refuse("INJECTION_ALREADY_COMPLETED", "The injection was given already.");
      if (state.status === "CANCELED") throw InjectionError.refuse("INJECTION_CANCELED", "The booking was canceled: there is nothing to give.");
      return [{ type: "InjectionCompleted", subject: state.bookingId, data: { ...facts(state), managerId: command.managerId } }];
    }
    case "CancelInjection": {
      if (!state) throw notFound();
      // Given already, or canceled already: the cancel changes nothing here.
      if (state.status !== "SCHEDULED") return [];
      return [{ type: "InjectionCanceled", subject: state.bookingId, data: facts(state) }];
    }
    default: {
      const unknown: never = command;
      throw new Error(`unknown command ${JSON.stringify(unknown)}`);
    }
  }
}

const facts = (s: Injection) => ({ injectionId: s.id, bookingId: s.bookingId, customerId: s.customerId, vaccineId: s.vaccineId });

/** Applies an event to the injection it is about, as of `at`. */
export function evolve(state: Injection | null, event: InjectionEvent, at: Date): Injection | null {
  switch (event.type) {
    case "InjectionScheduled": {
      const { injectionId, bookingId, customerId, vaccineId, date } = event.data;
      return { id: injectionId, bookingId, customerId, vaccineId, date, status: "SCHEDULED", scheduledAt: at, completedAt: null, completedBy: null, canceledAt: null };
    }
    case "InjectionCompleted":
      return state && { ...state, status: "COMPLETED", completedAt: at, completedBy: event.data.managerId };
    case "InjectionCanceled":
      return state && { ...state, status: "CANCELED", canceledAt: at };
    default: {
      const unknown: never = event;
      throw new Error(`unknown event ${JSON.stringify(unknown)}`);
    }
  }
}

/** The injections context's decisions on an injection, for the platform's command layer. */
export const injectionDecider: Decider<Injection, InjectionCommand, InjectionEvent> = { decide, evolve };
