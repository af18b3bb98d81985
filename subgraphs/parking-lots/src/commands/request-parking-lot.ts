import { randomUUID } from "node:crypto";
import { commandCausation, executeCommand, type UnitOfWork } from "@supergraph/platform";
import { parkingLotDecider, type ParkingLot } from "../domain/parking-lot.ts";
import { saveParkingLot } from "../infra/parking-lot-store.ts";

export interface RequestParkingLotInput {
  readonly title: string;
}

/** Requests a new parking lot for `ownerId`; the confirm-parking-lot policy confirms it once ParkingLotRequested is published. */
export async function requestParkingLot(transact: UnitOfWork, ownerId: string, input: RequestParkingLotInput, now: Date): Promise<ParkingLot> {
  const parkingLotId = randomUUID();
  const { state } = await executeCommand(
    transact,
    { decider: parkingLotDecider, load: async () => null, save: (tx, parkingLot) => saveParkingLot(tx, parkingLot) },
    { type: "RequestParkingLot", parkingLotId, ownerId, ...input },
    { now, causation: commandCausation(parkingLotId) },
  );
  return state!;
}
