import { domainErrors } from "@supergraph/platform";
import { ParkingAvailabilityErrorCode } from "../generated/graphql.ts";

/** Refusals of the parking-availability context, their codes from its SDL's ParkingAvailabilityErrorCode. */
export const AvailabilityError = domainErrors(ParkingAvailabilityErrorCode);

/** The longest range one question may span: two months of days, one indexed read. */
export const MAX_RANGE_DAYS = 62;

const DAY_MS = 86_400_000;

/** A calendar day `YYYY-MM-DD` as given, checked (2026-02-30 is no day), or INVALID_DATE. */
export function calendarDay(text: string, argument = "date"): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const day = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== text) {
    throw AvailabilityError.refuse("INVALID_DATE", `${argument} must be a calendar day written YYYY-MM-DD, got "${text}".`);
  }
  return text;
}

/** The days from `from` to `to`, both included, checked: at most {@link MAX_RANGE_DAYS}, not backwards. */
export function dayRange(from: string, to: string): { from: string; to: string; days: number } {
  const days = (Date.parse(calendarDay(to, "to")) - Date.parse(calendarDay(from, "from"))) / DAY_MS + 1;
  if (days < 1) throw AvailabilityError.refuse("INVALID_DATE_RANGE", `to (${to}) is before from (${from}).`);
  if (days > MAX_RANGE_DAYS) throw AvailabilityError.refuse("INVALID_DATE_RANGE", `The range spans ${days} days; at most ${MAX_RANGE_DAYS}.`);
  return { from, to, days };
}

/** A day as the lot's events told it. */
export interface DayFacts {
  readonly date: string;
  /** Null while no event of the lot has told any capacity. */
  readonly capacity: number | null;
  readonly occupied: number;
}

export interface DayAvailability extends DayFacts {
  readonly freeSpaces: number | null;
}

/**
 * Free spaces of a day. Never below 0: a capacity lowered by configuration leaves the spaces
 * already given taken, and residents see none free rather than a negative count.
 */
export function availabilityOf(day: DayFacts): DayAvailability {
  return { ...day, freeSpaces: day.capacity === null ? null : Math.max(0, day.capacity - day.occupied) };
}
