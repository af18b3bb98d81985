import { parkingLotEvents } from "@supergraph/contracts/parking-lots";
import { inResponseTo, on, policy, runCommand } from "@supergraph/platform";
import { onParkingLot } from "../commands/parking-lot.ts";

/**
 * A requested parking lot is confirmed once its request is published: a step that runs after
 * the request's transaction, in the consumer's own (with its inbox record, so a redelivered
 * request confirms nothing twice). A policy on another context's event names it the same way,
 * through its publisher's contract: `on(lectureEvents.LectureOpened)`.
 */
export const confirmParkingLot = policy("confirm-parking-lot", on(parkingLotEvents.ParkingLotRequested), {
  async handle(event, tx, record) {
    await runCommand(tx, record, onParkingLot(event.data.parkingLotId), { type: "ConfirmParkingLot" }, inResponseTo(event));
  },
});
