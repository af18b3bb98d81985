import type { ParkingLotEvent } from "@supergraph/contracts/parking-lots";
import type { CommandSpec } from "@supergraph/platform";
import { parkingLotDecider, type LotCommand, type LotEvent, type LotState } from "../domain/parking-lot.ts";
import { findLotOfReservation, lockDay, saveDay, saveLot } from "../infra/parking-lot-store.ts";

/**
 * How a command finds and stores a reservation's allocation: its day's row locked first (every
 * allocation and release of the day queues on it), then the allocation; both written after the
 * events, of which only the published ones go to the outbox.
 */
export function lotOfReservation(date: string, reservationId: string, capacity: number): CommandSpec<LotState, LotCommand, LotEvent> {
  return {
    decider: parkingLotDecider,
    async load(tx) {
      const day = await lockDay(tx, date, capacity);
      return { day, lot: await findLotOfReservation(tx, reservationId, true) };
    },
    async save(tx, state, previous) {
      if (state.day.occupied !== previous?.day.occupied || state.day.capacity !== previous.day.capacity) await saveDay(tx, state.day);
      if (state.lot) await saveLot(tx, state.lot);
    },
    publish: (events) => events.filter((e): e is ParkingLotEvent => e.type !== "ReservationWithdrawn"),
  };
}
