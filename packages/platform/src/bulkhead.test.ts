import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { bulkhead } from "./bulkhead.ts";

/** A work that runs until `finish` is called, recording that it started. */
function gate(started: string[], name: string) {
  let finish!: () => void;
  const done = new Promise<string>((resolve) => (finish = () => resolve(name)));
  return { work: () => (started.push(name), done), finish: () => finish() };
}

describe("a bulkhead", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("given the limit reached, when more works come, then they start in arrival order as others finish", async () => {
    const started: string[] = [];
    const run = bulkhead({ limit: 2, maxWaitMs: 1_000, busy: () => new Error("busy") });
    const [a, b, c, d] = ["a", "b", "c", "d"].map((n) => gate(started, n)) as [ReturnType<typeof gate>, ReturnType<typeof gate>, ReturnType<typeof gate>, ReturnType<typeof gate>];
    const results = [a, b, c, d].map((g) => run(g.work));
    await vi.advanceTimersByTimeAsync(0);
    expect(started).toEqual(["a", "b"]);

    b.finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(started).toEqual(["a", "b", "c"]);
    a.finish();
    c.finish();
    await vi.advanceTimersByTimeAsync(0);
    d.finish();
    expect(await Promise.all(results)).toEqual(["a", "b", "c", "d"]);
  });

  it("given a work waiting longer than allowed, then it is refused with the busy error and never runs", async () => {
    const started: string[] = [];
    const run = bulkhead({ limit: 1, maxWaitMs: 500, busy: () => new Error("retry shortly") });
    const first = gate(started, "first");
    const running = run(first.work);
    const refused = run(gate(started, "late").work);
    const settled = expect(refused).rejects.toThrow("retry shortly");

    await vi.advanceTimersByTimeAsync(500);
    await settled;
    first.finish();
    await running;
    expect(started).toEqual(["first"]);
  });

  it("given a work that fails, then its place is given to the next", async () => {
    const run = bulkhead({ limit: 1, maxWaitMs: 1_000, busy: () => new Error("busy") });
    const failing = run(() => Promise.reject(new Error("boom")));
    const next = run(async () => "next");

    await expect(failing).rejects.toThrow("boom");
    expect(await next).toBe("next");
  });
});
