import { randomUUID } from "node:crypto";
import { commandCausation, executeCommand, type UnitOfWork } from "@supergraph/platform";
import { dayAvailabilityDecider, type DayAvailability } from "../domain/day-availability.ts";
import { saveDayAvailability } from "../infra/day-availability-store.ts";

export interface RequestDayAvailabilityInput {
  readonly title: string;
}

/** Requests a new day availability for `ownerId`; the confirm-day-availability policy confirms it once DayAvailabilityRequested is published. */
export async function requestDayAvailability(transact: UnitOfWork, ownerId: string, input: RequestDayAvailabilityInput, now: Date): Promise<DayAvailability> {
  const dayAvailabilityId = randomUUID();
  const { state } = await executeCommand(
    transact,
    { decider: dayAvailabilityDecider, load: async () => null, save: (tx, dayAvailability) => saveDayAvailability(tx, dayAvailability) },
    { type: "RequestDayAvailability", dayAvailabilityId, ownerId, ...input },
    { now, causation: commandCausation(dayAvailabilityId) },
  );
  return state!;
}
