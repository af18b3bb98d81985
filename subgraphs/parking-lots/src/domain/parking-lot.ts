import type { ParkingLotEvent } from "@supergraph/contracts/parking-lots";
import { domainErrors, RetryLater, type Decider } from "@supergraph/platform";
import { ParkingLotsErrorCode, type ParkingLotStatus } from "../generated/graphql.ts";

/** Statuses of an allocation: the SDL's enum (the Prisma schema's copy is checked by scripts/enums.test.ts). */
export type { ParkingLotStatus };

/** The car park on one day. */
export interface ParkingDay {
  /** YYYY-MM-DD. */
  readonly date: string;
  readonly capacity: number;
  readonly occupied: number;
}

/** The lot's decision on one reservation. */
export interface ParkingLot {
  readonly id: string;
  readonly reservationId: string;
  readonly employeeId: string;
  readonly date: string;
  readonly status: ParkingLotStatus;
  readonly decidedAt: Date;
  readonly vacatedAt: Date | null;
}

/** What a command on a reservation's allocation sees: its day (locked) and its allocation, if any. */
export interface LotState {
  readonly day: ParkingDay;
  readonly lot: ParkingLot | null;
}

/** Kept in the lot, never published: a reservation canceled before the lot saw it. */
export interface ReservationWithdrawn {
  type: "ReservationWithdrawn";
  subject: string;
  data: { parkingLotId: string; reservationId: string; employeeId: string; date: string };
}

export type LotEvent = ParkingLotEvent | ReservationWithdrawn;

interface ReservationFacts {
  /** The id an allocation made now gets. */
  parkingLotId: string;
  reservationId: string;
  employeeId: string;
  date: string;
}

export type LotCommand =
  /** TicketReserved: a space of the day, or a refusal when the day is full. */
  | ({ type: "AllocateSpace" } & ReservationFacts)
  /**
   * TicketReservationCanceled: release the space, which `deliveryCanceled` (the ticket delivery
   * was canceled by the sync call) must allow.
   */
  | ({ type: "ReleaseSpace"; deliveryCanceled: boolean } & ReservationFacts);

/** Refusals of the parking-lots context, their codes from its SDL's ParkingLotsErrorCode. */
export const ParkingLotError = domainErrors(ParkingLotsErrorCode);

/**
 * Decides a command on a reservation's allocation. Its day is locked while it decides, so the
 * count it reads is the count it writes: concurrent reservations never exceed the capacity.
 * A reservation the lot decided on already (a redelivery) is decided again as nothing.
 */
export function decide(command: LotCommand, state: LotState | null): LotEvent[] {
  if (!state) throw new Error("a lot command without its day");
  const { day, lot } = state;
  const { parkingLotId, reservationId, employeeId, date } = command;
  switch (command.type) {
    case "AllocateSpace": {
      if (lot) return [];
      const full = day.occupied >= day.capacity;
      const data = { parkingLotId, reservationId, employeeId, date, capacity: day.capacity, occupied: full ? day.occupied : day.occupied + 1 };
      return [{ type: full ? "FullyOccupied" : "Occupied", subject: reservationId, data }];
    }
    case "ReleaseSpace": {
      // Canceled before its TicketReserved was handled: withdrawn, so it never takes a space.
      if (!lot) return [{ type: "ReservationWithdrawn", subject: reservationId, data: { parkingLotId, reservationId, employeeId, date } }];
      if (lot.status !== "OCCUPIED") return [];
      // Allocated since the caller looked: its ticket may be live, so no release without the call.
      if (!command.deliveryCanceled) throw new RetryLater(`the space of ${reservationId} was allocated meanwhile: its delivery is to be canceled first`);
      return [
        {
          type: "Vacated",
          subject: reservationId,
          data: { parkingLotId: lot.id, reservationId, employeeId: lot.employeeId, date: lot.date, capacity: day.capacity, occupied: day.occupied - 1 },
        },
      ];
    }
    default: {
      const unknown: never = command;
      throw new Error(`unknown command ${JSON.stringify(unknown)}`);
    }
  }
}

/** Applies an event to the day and allocation it is about, as of `at`. */
export function evolve(state: LotState | null, event: LotEvent, at: Date): LotState | null {
  if (!state) throw new Error(`${event.type} without its day`);
  const { parkingLotId: id, reservationId, employeeId, date } = event.data;
  switch (event.type) {
    case "Occupied":
    case "FullyOccupied":
      return {
        day: { ...state.day, capacity: event.data.capacity, occupied: event.data.occupied },
        lot: { id, reservationId, employeeId, date, status: event.type === "Occupied" ? "OCCUPIED" : "FULLY_OCCUPIED", decidedAt: at, vacatedAt: null },
      };
    case "Vacated":
      return { day: { ...state.day, occupied: event.data.occupied }, lot: state.lot && { ...state.lot, status: "VACATED", vacatedAt: at } };
    case "ReservationWithdrawn":
      return { day: state.day, lot: { id, reservationId, employeeId, date, status: "WITHDRAWN", decidedAt: at, vacatedAt: null } };
    default: {
      const unknown: never = event;
      throw new Error(`unknown event ${JSON.stringify(unknown)}`);
    }
  }
}

/** The parking-lots context's decisions, for the platform's command layer. */
export const parkingLotDecider: Decider<LotState, LotCommand, LotEvent> = { decide, evolve };
