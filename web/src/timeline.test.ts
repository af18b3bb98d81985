import { describe, expect, it } from "vitest";
import { laterTimeline, openNotices, screenOf, timelineEntries, timelinePath, timeOfDay, type CaseEvent, type CaseTimeline } from "./timeline.ts";

const event = (id: string, over: Partial<CaseEvent> = {}): CaseEvent => ({
  id,
  context: "pizza-orders",
  type: "PizzaOrderPlaced",
  subject: "o1",
  time: "2031-01-01T10:00:00.000Z",
  causationId: "command-1",
  causedBy: null,
  parked: false,
  parkedDetail: null,
  ...over,
});

const timeline = (events: CaseEvent[], hasParked = false): CaseTimeline => ({ caseId: "o1", ownerId: "u1", hasParked, events });

describe("the case timeline screen", () => {
  it("given events caused by a command and by one another, then each line names its cause", () => {
    const entries = timelineEntries(
      timeline([
        event("e1"),
        event("e2", { context: "payments", type: "PaymentCompleted", causedBy: null, causationId: "command-2" }),
        event("e3", { type: "PizzaOrderPaid", causedBy: "e2", causationId: "e2" }),
        event("e4", { context: "deliveries", type: "DeliveryStarted", causedBy: "e3", causationId: "e3" }),
      ]),
    );
    expect(entries.map((e) => [e.context, e.type, e.cause, e.notice])).toEqual([
      ["pizza-orders", "PizzaOrderPlaced", "a command", null],
      ["payments", "PaymentCompleted", "a command", null],
      ["pizza-orders", "PizzaOrderPaid", "PaymentCompleted (payments)", null],
      ["deliveries", "DeliveryStarted", "PizzaOrderPaid (pizza-orders)", null],
    ]);
  });

  it("given a parked notice, then it says what waits for an operator, above the list while the case has parked events", () => {
    const parked = event("e2", {
      context: "refunds",
      type: "EventParked",
      causedBy: "e1",
      parked: true,
      parkedDetail: { consumer: "refunds-on-delivery", eventId: "e1", eventType: "PizzaOrderPlaced", reason: "payments unavailable" },
    });
    const entries = timelineEntries(timeline([event("e1"), parked], true));
    expect(entries[1]!.notice).toBe("waiting for an operator: refunds-on-delivery gave up on PizzaOrderPlaced: payments unavailable");
    expect(openNotices(timeline([event("e1"), parked], true))).toEqual([entries[1]!.notice]);
    // Replayed since: the notice stays in the story, but nothing waits any more.
    expect(openNotices(timeline([event("e1"), parked], false))).toEqual([]);
  });

  it("given a cause the timeline does not hold, then it reads as a command", () => {
    expect(timelineEntries(timeline([event("e1", { causedBy: "elsewhere" })]))[0]!.cause).toBe("a command");
  });

  it("shows times to the millisecond in UTC", () => {
    expect(timeOfDay("2031-01-01T10:00:05.042Z")).toBe("2031-01-01 10:00:05.042 UTC");
  });

  it("given the web client's paths, then the screen each shows, and a timeline's path back to it", () => {
    expect(screenOf("/app")).toEqual({ kind: "pages" });
    expect(screenOf("/app/")).toEqual({ kind: "pages" });
    expect(screenOf("/app/instructor")).toEqual({ kind: "pages" });
    expect(screenOf("/app/me/")).toEqual({ kind: "me" });
    expect(screenOf(timelinePath("7e1c0a6e-0000-4000-8000-000000000001"))).toEqual({ kind: "timeline", caseId: "7e1c0a6e-0000-4000-8000-000000000001" });
    expect(screenOf(timelinePath("a/b"))).toEqual({ kind: "timeline", caseId: "a/b" });
  });
});

describe("the timeline shown, between reads and pushes", () => {
  it("given answers arriving in any order, then the last one shows unless it holds fewer events", () => {
    const one = timeline([event("e1")]);
    const two = timeline([event("e1"), event("e2", { type: "PizzaOrderPaid", causedBy: "e1" })]);
    expect(laterTimeline(null, one)).toBe(one);
    expect(laterTimeline(one, two)).toBe(two);
    // A read answered before the push of e2 arrives after it: the push stays.
    expect(laterTimeline(two, one)).toBe(two);
    // The same events, the parked event replayed since: the later answer shows.
    const replayed = { ...two, hasParked: false };
    expect(laterTimeline({ ...two, hasParked: true }, replayed)).toBe(replayed);
    expect(laterTimeline(two, null)).toBe(two);
  });
});
