import { describe, expect, it } from "vitest";
import type { ApplicationAnswer, BookingAnswer } from "./vaccination-operations.ts";
import { mayApply, mergeVaccinations, nextWeek } from "./vaccination-page.ts";

const booking = (id: string, date: string, status: BookingAnswer["status"], rest: Partial<BookingAnswer> = {}): BookingAnswer => ({ id, vaccineName: "Comirnaty", date, status, ...rest });
const application = (id: string, bookingId: string, status: ApplicationAnswer["status"], number?: string): ApplicationAnswer => ({
  id,
  status,
  booking: { id: bookingId },
  certificate: number ? { number, issuedAt: "2031-01-01T10:00:00.000Z" } : null,
});

describe("vaccinations on the customer's screen", () => {
  it("moves a booking forward whichever source an answer came from; views behind a live change does not move it back", () => {
    const rows = mergeVaccinations([booking("a", "2031-01-01", "INJECTED", { injection: { id: "i", status: "COMPLETED" } }), booking("a", "2031-01-01", "BOOKED", { injectionStatus: "SCHEDULED" })], []);
    expect(rows).toMatchObject([{ id: "a", status: "INJECTED", injectionStatus: "COMPLETED" }]);
  });

  it("merges applications from views' rows and live changes, keeping the certificate once known", () => {
    const views = booking("a", "2031-01-01", "INJECTED", { applications: [{ id: "p", status: "APPLIED", certificate: null }] });
    const rows = mergeVaccinations([views], [application("p", "a", "ISSUED", "VC-2031-000001"), application("p", "a", "APPLIED")]);
    expect(rows[0]!.applications).toEqual([{ id: "p", status: "ISSUED", certificate: { number: "VC-2031-000001", issuedAt: "2031-01-01T10:00:00.000Z" } }]);
    expect(mayApply(rows[0]!)).toBe(false);
  });

  it("may apply again once the only application was canceled; lists latest date first", () => {
    const rows = mergeVaccinations([booking("a", "2031-01-01", "INJECTED"), booking("b", "2031-02-01", "BOOKED")], [application("p", "a", "CANCELED")]);
    expect(rows.map((r) => r.id)).toEqual(["b", "a"]);
    expect(mayApply(rows[1]!)).toBe(true);
    expect(mayApply(rows[0]!)).toBe(false);
  });

  it("suggests a week from now", () => {
    expect(nextWeek(new Date("2026-12-30T23:00:00Z"))).toBe("2027-01-06");
  });
});
