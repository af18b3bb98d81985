import type { NatsConnection } from "@nats-io/transport-node";
import { describe, expect, it } from "vitest";
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
});
