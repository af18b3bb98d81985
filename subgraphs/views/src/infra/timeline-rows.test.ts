import { describe, expect, it } from "vitest";
import { causalOrder, hasWaitingParked, type ParkedDetail, type TimelineEventRow } from "./timeline-rows.ts";

let seq = 0;
const t0 = Date.parse("2031-01-01T00:00:00.000Z");
/** A stored event `id` at `ms` after t0, caused by `cause` (an event id of the case, or a command's). */
function row(id: string, ms: number, cause: string, extra: Partial<TimelineEventRow> = {}): TimelineEventRow {
  return { id, context: "ctx", type: "Happened", subject: "s", time: new Date(t0 + ms), causationId: cause, causedBy: null, ownerId: null, parkedDetail: null, seq: ++seq, ...extra };
}
/** Rows with `causedBy` set as the store sets it: the cause when it is an event of the case. */
function stored(...rows: TimelineEventRow[]): TimelineEventRow[] {
  const ids = new Set(rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, causedBy: ids.has(r.causationId) && r.causationId !== r.id ? r.causationId : null }));
}
const ids = (rows: TimelineEventRow[]) => rows.map((r) => r.id);
const parked = (eventId: string): ParkedDetail => ({ consumer: "payments-cancel-payment", eventId, eventType: "PaymentCancellationRequested", reason: "failed" });

describe("the case timeline's causal order", () => {
  it("given events of commands only, then by time, a tie in the order they were stored", () => {
    const [a, b, c] = [row("b", 0, "cmd1"), row("a", 0, "cmd1"), row("c", -5, "cmd2")];
    expect(ids(causalOrder(stored(a, b, c)))).toEqual(["c", "b", "a"]);
  });

  it("given a reaction stamped before its cause, then it still follows its cause, and the cause's effects come by their times", () => {
    const events = stored(row("placed", 100, "cmd"), row("charged", 50, "placed"), row("paid", 120, "charged"), row("other", 110, "cmd2"), row("coupon", 105, "placed"));
    expect(ids(causalOrder(events))).toEqual(["placed", "charged", "coupon", "other", "paid"]);
  });

  it("given causes that form a cycle (no real case has one), then every event is still shown once, those at the end by time", () => {
    const events = stored(row("x", 0, "y"), row("y", 1, "x"), row("z", 2, "cmd"));
    expect(ids(causalOrder(events))).toEqual(["z", "x", "y"]);
  });
});

describe("whether a parked event waits", () => {
  const request = row("request", 0, "cmd", { context: "registrations" });
  const notice = row("notice", 100, "request", { context: "payments", type: "EventParked", parkedDetail: parked("request") });

  it("given a parked notice and nothing after it, then it waits", () => {
    expect(hasWaitingParked(stored(request, notice))).toBe(true);
  });

  it("given a later effect of the parked event in the parking context, then it no longer waits", () => {
    expect(hasWaitingParked(stored(request, notice, row("refund", 200, "request", { context: "payments", type: "PaymentCanceled" })))).toBe(false);
  });

  it("given only another notice, an effect in another context, or an effect from before the notice, then it still waits", () => {
    const again = row("again", 300, "request", { context: "payments", type: "EventParked", parkedDetail: parked("request") });
    const elsewhere = row("elsewhere", 400, "request", { context: "lectures" });
    const before = row("before", 50, "request", { context: "payments" });
    expect(hasWaitingParked(stored(request, notice, again, elsewhere, before))).toBe(true);
  });

  it("given no parked notice, then nothing waits", () => {
    expect(hasWaitingParked(stored(request, row("refund", 200, "request", { context: "payments" })))).toBe(false);
  });
});
