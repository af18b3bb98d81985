/*
 * What an order's input must look like. A phone number keeps its digits and a leading +
 * (spaces, dashes, dots and parentheses are how people write them, not part of the number).
 */

const SEPARATORS = /[\s\-.()]/g;

/** The phone number without separators, or null when it is not 8 to 15 digits after an optional +. */
export function normalizePhoneNumber(input: string): string | null {
  const compact = input.trim().replace(SEPARATORS, "");
  return /^\+?\d{8,15}$/.test(compact) ? compact : null;
}

/** Whether `value` is a day of the calendar written YYYY-MM-DD (2026-02-30 is not). */
export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The human-readable order number of the `seq`th order of `year`: CO-2026-000123. */
export function orderNumberOf(year: number, seq: number): string {
  return `CO-${year}-${String(seq).padStart(6, "0")}`;
}
