import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { admission } from "./admission.ts";
import { CallNotSentError, type Callee } from "./calls.ts";

/** A callee whose breaker the test opens, half-opens and closes; `trials` counts the half-open trials let in. */
function breaker() {
  let state: "closed" | "open" | "halfOpen" = "closed";
  let trialHeld = false;
  const listeners: (() => void)[] = [];
  const refusing = () => state === "open" || (state === "halfOpen" && trialHeld);
  const callee: Callee = {
    refusing,
    refusal: () => new CallNotSentError("UNAVAILABLE", "try later", state === "open" ? 5_000 : 660),
    enter: () => {
      if (refusing()) throw callee.refusal();
      if (state !== "halfOpen") return () => undefined;
      trialHeld = true;
      return () => (trialHeld = false);
    },
    onRefusing: (listener) => void listeners.push(listener),
  };
  return {
    callee,
    open: () => {
      state = "open";
      trialHeld = false;
      listeners.forEach((l) => l());
    },
    halfOpen: () => void (state = "halfOpen"),
    close: () => void (state = "closed"),
  };
}

/** A work that runs until `finish` is called, recording that it started. */
function gate(started: string[], name: string) {
  let finish!: () => void;
  const done = new Promise<string>((resolve) => (finish = () => resolve(name)));
  return { work: () => (started.push(name), done), finish: () => finish() };
}

const settled = <T>(p: Promise<T>) => p.then((value) => ({ value }), (error: unknown) => ({ error }));

describe("an admission on a sync call", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("given the breaker open, when an attempt comes, then it is refused unsent with a retry-after and never runs", async () => {
    const b = breaker();
    const admit = admission({ limit: 2, maxWaitMs: 1_000, busy: () => new Error("busy"), callee: b.callee });
    const started: string[] = [];
    b.open();

    const refused = await settled(admit(gate(started, "a").work));
    expect(refused).toEqual({ error: expect.any(CallNotSentError) });
    expect((refused as { error: CallNotSentError }).error.retryAfterMs).toBe(5_000);
    expect(started).toEqual([]);
  });

  it("given attempts waiting for their turn, when the breaker opens, then each is refused at once, not at its turn", async () => {
    const b = breaker();
    const admit = admission({ limit: 1, maxWaitMs: 10_000, busy: () => new Error("busy"), callee: b.callee });
    const started: string[] = [];
    const first = gate(started, "first");
    const running = admit(first.work);
    const waiting = ["w1", "w2", "w3"].map((n) => settled(admit(gate(started, n).work)));
    await vi.advanceTimersByTimeAsync(0);

    b.open();
    // No time passes and the running one has not finished: the waiters' answers are already in.
    const answers = await Promise.all(waiting);
    expect(answers.map((a) => ("error" in a && a.error instanceof CallNotSentError ? "refused unsent" : a))).toEqual(Array(3).fill("refused unsent"));
    expect(started).toEqual(["first"]);
    first.finish();
    expect(await running).toBe("first");
  });

  it("given the breaker half-open, when attempts come, then one goes (the trial) and the others are refused until it is done", async () => {
    const b = breaker();
    const admit = admission({ limit: 4, maxWaitMs: 1_000, busy: () => new Error("busy"), callee: b.callee });
    const started: string[] = [];
    b.halfOpen();
    const trial = gate(started, "trial");
    const trialDone = admit(trial.work);
    const others = await Promise.all(["o1", "o2"].map((n) => settled(admit(gate(started, n).work))));
    expect(others.map((o) => "error" in o && (o.error as CallNotSentError).retryAfterMs)).toEqual([660, 660]);
    expect(started).toEqual(["trial"]);

    trial.finish();
    await trialDone;
    b.close();
    expect(await admit(async () => "after")).toBe("after");
  });

  it("given a half-open trial that ends before it called (a business refusal), then the next attempt becomes the trial", async () => {
    const b = breaker();
    const admit = admission({ limit: 4, maxWaitMs: 1_000, busy: () => new Error("busy"), callee: b.callee });
    b.halfOpen();
    await expect(admit(() => Promise.reject(new Error("lecture full")))).rejects.toThrow("lecture full");
    expect(await admit(async () => "second trial")).toBe("second trial");
  });

  it("given the limit reached and the breaker closed, then attempts wait in arrival order, and one waiting too long is refused busy", async () => {
    const b = breaker();
    const admit = admission({ limit: 1, maxWaitMs: 500, busy: () => new Error("busy"), callee: b.callee });
    const started: string[] = [];
    const [a, c] = [gate(started, "a"), gate(started, "c")];
    const runningA = admit(a.work);
    const waitingC = admit(c.work);
    const late = settled(admit(gate(started, "late").work));
    await vi.advanceTimersByTimeAsync(0);
    a.finish();
    await runningA;
    await vi.advanceTimersByTimeAsync(0);
    expect(started).toEqual(["a", "c"]);

    await vi.advanceTimersByTimeAsync(500);
    expect(await late).toEqual({ error: new Error("busy") });
    c.finish();
    expect(await waitingC).toBe("c");
    expect(started).toEqual(["a", "c"]);
  });

  it("given a slot handed to a waiter, then an attempt arriving meanwhile waits behind it (never more than the limit run)", async () => {
    const b = breaker();
    const admit = admission({ limit: 1, maxWaitMs: 1_000, busy: () => new Error("busy"), callee: b.callee });
    let running = 0;
    let most = 0;
    const work = async () => {
      most = Math.max(most, ++running);
      await Promise.resolve();
      running--;
    };
    await Promise.all(Array.from({ length: 10 }, () => admit(work)));
    expect(most).toBe(1);
  });
});
