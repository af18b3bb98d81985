import { describe, expect, it } from "vitest";
import { cancelable, inDays, laterStatus, withPushedStatus } from "./study-learning.ts";
import type { MyLearningRow } from "./study-operations.ts";

const row = (over: Partial<MyLearningRow> = {}): MyLearningRow => ({
  id: "o1",
  orderNumber: "CO-2026-000001",
  courseCode: "TS-101",
  courseTitle: "TypeScript",
  beginDate: "2026-12-10",
  endDate: "2027-01-10",
  orderedAt: "2026-12-02T00:00:00.000Z",
  orderStatus: "ORDERED",
  learningId: "l1",
  learningStatus: "AWAITING_MANAGER",
  managerName: null,
  interimScores: [],
  finalScore: null,
  canceled: false,
  updatedAt: "2026-12-02T00:00:00.000Z",
  ...over,
});

describe("my learning on screen", () => {
  it("given a push further along than the row, then the row shows the pushed status", () => {
    const shown = withPushedStatus([row()], [{ cursor: "1", status: "IN_PROGRESS", score: null, learning: { id: "l1", status: "IN_PROGRESS" } }]);
    expect(shown[0]!.learningStatus).toBe("IN_PROGRESS");
  });

  it("given a row further along than an older push, then the row keeps its status", () => {
    const shown = withPushedStatus([row({ learningStatus: "COMPLETED" })], [{ cursor: "1", status: "IN_PROGRESS", score: 70, learning: { id: "l1", status: "IN_PROGRESS" } }]);
    expect(shown[0]!.learningStatus).toBe("COMPLETED");
  });

  it("given a row whose learning is not opened yet, then a push of another record leaves it alone", () => {
    const shown = withPushedStatus([row({ learningId: null, learningStatus: null })], [{ cursor: "1", status: "AWAITING_MANAGER", score: null, learning: { id: "l2", status: "AWAITING_MANAGER" } }]);
    expect(shown[0]!.learningStatus).toBeNull();
  });

  it("statuses only move forward", () => {
    expect(laterStatus("IN_PROGRESS", "AWAITING_MANAGER")).toBe("IN_PROGRESS");
    expect(laterStatus(null, "CANCELED")).toBe("CANCELED");
  });

  it("an order may be canceled until its final score is recorded", () => {
    expect(cancelable(row())).toBe(true);
    expect(cancelable(row({ finalScore: 90, learningStatus: "COMPLETED" }))).toBe(false);
    expect(cancelable(row({ orderStatus: "CANCELED" }))).toBe(false);
  });

  it("a day n days from now", () => {
    expect(inDays(7, new Date("2026-12-02T10:00:00Z"))).toBe("2026-12-09");
  });
});
