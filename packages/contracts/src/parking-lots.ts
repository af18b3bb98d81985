import { z } from "zod";
import { defineEvents, type EventsOf } from "./define.ts";
import { ParkingDate } from "./parking-reservations.ts";

/*
 * The parking-lots context's contract: the per-date allocation of the car park's spaces.
 * Each event carries the day's capacity and its occupied count after the change, so a
 * consumer (parking-availability) derives the free spaces of a date from these events alone.
 */

/** The lot's facts on one reservation's allocation, and the day's count after the change. */
const Allocation = z.object({
  /** The allocation's id: the lot's record of this reservation (the original's ParkingLot id). */
  parkingLotId: z.uuid(),
  reservationId: z.uuid(),
  employeeId: z.uuid(),
  date: ParkingDate,
  /** Spaces of the day (PARKING_SPACES_PER_DAY when the day's first reservation came). */
  capacity: z.number().int().nonnegative(),
  /** Spaces of the day taken after this change. */
  occupied: z.number().int().nonnegative(),
});

/** A space was allocated to the reservation; its ticket is to be delivered. */
export const Occupied = Allocation;

/** The day was full when the reservation came: no space, no ticket ("cannot reserve"). */
export const FullyOccupied = Allocation;

/** The reservation's space was released, after its ticket delivery was canceled. */
export const Vacated = Allocation;

/** The events the parking-lots context publishes. */
export const parkingLotEvents = defineEvents("parking-lots", { Occupied, FullyOccupied, Vacated });

export type ParkingLotEvent = EventsOf<typeof parkingLotEvents>;
