import { parkingLotEvents } from "@supergraph/contracts/parking-lots";
import { on, policy, type EnvelopeOf, type Sql } from "@supergraph/platform";
import { noteCapacities, releaseSpaces, takeSpaces, type LotFact } from "../infra/availability-store.ts";

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

/*
 * Each policy handles a batch (a busy lot, or the whole history on a first start) in a few
 * set-based statements; `handle` is the batch of one.
 */

async function occupied(events: readonly LotEvent[], tx: Sql): Promise<void> {
  const facts = events.map(factOf);
  await noteCapacities(tx, facts);
  await takeSpaces(tx, facts);
}

async function vacated(events: readonly LotEvent[], tx: Sql): Promise<void> {
  const facts = events.map(factOf);
  await noteCapacities(tx, facts);
  await releaseSpaces(tx, facts);
}

export const spaceOccupied = policy("space-occupied", on(parkingLotEvents.Occupied), {
  handle: (event, tx) => occupied([event], tx),
  handleMany: (events, tx) => occupied(events, tx),
});

export const spaceVacated = policy("space-vacated", on(parkingLotEvents.Vacated), {
  handle: (event, tx) => vacated([event], tx),
  handleMany: (events, tx) => vacated(events, tx),
});

/** A refused reservation takes no space; its event still tells the day's capacity. */
export const dayFullyOccupied = policy("day-fully-occupied", on(parkingLotEvents.FullyOccupied), {
  handle: (event, tx) => noteCapacities(tx, [factOf(event)]),
  handleMany: (events, tx) => noteCapacities(tx, events.map(factOf)),
});

export const lotPolicies = [spaceOccupied, spaceVacated, dayFullyOccupied];
