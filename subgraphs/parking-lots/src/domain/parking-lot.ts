import type { ParkingLotEvent } from "@supergraph/contracts/parking-lots";
import { domainErrors, type Decider } from "@supergraph/platform";
import { ParkingLotsErrorCode, type ParkingLotStatus } from "../generated/graphql.ts";

/** Statuses of a parking lot: the SDL's enum (the Prisma schema's copy is checked by scripts/enums.test.ts). */
export type { ParkingLotStatus };

export interface ParkingLot {
  readonly id: string;
  readonly ownerId: string;
  readonly title: string;
  readonly status: ParkingLotStatus;
  readonly requestedAt: Date;
  readonly confirmedAt: Date | null;
}

export type ParkingLotCommand =
  | { type: "RequestParkingLot"; parkingLotId: string; ownerId: string; title: string }
  /** The request was published: the parking lot is confirmed (the confirm-parking-lot policy). */
  | { type: "ConfirmParkingLot" };

/** Refusals of the parking-lots context, their codes from its SDL's ParkingLotsErrorCode. */
export const ParkingLotError = domainErrors(ParkingLotsErrorCode);

/** Decides which events a command on a parking lot yields, or refuses it. */
export function decide(command: ParkingLotCommand, state: ParkingLot | null): ParkingLotEvent[] {
  switch (command.type) {
    case "RequestParkingLot": {
      const title = command.title.trim();
      if (title.length < 1 || title.length > 200) throw ParkingLotError.refuse("INVALID_PARKING_LOT", "The title must have 1 to 200 characters.");
      const { parkingLotId, ownerId } = command;
      return [{ type: "ParkingLotRequested", subject: parkingLotId, data: { parkingLotId, ownerId, title } }];
    }
    case "ConfirmParkingLot": {
      if (!state) throw ParkingLotError.refuse("PARKING_LOT_NOT_FOUND", "No parking lot with that id.");
      // Confirmed already (its request delivered again): nothing more happens.
      if (state.status === "CONFIRMED") return [];
      return [{ type: "ParkingLotConfirmed", subject: state.id, data: { parkingLotId: state.id, ownerId: state.ownerId } }];
    }
    default: {
      const unknown: never = command;
      throw new Error(`unknown command ${JSON.stringify(unknown)}`);
    }
  }
}

/** Applies an event to the parking lot it is about, as of `at`. */
export function evolve(state: ParkingLot | null, event: ParkingLotEvent, at: Date): ParkingLot {
  switch (event.type) {
    case "ParkingLotRequested":
      return { id: event.data.parkingLotId, ownerId: event.data.ownerId, title: event.data.title, status: "REQUESTED", requestedAt: at, confirmedAt: null };
    case "ParkingLotConfirmed":
      if (!state) throw new Error("ParkingLotConfirmed for a parking lot that does not exist");
      return { ...state, status: "CONFIRMED", confirmedAt: at };
    default: {
      const unknown: never = event;
      throw new Error(`unknown event ${JSON.stringify(unknown)}`);
    }
  }
}

/** The parking-lots context's decisions on a parking lot, for the platform's command layer. */
export const parkingLotDecider: Decider<ParkingLot, ParkingLotCommand, ParkingLotEvent> = { decide, evolve };
