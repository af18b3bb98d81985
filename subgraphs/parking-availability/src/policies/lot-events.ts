import { parkingLotEvents } from "@supergraph/contracts/parking-lots";
import { on, policy, type EnvelopeOf } from "@supergraph/platform";
import { noteCapacity, releaseSpace, takeSpace, type LotFact } from "../infra/availability-store.ts";

/*
 * Free spaces for residents, fed only by the lot's events: parking-lots publishes them for
 * its own reasons and knows nothing of this context, which can be added, replaced or retired
 * without a change anywhere else. Its durable consumers are made with the platform's
 * DeliverPolicy.All, so on its first start it reads the lot's whole history from the stream
 * (kept without age or size limits) and catches up before its numbers are current.
 */

/** What the three lot events share: the allocation and the day's capacity. */
type LotEvent = Pick<EnvelopeOf<typeof parkingLotEvents.Occupied>, "data" | "time">;

const factOf = ({ data, time }: LotEvent): LotFact => ({ reservationId: data.reservationId, date: data.date, capacity: data.capacity, at: new Date(time) });

export const spaceOccupied = policy("space-occupied", on(parkingLotEvents.Occupied), {
  async handle(event, tx) {
    await noteCapacity(tx, factOf(event));
    await takeSpace(tx, factOf(event));
  },
});

export const spaceVacated = policy("space-vacated", on(parkingLotEvents.Vacated), {
  async handle(event, tx) {
    await noteCapacity(tx, factOf(event));
    await releaseSpace(tx, factOf(event));
  },
});

/** A refused reservation takes no space; its event still tells the day's capacity. */
export const dayFullyOccupied = policy("day-fully-occupied", on(parkingLotEvents.FullyOccupied), {
  async handle(event, tx) {
    await noteCapacity(tx, factOf(event));
  },
});

export const lotPolicies = [spaceOccupied, spaceVacated, dayFullyOccupied];
