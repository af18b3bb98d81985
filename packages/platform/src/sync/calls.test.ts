import type { NatsConnection } from "@nats-io/transport-node";
import { describe, expect, it, vi } from "vitest";
import { createLogger } from "../logger.ts";
import { createMetrics } from "../metrics.ts";
import { CallNotSentError, syncCall } from "./calls.ts";

/** A connection whose requests never answer: only the breaker's own decisions are tested here. */
const silent = { request: () => new Promise(() => {}) } as unknown as NatsConnection;

const callOf = (resetTimeoutMs = 60_000) =>
  syncCall<{ n: number }, number>({
    nc: silent,
    subject: "test.op",
    name: "test.op",
    timeoutMs: 50,
    resetTimeoutMs,
    unavailable: { code: "TEST_UNAVAILABLE", message: "try later" },
    log: createLogger("calls-test", "silent"),
    metrics: createMetrics("calls-test"),
  });

describe("syncCall's refusal before side effects", () => {
  it("guards nothing while the breaker is closed", () => {
    const call = callOf();
    expect(call.refusing()).toBe(false);
    expect(() => call.guard()).not.toThrow();
  });

  it("refuses in guard() while the breaker is open, with the typed unavailable error marked not sent", async () => {
    const call = callOf();
    call.breaker.open();
    expect(call.refusing()).toBe(true);
    expect(() => call.guard()).toThrow(CallNotSentError);
    // A call fired anyway is refused by the breaker: not sent either.
    await expect(call({ n: 1 })).rejects.toSatisfy((e) => e instanceof CallNotSentError && (e as CallNotSentError).code === "TEST_UNAVAILABLE");
    call.breaker.shutdown();
  });

  it("lets the half-open breaker's one trial through, and refuses the others while it is out", async () => {
    const call = callOf(30);
    call.breaker.open();
    await new Promise((r) => setTimeout(r, 60)); // resetTimeoutMs: half-open
    expect(call.breaker.halfOpen).toBe(true);
    expect(call.refusing()).toBe(false);
    const trial = call({ n: 1 }).catch((e: unknown) => e);
    expect(call.refusing()).toBe(true);
    await expect(call({ n: 2 })).rejects.toBeInstanceOf(CallNotSentError);
    // The trial timed out (the callee may have acted): not a CallNotSentError, and the breaker is open again.
    expect(await trial).not.toBeInstanceOf(CallNotSentError);
    expect(call.refusing()).toBe(true);
    call.breaker.shutdown();
  });

  it("tells a timed-out call (the callee may have acted) from a refused one", async () => {
    const call = callOf();
    const failure = await call({ n: 1 }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: "TEST_UNAVAILABLE" });
    expect(failure).not.toBeInstanceOf(CallNotSentError);
    call.breaker.shutdown();
  });

  it("says when to retry: until the open breaker's trial, then until the half-open trial out has answered, spread", async () => {
    vi.useFakeTimers();
    try {
      const call = callOf(5_000);
      call.breaker.open();
      await vi.advanceTimersByTimeAsync(1_200);
      // Until the trial (3.8 s), spread by up to half the reset time.
      expect(call.refusal().retryAfterMs).toBeGreaterThanOrEqual(3_800);
      expect(call.refusal().retryAfterMs).toBeLessThanOrEqual(3_800 + 2_500);
      await vi.advanceTimersByTimeAsync(3_800);
      expect(call.breaker.halfOpen).toBe(true);
      const trial = call({ n: 1 }).catch((e: unknown) => e);
      // The trial is out: refused, until the 50 ms timeout and the breaker's margin, spread by up to as much again.
      const halfOpen = (() => {
        try {
          call.guard();
        } catch (error) {
          return (error as CallNotSentError).retryAfterMs!;
        }
        throw new Error("not refused while the half-open trial is out");
      })();
      expect(halfOpen).toBeGreaterThanOrEqual(100);
      expect(halfOpen).toBeLessThanOrEqual(200);
      await vi.advanceTimersByTimeAsync(100);
      await trial;
      call.breaker.shutdown();
    } finally {
      vi.useRealTimers();
    }
  });

  it("lets one admitted attempt hold the half-open trial: the others are refused until it leaves", async () => {
    const call = callOf(30);
    call.breaker.open();
    await new Promise((r) => setTimeout(r, 60));
    expect(call.breaker.halfOpen).toBe(true);
    const leave = call.enter();
    expect(call.refusing()).toBe(true);
    expect(() => call.enter()).toThrow(CallNotSentError);
    leave(); // it ended before calling (a business refusal of its own): the trial is free again
    expect(call.refusing()).toBe(false);
    expect(() => call.enter()()).not.toThrow();
    call.breaker.shutdown();
  });

  it("tells its listeners when the breaker opens", () => {
    const call = callOf();
    let told = 0;
    call.onRefusing(() => told++);
    call.breaker.open();
    expect(told).toBe(1);
    call.breaker.shutdown();
  });

  it("forgets, once closed again, the failures that opened it: one timeout after a good trial does not reopen it", async () => {
    let answering = false;
    const reply = { data: new TextEncoder().encode(JSON.stringify({ ok: true, result: 1 })) };
    const nc = { request: () => (answering ? Promise.resolve(reply) : new Promise(() => {})) } as unknown as NatsConnection;
    const call = syncCall<{ n: number }, number>({
      nc,
      subject: "test.op",
      name: "test.op",
      timeoutMs: 20,
      resetTimeoutMs: 30,
      volumeThreshold: 5,
      unavailable: { code: "TEST_UNAVAILABLE", message: "try later" },
      log: createLogger("calls-test", "silent"),
      metrics: createMetrics("calls-test"),
    });
    await Promise.all(Array.from({ length: 5 }, (_, n) => call({ n }).catch(() => undefined)));
    expect(call.breaker.opened).toBe(true);
    await new Promise((r) => setTimeout(r, 60)); // half-open
    answering = true;
    expect(await call({ n: 6 })).toBe(1);
    expect(call.breaker.closed).toBe(true);

    answering = false;
    await call({ n: 7 }).catch(() => undefined);
    expect(call.breaker.closed).toBe(true);
    call.breaker.shutdown();
  });
});
