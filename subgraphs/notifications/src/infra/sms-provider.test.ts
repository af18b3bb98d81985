import { describe, expect, it } from "vitest";
import { SendFailed, simulatedSmsProvider } from "./sms-provider.ts";

const message = { id: "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d", to: "01012345678", text: "Hello" };

describe("the simulated SMS provider", () => {
  it("takes a message after its latency when the draw is above the failure rate", async () => {
    const waited: number[] = [];
    const provider = simulatedSmsProvider({ latencyMs: 250, failureRate: 0.5 }, () => 0.5, async (ms) => waited.push(ms));
    await expect(provider.send(message)).resolves.toBeUndefined();
    expect(waited).toEqual([250]);
  });
  it("fails a message when the draw is under the failure rate", async () => {
    const provider = simulatedSmsProvider({ latencyMs: 0, failureRate: 0.5 }, () => 0.49);
    await expect(provider.send(message)).rejects.toBeInstanceOf(SendFailed);
  });
  it("fails every message at rate 1 and none at rate 0, waiting nothing without latency", async () => {
    const waited: number[] = [];
    const wait = async (ms: number) => waited.push(ms);
    await expect(simulatedSmsProvider({ latencyMs: 0, failureRate: 1 }, () => 0.999, wait).send(message)).rejects.toBeInstanceOf(SendFailed);
    await expect(simulatedSmsProvider({ latencyMs: 0, failureRate: 0 }, () => 0, wait).send(message)).resolves.toBeUndefined();
    expect(waited).toEqual([]);
  });
});
