import { describe, expect, it } from "vitest";
import { waitFor } from "./wait.ts";

describe("waitFor", () => {
  it("given a check that turns truthy on its third call, then it resolves with that value", async () => {
    let calls = 0;
    const value = await waitFor("the third call", () => (++calls === 3 ? { calls } : null), 5_000, 1);

    expect(value).toEqual({ calls: 3 });
  });

  it("given a check that throws before it succeeds, then the errors are retried, not raised", async () => {
    let calls = 0;
    const value = await waitFor("a check that recovers", async () => {
      if (++calls < 3) throw new Error("not yet");
      return "ready";
    }, 5_000, 1);

    expect(value).toBe("ready");
  });

  it("given a check that never succeeds, then it fails naming what it waited for and the last error", async () => {
    const never = waitFor("the impossible", () => {
      throw new Error("still broken");
    }, 20, 1);

    await expect(never).rejects.toThrow("timed out after 20 ms waiting for the impossible: Error: still broken");
  });
});
