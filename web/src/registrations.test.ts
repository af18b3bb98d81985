import { describe, expect, it } from "vitest";
import type { Registration } from "./operations.ts";
import { latest, mergeRegistrations, progressOf } from "./registrations.ts";

const registration = (id: string, status: Registration["status"], payment: Registration["payment"] = null, refund: Registration["refund"] = null): Registration => ({
  id,
  status,
  refund,
  lecture: { id: "l1", title: "Databases" },
  payment,
});
const completed = { id: "p1", status: "COMPLETED" as const };
const refunded = { id: "p1", status: "CANCELED" as const };
const paid = registration("r1", "PAID", completed);
const pending = registration("r1", "CANCELED", completed, "PENDING");
const done = registration("r1", "CANCELED", refunded, "REFUNDED");

describe("registrations on the student's screen", () => {
  it("moves forward: paid, canceled with its refund pending, refunded", () => {
    expect([paid, pending, done].map(progressOf)).toEqual([0, 1, 2]);
    expect(latest(paid, pending)).toEqual(pending);
    expect(latest(pending, done)).toEqual(done);
  });

  it("an answer behind the one shown (a slow mutation response, an older push) changes nothing", () => {
    expect(latest(done, paid)).toEqual(done);
    expect(latest(done, pending)).toEqual(done);
  });

  it("shows each row as one answer: never its registration from one and its payment from another", () => {
    const canceledWithoutPayment = registration("r1", "CANCELED");
    expect(latest(paid, canceledWithoutPayment)).toEqual(canceledWithoutPayment);
  });

  it("skips an answer read across the refund (PAID beside a CANCELED payment): no moment shows that", () => {
    const torn = registration("r1", "PAID", refunded);
    expect(progressOf(torn)).toBeNull();
    expect(latest(paid, torn)).toEqual(paid);
    expect(latest(undefined, torn)).toBeUndefined();
  });

  it("keeps the lecture it knows when a later answer lacks it (lectures unreachable)", () => {
    expect(latest(paid, { ...pending, lecture: null })?.lecture).toEqual({ id: "l1", title: "Databases" });
  });

  it("shows registrations not listed yet first, each once", () => {
    const merged = mergeRegistrations([registration("r1", "PAID")], [registration("r2", "PAID")], [registration("r2", "PAID"), registration("r1", "CANCELED")]);
    expect(merged.map((r) => [r.id, r.status])).toEqual([
      ["r2", "PAID"],
      ["r1", "CANCELED"],
    ]);
  });
});
