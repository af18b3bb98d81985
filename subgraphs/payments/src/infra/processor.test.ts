import { PaymentErrorCode } from "@supergraph/contracts/payments";
import { describe, expect, it } from "vitest";
import { RefundRefused, simulatedProcessor, type ProcessorSettings } from "./processor.ts";

/** A random source that returns the given values in turn. */
const randoms = (...values: number[]) => () => {
  const next = values.shift();
  if (next === undefined) throw new Error("random source exhausted");
  return next;
};

function processor(settings: Partial<ProcessorSettings>, random: () => number) {
  const waits: number[] = [];
  const p = simulatedProcessor({ latencyMs: 0, jitterMs: 0, failureRate: 0, refundFailureRate: 0, ...settings }, random, async (ms) => waits.push(ms));
  return { p, waits };
}

describe("the simulated payment processor", () => {
  it("given no latency and no failure rate, when charging, then it takes the money without waiting", async () => {
    const { p, waits } = processor({}, randoms(0, 0));

    await expect(p.charge()).resolves.toBeUndefined();
    expect(waits).toEqual([]);
  });

  it("given a latency and a jitter, when charging, then it waits the latency plus the drawn share of the jitter", async () => {
    const { p, waits } = processor({ latencyMs: 300, jitterMs: 100 }, randoms(0.5, 0.9));

    await p.charge();
    expect(waits).toEqual([350]);
  });

  it("given the largest draw, when charging, then the wait stays within latency plus jitter", async () => {
    const { p, waits } = processor({ latencyMs: 300, jitterMs: 100 }, randoms(0.999_999, 0.9));

    await p.charge();
    expect(waits).toEqual([400]);
  });

  it("given a failure rate, when the draw falls below it, then the charge is declined", async () => {
    const { p } = processor({ failureRate: 0.3 }, randoms(0, 0.29));

    await expect(p.charge()).rejects.toMatchObject({ code: PaymentErrorCode.DECLINED });
  });

  it("given a failure rate, when the draw falls at or above it, then the charge goes through", async () => {
    const { p } = processor({ failureRate: 0.3 }, randoms(0, 0.3));

    await expect(p.charge()).resolves.toBeUndefined();
  });

  it("given a failure rate of 1, when charging, then every charge is declined", async () => {
    const { p } = processor({ failureRate: 1 }, randoms(0, 0.999_999));

    await expect(p.charge()).rejects.toMatchObject({ code: PaymentErrorCode.DECLINED });
  });

  it("given no refund failure rate, when refunding, then the money is given back at once", async () => {
    const { p, waits } = processor({ latencyMs: 300, refundFailureRate: 0 }, randoms(0));

    await expect(p.refund()).resolves.toBeUndefined();
    expect(waits).toEqual([]);
  });

  it("given a refund failure rate, when the draw falls below it, then the refund is refused", async () => {
    const { p } = processor({ refundFailureRate: 0.5 }, randoms(0.49));

    await expect(p.refund()).rejects.toBeInstanceOf(RefundRefused);
  });
});
