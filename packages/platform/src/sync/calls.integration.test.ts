import { connect, type NatsConnection } from "@nats-io/transport-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bulkhead } from "../bulkhead.ts";
import { createLogger } from "../logger.ts";
import { createMetrics } from "../metrics.ts";
import { answerSyncCall, syncCall, type AnsweredCall } from "./calls.ts";

const NATS_URL = process.env.NATS_URL ?? "nats://127.0.0.1:4222";
const log = createLogger("calls-integration-test", "silent");
let nc: NatsConnection;

beforeAll(async () => {
  nc = await connect({ servers: NATS_URL });
});
afterAll(async () => {
  await nc.drain();
});

describe("a sync call's deadline, on real NATS", () => {
  it("reaches the callee, which skips work whose caller stopped waiting while it waited its turn", async () => {
    const subject = `test.deadline.${process.pid}.${Date.now()}`;
    const turn = bulkhead({ limit: 1, maxWaitMs: 10_000, busy: () => new Error("busy") });
    const done: number[] = [];
    const deadlines: number[] = [];
    const answering = answerSyncCall<{ n: number; workMs: number }, number>(
      nc,
      subject,
      (payload, call: AnsweredCall) => {
        deadlines.push(call.deadline);
        return turn(async () => {
          call.ensureAwaited();
          await new Promise((resolve) => setTimeout(resolve, payload.workMs));
          done.push(payload.n);
          return payload.n;
        });
      },
      log,
    );
    const call = syncCall<{ n: number; workMs: number }, number>({
      nc,
      subject,
      name: "test.deadline",
      timeoutMs: 200,
      volumeThreshold: 100,
      unavailable: { code: "TEST_UNAVAILABLE", message: "try later" },
      log,
      metrics: createMetrics("calls-integration-test"),
    });
    const sentAt = Date.now();
    // The first holds the one turn for 400 ms; the second waits behind it past its caller's 200 ms.
    const first = call({ n: 1, workMs: 400 }).catch((e: Error) => e);
    const second = call({ n: 2, workMs: 10 }).catch((e: Error) => e);
    expect(await second).toMatchObject({ code: "TEST_UNAVAILABLE" });
    expect(await first).toMatchObject({ code: "TEST_UNAVAILABLE" });
    await new Promise((resolve) => setTimeout(resolve, 500));
    // The first was worked on (its turn came in time), the second skipped when its turn came.
    expect(done).toEqual([1]);
    for (const deadline of deadlines) expect(deadline).toBeGreaterThanOrEqual(sentAt + 200 - 50);
    expect(deadlines.every((d) => d <= Date.now())).toBe(true);
    // A caller with time enough is answered as before.
    expect(await call({ n: 3, workMs: 10 })).toBe(3);
    expect(done).toEqual([1, 3]);
    call.breaker.shutdown();
    await answering.drain();
  });

  it("is Infinity for a request that does not say how long it waits", async () => {
    const subject = `test.deadline.none.${process.pid}.${Date.now()}`;
    let seen: number | undefined;
    const answering = answerSyncCall<unknown, boolean>(nc, subject, async (_payload, call) => ((seen = call.deadline), true), log);
    const reply = await nc.request(subject, new TextEncoder().encode("{}"), { timeout: 2_000 });
    expect(JSON.parse(new TextDecoder().decode(reply.data))).toEqual({ ok: true, result: true });
    expect(seen).toBe(Infinity);
    await answering.drain();
  });
});
