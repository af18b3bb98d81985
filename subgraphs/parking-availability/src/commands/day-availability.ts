import type { DayAvailabilityEvent } from "@supergraph/contracts/parking-availability";
import type { CommandSpec } from "@supergraph/platform";
import { dayAvailabilityDecider, type DayAvailability, type DayAvailabilityCommand } from "../domain/day-availability.ts";
import { lockDayAvailability, saveDayAvailability } from "../infra/day-availability-store.ts";

/** A command on the day availability `dayAvailabilityId`: locked while it is decided, saved whole. */
export function onDayAvailability(dayAvailabilityId: string): CommandSpec<DayAvailability, DayAvailabilityCommand, DayAvailabilityEvent> {
  return {
    decider: dayAvailabilityDecider,
    load: (tx) => lockDayAvailability(tx, dayAvailabilityId),
    save: (tx, dayAvailability) => saveDayAvailability(tx, dayAvailability),
  };
}
