import type { DayAvailabilityEvent } from "@supergraph/contracts/parking-availability";
import { domainErrors, type Decider } from "@supergraph/platform";
import { ParkingAvailabilityErrorCode, type DayAvailabilityStatus } from "../generated/graphql.ts";

/** Statuses of a day availability: the SDL's enum (the Prisma schema's copy is checked by scripts/enums.test.ts). */
export type { DayAvailabilityStatus };

export interface DayAvailability {
  readonly id: string;
  readonly ownerId: string;
  readonly title: string;
  readonly status: DayAvailabilityStatus;
  readonly requestedAt: Date;
  readonly confirmedAt: Date | null;
}

export type DayAvailabilityCommand =
  | { type: "RequestDayAvailability"; dayAvailabilityId: string; ownerId: string; title: string }
  /** The request was published: the day availability is confirmed (the confirm-day-availability policy). */
  | { type: "ConfirmDayAvailability" };

/** Refusals of the parking-availability context, their codes from its SDL's ParkingAvailabilityErrorCode. */
export const DayAvailabilityError = domainErrors(ParkingAvailabilityErrorCode);

/** Decides which events a command on a day availability yields, or refuses it. */
export function decide(command: DayAvailabilityCommand, state: DayAvailability | null): DayAvailabilityEvent[] {
  switch (command.type) {
    case "RequestDayAvailability": {
      const title = command.title.trim();
      if (title.length < 1 || title.length > 200) throw DayAvailabilityError.refuse("INVALID_DAY_AVAILABILITY", "The title must have 1 to 200 characters.");
      const { dayAvailabilityId, ownerId } = command;
      return [{ type: "DayAvailabilityRequested", subject: dayAvailabilityId, data: { dayAvailabilityId, ownerId, title } }];
    }
    case "ConfirmDayAvailability": {
      if (!state) throw DayAvailabilityError.refuse("DAY_AVAILABILITY_NOT_FOUND", "No day availability with that id.");
      // Confirmed already (its request delivered again): nothing more happens.
      if (state.status === "CONFIRMED") return [];
      return [{ type: "DayAvailabilityConfirmed", subject: state.id, data: { dayAvailabilityId: state.id, ownerId: state.ownerId } }];
    }
    default: {
      const unknown: never = command;
      throw new Error(`unknown command ${JSON.stringify(unknown)}`);
    }
  }
}

/** Applies an event to the day availability it is about, as of `at`. */
export function evolve(state: DayAvailability | null, event: DayAvailabilityEvent, at: Date): DayAvailability {
  switch (event.type) {
    case "DayAvailabilityRequested":
      return { id: event.data.dayAvailabilityId, ownerId: event.data.ownerId, title: event.data.title, status: "REQUESTED", requestedAt: at, confirmedAt: null };
    case "DayAvailabilityConfirmed":
      if (!state) throw new Error("DayAvailabilityConfirmed for a day availability that does not exist");
      return { ...state, status: "CONFIRMED", confirmedAt: at };
    default: {
      const unknown: never = event;
      throw new Error(`unknown event ${JSON.stringify(unknown)}`);
    }
  }
}

/** The parking-availability context's decisions on a day availability, for the platform's command layer. */
export const dayAvailabilityDecider: Decider<DayAvailability, DayAvailabilityCommand, DayAvailabilityEvent> = { decide, evolve };
