import { describe, expect, it } from "vitest";
import type { Registration } from "./operations.ts";
import { latest, latestPayment, mergeRegistrations } from "./registrations.ts";

const registration = (id: string, status: Registration["status"], payment: Registration["payment"] = null): Registration => ({
  id,
  status,
  lecture: { id: "l1", title: "Databases" },
  payment,
});

describe("registrations on the student's screen", () => {
  it("a live PAID change wins over the REGISTERED the list still shows", () => {
    const listed = registration("r1", "REGISTERED", { id: "p1", status: "COMPLETED" });
    expect(latest(listed, registration("r1", "PAID", { id: "p1", status: "COMPLETED" })).status).toBe("PAID");
  });

  it("a late REGISTERED (a slow mutation response) does not undo PAID or CANCELED", () => {
    const canceled = registration("r1", "CANCELED", { id: "p1", status: "CANCELED" });
    expect(latest(canceled, registration("r1", "REGISTERED", { id: "p1", status: "COMPLETED" }))).toEqual(canceled);
  });

  it("keeps the payment it knows when a later view lacks it (payments unreachable)", () => {
    expect(latest(registration("r1", "REGISTERED", { id: "p1", status: "COMPLETED" }), registration("r1", "PAID")).payment).toEqual({ id: "p1", status: "COMPLETED" });
  });

  it("a payment's cancellation wins over its completion, whichever arrives last", () => {
    const completed = { id: "p1", status: "COMPLETED" as const };
    const canceled = { id: "p1", status: "CANCELED" as const };
    expect(latestPayment(canceled, completed)).toEqual(canceled);
    expect(latestPayment(completed, canceled)).toEqual(canceled);
    expect(latestPayment(null, completed)).toEqual(completed);
  });

  it("shows registrations not listed yet first, each once", () => {
    const merged = mergeRegistrations([registration("r1", "PAID")], [registration("r2", "REGISTERED")], [registration("r2", "PAID"), registration("r1", "CANCELED")]);
    expect(merged.map((r) => [r.id, r.status])).toEqual([
      ["r2", "PAID"],
      ["r1", "CANCELED"],
    ]);
  });
});
