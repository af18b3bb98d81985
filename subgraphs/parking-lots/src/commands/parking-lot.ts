import type { ParkingLotEvent } from "@supergraph/contracts/parking-lots";
import type { CommandSpec } from "@supergraph/platform";
import { parkingLotDecider, type ParkingLot, type ParkingLotCommand } from "../domain/parking-lot.ts";
import { lockParkingLot, saveParkingLot } from "../infra/parking-lot-store.ts";

/** A command on the parking lot `parkingLotId`: locked while it is decided, saved whole. */
export function onParkingLot(parkingLotId: string): CommandSpec<ParkingLot, ParkingLotCommand, ParkingLotEvent> {
  return {
    decider: parkingLotDecider,
    load: (tx) => lockParkingLot(tx, parkingLotId),
    save: (tx, parkingLot) => saveParkingLot(tx, parkingLot),
  };
}
