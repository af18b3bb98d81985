import { DomainError } from "@supergraph/platform";
import { describe, expect, it } from "vitest";
import { availabilityOf, calendarDay, dayRange, MAX_RANGE_DAYS } from "./availability.ts";

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof DomainError ? error.code : `not a DomainError: ${String(error)}`;
  }
  return "accepted";
};

describe("the days residents may ask about", () => {
  it("given a calendar day YYYY-MM-DD, then it is taken as is", () => {
    expect(calendarDay("2026-12-02")).toBe("2026-12-02");
    expect(calendarDay("2028-02-29")).toBe("2028-02-29");
  });

  it("given no such day, or another format, then INVALID_DATE", () => {
    for (const text of ["2026-02-30", "2027-02-29", "2026-13-01", "2026-1-5", "02.12.2026", "", "2026-12-02T00:00:00Z", "tomorrow"]) {
      expect(refusal(() => calendarDay(text)), text).toBe("INVALID_DATE");
    }
  });

  it("given a range, then its days are counted with both ends", () => {
    expect(dayRange("2026-12-30", "2027-01-02")).toEqual({ from: "2026-12-30", to: "2027-01-02", days: 4 });
    expect(dayRange("2026-12-02", "2026-12-02").days).toBe(1);
  });

  it("given a range that ends before it starts or spans more than the maximum, then INVALID_DATE_RANGE", () => {
    expect(refusal(() => dayRange("2026-12-02", "2026-12-01"))).toBe("INVALID_DATE_RANGE");
    expect(refusal(() => dayRange("2026-01-01", "2026-03-04"))).toBe("INVALID_DATE_RANGE");
    expect(dayRange("2026-01-01", "2026-03-03").days).toBe(MAX_RANGE_DAYS);
    expect(refusal(() => dayRange("2026-01-01", "2026-02-31"))).toBe("INVALID_DATE");
  });
});

describe("free spaces of a day", () => {
  it("are the capacity less the spaces taken", () => {
    expect(availabilityOf({ date: "2026-12-02", capacity: 5, occupied: 3 })).toEqual({ date: "2026-12-02", capacity: 5, occupied: 3, freeSpaces: 2 });
  });

  it("are never below 0 when the capacity was lowered under the spaces taken", () => {
    expect(availabilityOf({ date: "2026-12-02", capacity: 2, occupied: 3 }).freeSpaces).toBe(0);
  });

  it("are unknown while no event told the capacity", () => {
    expect(availabilityOf({ date: "2026-12-02", capacity: null, occupied: 0 }).freeSpaces).toBeNull();
  });
});
